package dev.teawasi.demo;

/**
 * The exit-code contract of the command line, the same on the JVM and on node (README, "Exit codes"): the guest's
 * proc_exit code mod 256 (what a POSIX shell sees) wherever it is called, 134 for a trap, teawasi's own failures
 * their own codes. Guest codes may collide with these; the message on stderr tells them apart.
 */
final class ExitCodes {
    /** The module cannot be read, is malformed or cannot be linked. */
    static final int BAD_MODULE = 1;
    /** A bad command line or a --dir that cannot be read. */
    static final int USAGE = 2;
    /** A bug in teawasi. */
    static final int INTERNAL = 70;
    /** Some of the guest's changes to a --dir could not be written back (each named on stderr). */
    static final int WRITE_BACK = 74;
    /** A trap (also in the start function), fuel used up, or more memory asked for than the host can give. */
    static final int TRAP = 134;

    private ExitCodes() {}

    /** proc_exit's code (a u32) as a shell sees it: the low 8 bits. */
    static int ofGuest(int code) {
        return code & 0xff;
    }

    /** Killed by a signal before the program ended: 128 + its number, as a shell reports it. */
    static int ofSignal(int signal) {
        return 128 + signal;
    }
}
