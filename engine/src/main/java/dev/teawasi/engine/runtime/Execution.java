package dev.teawasi.engine.runtime;

/**
 * A resumable call: {@code run(fuel)} executes at most about {@code fuel} instructions and reports where it stopped.
 * Out of fuel and suspended runs continue exactly where they stopped on the next {@code run}.
 */
public final class Execution {
    public enum Status { DONE, OUT_OF_FUEL, SUSPENDED }

    /** Throws Trap, or whatever a host function threw. */
    public Status run(long fuel) { throw HostCall.pending(); }
    /** Results once DONE. */
    public Value[] results() { throw HostCall.pending(); }
    /** After SUSPENDED: the next run calls the suspending host function again with the same arguments. */
    public void resume() { throw HostCall.pending(); }
    /** After SUSPENDED: the next run continues as if the host function had returned these results. */
    public void resumeWith(Value... results) { throw HostCall.pending(); }
}
