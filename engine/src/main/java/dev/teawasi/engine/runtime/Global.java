package dev.teawasi.engine.runtime;

/** A global variable that can be imported and exported. */
public final class Global {
    public Global(byte type, boolean mutable, Value initial) { throw HostCall.pending(); }
    public byte type() { throw HostCall.pending(); }
    public boolean mutable() { throw HostCall.pending(); }
    public Value get() { throw HostCall.pending(); }
    public void set(Value v) { throw HostCall.pending(); }
}
