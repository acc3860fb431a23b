package dev.teawasi.engine.runtime;

import dev.teawasi.engine.model.FuncType;

/**
 * The arguments and results of one host-function call. The engine reuses one object per run, so a host function
 * must not keep it after returning. Floats are raw bits (see {@link Value}).
 */
public final class HostCall {
    // CONTRACT SKELETON: the engine implementation fills in fields and bodies; the public methods stay.
    public FuncType type() { throw pending(); }
    public int i32(int param) { throw pending(); }
    public long i64(int param) { throw pending(); }
    public int f32Bits(int param) { throw pending(); }
    public long f64Bits(int param) { throw pending(); }
    public Object ref(int param) { throw pending(); }
    public void setI32(int result, int v) { throw pending(); }
    public void setI64(int result, long v) { throw pending(); }
    public void setF32Bits(int result, int bits) { throw pending(); }
    public void setF64Bits(int result, long bits) { throw pending(); }
    public void setRef(int result, Object ref) { throw pending(); }
    /** The instance whose code made the call. */
    public Instance instance() { throw pending(); }
    /** Memory 0 of the calling instance, or null when it has none. */
    public Memory memory() { throw pending(); }
    /**
     * Pauses the run after this host function returns: {@link Execution#run} returns SUSPENDED, and the host later
     * calls {@link Execution#resume()} to call this host function again with the same arguments (e.g. fd_read once
     * stdin has data), or {@link Execution#resumeWith(Value...)} to supply its results directly.
     */
    public void suspend() { throw pending(); }

    static RuntimeException pending() {
        return new IllegalStateException("engine runtime pending");
    }
}
