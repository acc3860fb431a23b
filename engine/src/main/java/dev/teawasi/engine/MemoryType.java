package dev.teawasi.engine;

/**
 * A memory's limits in 64 KiB pages and its address type: i32 addresses ({@link #of}) or i64 addresses
 * ({@link #of64}, the memory64 feature of Wasm 3.0). Immutable.
 */
public final class MemoryType extends ExternType {
    /** The most pages a 64-bit memory may declare (2^64 bytes); this engine allocates far fewer (32767). */
    public static final long MAX_PAGES_64 = 1L << 48;

    private final long minimum;
    private final long maximum;
    private final boolean is64;

    private MemoryType(long minimum, long maximum, boolean is64) {
        this.minimum = minimum;
        this.maximum = maximum;
        this.is64 = is64;
    }

    /** A memory with i32 addresses. @param maximum -1 for no maximum */
    public static MemoryType of(long minimum, long maximum) {
        return checked(minimum, maximum, 65536, false);
    }

    /** A memory with i64 addresses (memory64): limits up to 2^48 pages. @param maximum -1 for no maximum */
    public static MemoryType of64(long minimum, long maximum) {
        return checked(minimum, maximum, MAX_PAGES_64, true);
    }

    private static MemoryType checked(long minimum, long maximum, long most, boolean is64) {
        if (minimum < 0 || minimum > most || maximum < -1 || maximum > most || (maximum >= 0 && maximum < minimum)) {
            throw new IllegalArgumentException(
                    "invalid " + (is64 ? "64-bit " : "") + "memory limits: " + minimum + " " + maximum);
        }
        return new MemoryType(minimum, maximum, is64);
    }

    public long minimum() {
        return minimum;
    }

    /** The maximum in pages, or -1 when there is none. */
    public long maximum() {
        return maximum;
    }

    /** i64 addresses (a memory64 memory). */
    public boolean is64() {
        return is64;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.MEMORY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemoryType
                && ((MemoryType) o).minimum == minimum
                && ((MemoryType) o).maximum == maximum
                && ((MemoryType) o).is64 == is64;
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(minimum) * 31 + Long.hashCode(maximum)) * 2 + (is64 ? 1 : 0);
    }

    @Override
    public String toString() {
        return "(memory " + (is64 ? "i64 " : "") + minimum + (maximum >= 0 ? " " + maximum : "") + ")";
    }
}
