package dev.teawasi.demo;

/** The 'serve' subcommand. */
final class ServeCommand {
    private ServeCommand() {
    }

    static int run(String[] args) {
        System.err.println("teawasi: 'serve' is not in this build yet");
        return 2;
    }
}
