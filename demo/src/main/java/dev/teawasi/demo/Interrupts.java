package dev.teawasi.demo;

import dev.teawasi.web.cli.HostMount;
import java.util.List;

/**
 * SIGINT, SIGTERM and SIGHUP during 'run' (README, "Exit codes"): before the program has ended nothing is written
 * back (the --dir directories stay exactly as they were before the run, since the program may be half-way through
 * rewriting a file) and teawasi says so and exits 128 + the signal's number; once the write-back has begun it is
 * finished first (every file is replaced in one rename) and the run ends as it would have. cli/run.mjs does the
 * same on node.
 */
final class Interrupts {
    private static final Object LOCK = new Object();
    private static boolean writingBack;
    private static List<HostMount> mounts = List.of();

    private Interrupts() {}

    /** Installs the handlers for a run over these mounts. */
    static void install(List<HostMount> runMounts) {
        mounts = runMounts;
        handle("INT", 2);
        handle("TERM", 15);
        handle("HUP", 1);
    }

    /** Called before the write-back: from now on a signal waits for it to finish. */
    static void beginWriteBack() {
        synchronized (LOCK) {
            writingBack = true;
        }
    }

    @SuppressWarnings("removal")
    private static void handle(String name, int number) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), s -> interrupted(name, number));
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // the signal is not available here: the JVM's default (exit without writing back) stays
        }
    }

    private static void interrupted(String name, int number) {
        synchronized (LOCK) {
            if (writingBack) {
                System.err.println("teawasi: SIG" + name + ": finishing the write-back first");
                return;
            }
            System.out.flush();
            System.err.println(message(name, mounts));
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.ofSignal(number));
        }
    }

    static String message(String signal, List<HostMount> mounts) {
        StringBuilder sb = new StringBuilder("teawasi: interrupted by SIG").append(signal);
        if (!mounts.isEmpty()) {
            sb.append(": nothing was written back to");
            for (int i = 0; i < mounts.size(); i++) {
                sb.append(i == 0 ? " " : ", ").append(mounts.get(i).root);
            }
            sb.append(" (left as before the run)");
        }
        return sb.toString();
    }
}
