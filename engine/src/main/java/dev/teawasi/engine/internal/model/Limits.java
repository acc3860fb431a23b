package dev.teawasi.engine.internal.model;

/**
 * Size limits of a table (elements) or memory (64 KiB pages) and its address type: u32 values for a 32-bit one,
 * u64 values (held in a long, compare them unsigned) for a 64-bit one (memory64). Immutable.
 */
public final class Limits {
    /** Value of {@link #max} when there is no maximum. */
    public static final long NO_MAX = -1;

    public final long min;
    /** The maximum (unsigned), or {@link #NO_MAX} when {@link #hasMax()} is false. */
    public final long max;

    private final boolean hasMax;
    /** i64 addresses or indices (the memory64 proposal's limits flags 4-7). */
    public final boolean address64;

    public Limits(long min, long max) {
        this(min, max, max != NO_MAX, false);
    }

    public Limits(long min, long max, boolean hasMax, boolean address64) {
        this.min = min;
        this.max = hasMax ? max : NO_MAX;
        this.hasMax = hasMax;
        this.address64 = address64;
    }

    public boolean hasMax() {
        return hasMax;
    }

    /** The address type's value type: {@link ValType#I64} for a 64-bit memory or table, else {@link ValType#I32}. */
    public byte addressType() {
        return address64 ? ValType.I64 : ValType.I32;
    }

    @Override
    public String toString() {
        String s = (address64 ? "i64 " : "") + Long.toUnsignedString(min);
        return hasMax ? s + " " + Long.toUnsignedString(max) : s;
    }
}
