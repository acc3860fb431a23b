package dev.teawasi.wasi;

import dev.teawasi.engine.internal.store.Trap;

/** How a run (or a slice of one) ended. */
public final class WasiResult {
    public enum Status {
        /** _start returned (exit code 0) or the guest called proc_exit. */
        EXITED,
        /** The guest trapped; see {@link #trap()}. */
        TRAPPED,
        /** The guest is blocked reading stdin that has no data yet; feed the InputSource, then resume. */
        WAITING_FOR_INPUT,
        /** The fuel given to this slice is used up; resume to continue. */
        OUT_OF_FUEL,
        /** The guest sleeps (poll_oneoff clock) and the Sleeper cannot block: resume after {@link #sleepNanos()}. */
        SLEEPING
    }

    /** The exit code reported for a trap (wasmtime on Unix exits with 128 + SIGABRT). */
    public static final int TRAP_EXIT_CODE = 134;

    private final Status status;
    private final int exitCode;
    private final Trap trap;
    private final long sleepNanos;

    WasiResult(Status status, int exitCode, Trap trap) {
        this(status, exitCode, trap, -1);
    }

    WasiResult(Status status, int exitCode, Trap trap, long sleepNanos) {
        this.status = status;
        this.exitCode = exitCode;
        this.trap = trap;
        this.sleepNanos = sleepNanos;
    }

    /** A program that ended with proc_exit(code) outside a run (e.g. in the module's start function). */
    public static WasiResult exited(int code) {
        return new WasiResult(Status.EXITED, code, null);
    }

    /** A program that trapped outside a run (e.g. in the module's start function). */
    public static WasiResult trapped(Trap trap) {
        return new WasiResult(Status.TRAPPED, TRAP_EXIT_CODE, trap);
    }

    /** When SLEEPING: nanoseconds until the guest's earliest timeout (resume then, or earlier for input). */
    public long sleepNanos() {
        return sleepNanos;
    }

    public Status status() {
        return status;
    }

    /** True when the run is over (EXITED or TRAPPED). */
    public boolean finished() {
        return status == Status.EXITED || status == Status.TRAPPED;
    }

    /** The exit code when EXITED, {@link #TRAP_EXIT_CODE} when TRAPPED, -1 otherwise. */
    public int exitCode() {
        return exitCode;
    }

    /** The trap when TRAPPED, else null. */
    public Trap trap() {
        return trap;
    }

    @Override
    public String toString() {
        return status + (finished() ? " exit " + exitCode : "") + (trap != null ? " " + trap.getMessage() : "");
    }
}
