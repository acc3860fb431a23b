package dev.teawasi.demo;

/** The 'run' subcommand. */
final class RunCommand {
    private RunCommand() {
    }

    static int run(String[] args) {
        System.err.println("teawasi: 'run' is not in this build yet");
        return 2;
    }
}
