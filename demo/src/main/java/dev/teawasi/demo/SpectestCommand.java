package dev.teawasi.demo;

/** The 'spectest' subcommand. */
final class SpectestCommand {
    private SpectestCommand() {
    }

    static int run(String[] args) {
        System.err.println("teawasi: 'spectest' is not in this build yet");
        return 2;
    }
}
