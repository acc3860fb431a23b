package dev.teawasi.engine.runtime;

/** A table of references (funcref elements are {@link FunctionRef}s, externref elements any Object; null = ref.null). */
public final class Table {
    /** @param max -1 for no declared maximum */
    public Table(byte elemType, int min, int max) { throw HostCall.pending(); }
    public byte elemType() { throw HostCall.pending(); }
    public int size() { throw HostCall.pending(); }
    public int max() { throw HostCall.pending(); }
    public Object get(int index) { throw HostCall.pending(); }
    public void set(int index, Object ref) { throw HostCall.pending(); }
    /** Returns the old size, or -1. */
    public int grow(int delta, Object init) { throw HostCall.pending(); }
}
