package dev.teawasi.engine.internal.runtime;

import dev.teawasi.engine.internal.exec.Machine;
import dev.teawasi.engine.internal.store.Value;

/**
 * A resumable call: {@code run(fuel)} executes at most about {@code fuel} instructions and reports where it stopped.
 * Out of fuel and suspended runs continue exactly where they stopped on the next {@code run}. Fuel is counted per
 * taken branch and per call (each stands for the straight-line instructions before it), so it bounds the work of
 * one slice without a counter on every instruction.
 */
public final class Execution {
    public enum Status {
        DONE,
        OUT_OF_FUEL,
        SUSPENDED
    }

    private final Machine machine;
    private long lastRunFuel;

    Execution(Machine machine) {
        this.machine = machine;
    }

    /** Throws Trap, or whatever a host function threw. */
    public Status run(long fuel) {
        long left = fuel;
        lastRunFuel = 0;
        while (true) {
            int slice = left > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(left, 0);
            int r = machine.run(slice);
            lastRunFuel += machine.fuelUsed();
            if (r == Machine.DONE) {
                return Status.DONE;
            }
            if (r == Machine.SUSPENDED) {
                return Status.SUSPENDED;
            }
            left -= slice;
            if (left <= 0) {
                return Status.OUT_OF_FUEL;
            }
        }
    }

    /** The fuel the last {@link #run} used (all of it when it returned OUT_OF_FUEL). */
    public long lastRunFuel() {
        return lastRunFuel;
    }

    /** Results once DONE. */
    public Value[] results() {
        return machine.results();
    }

    /** After SUSPENDED: the next run calls the suspending host function again with the same arguments. */
    public void resume() {
        machine.resume();
    }

    /** After SUSPENDED: the next run continues as if the host function had returned these results. */
    public void resumeWith(Value... results) {
        machine.resumeWith(results);
    }
}
