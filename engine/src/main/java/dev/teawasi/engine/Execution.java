package dev.teawasi.engine;

import dev.teawasi.engine.internal.exec.Machine;
import dev.teawasi.engine.internal.model.FuncType;

/**
 * A call that runs in slices and can be suspended by a host function. {@code run(fuel)} executes until the call
 * is done, the slice's fuel is used up (OUT_OF_FUEL: call {@code run} again to continue exactly where it stopped),
 * or a host function suspended it (SUSPENDED: {@link #resume()} or {@link #resumeWith(Value...)}, then
 * {@code run} again). Fuel counts taken branches and calls, each standing for the straight-line code before it.
 * When the instance's own fuel ({@link InstanceLimits#fuel}) runs out the call ends with a {@link Trap} of kind
 * OUT_OF_FUEL. Not thread-safe; a call runs on one thread at a time.
 */
public final class Execution {
    public enum Status {
        DONE,
        OUT_OF_FUEL,
        SUSPENDED
    }

    private final Machine machine;
    private final FunctionType type;
    private final Instance.Fuel fuel;
    private Status status;

    Execution(Machine machine, FunctionType type, Instance.Fuel fuel) {
        this.machine = machine;
        this.type = type;
        this.fuel = fuel;
    }

    /**
     * Runs at most about maxFuel more (at least 1). Throws {@link Trap}, or whatever a host function threw; after
     * an exception the call is over.
     */
    public Status run(long maxFuel) {
        if (maxFuel <= 0) {
            throw new IllegalArgumentException("fuel must be positive, got " + maxFuel);
        }
        if (status == Status.DONE) {
            return status;
        }
        long left = maxFuel;
        try {
            while (true) {
                long avail = left;
                if (fuel != null && fuel.limited()) {
                    if (fuel.remaining <= 0) {
                        throw machine.trapHere(dev.teawasi.engine.internal.store.TrapKind.OUT_OF_FUEL);
                    }
                    avail = Math.min(avail, fuel.remaining);
                }
                int slice = (int) Math.min(avail, Integer.MAX_VALUE);
                int r = machine.run(slice);
                int used = machine.fuelUsed();
                left -= used;
                if (fuel != null && fuel.limited()) {
                    fuel.remaining = Math.max(0, fuel.remaining - used);
                }
                if (r == Machine.DONE) {
                    return status = Status.DONE;
                }
                if (r == Machine.SUSPENDED) {
                    return status = Status.SUSPENDED;
                }
                if (fuel != null && fuel.limited() && fuel.remaining <= 0) {
                    throw machine.trapHere(dev.teawasi.engine.internal.store.TrapKind.OUT_OF_FUEL);
                }
                if (left <= 0) {
                    return status = Status.OUT_OF_FUEL;
                }
            }
        } catch (dev.teawasi.engine.internal.store.Trap t) {
            throw Trap.of(t);
        } catch (dev.teawasi.engine.internal.store.WasmException e) {
            throw WasmException.of(e);
        }
    }

    /** The status of the last {@link #run}, or null before the first. */
    public Status status() {
        return status;
    }

    /** The results, once DONE. */
    public Value[] results() {
        if (status != Status.DONE) {
            throw new IllegalStateException("the call has not finished");
        }
        return Value.of(machine.results());
    }

    /** After SUSPENDED: the next {@link #run} calls the suspending host function again with the same arguments. */
    public void resume() {
        machine.resume();
    }

    /** After SUSPENDED: the next {@link #run} continues as if the host function had returned these results. */
    public void resumeWith(Value... results) {
        FuncType t = machine.suspendedType();
        if (t == null) {
            throw new IllegalStateException("not suspended");
        }
        machine.resumeWith(Value.toInternal(results, FunctionType.of(t).results(), "result"));
    }

    /** The signature of the function this call runs. */
    public FunctionType type() {
        return type;
    }
}
