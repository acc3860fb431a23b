package dev.teawasi.engine;

/** A memory's limits in 64 KiB pages. Immutable. */
public final class MemoryType extends ExternType {
    private final long minimum;
    private final long maximum;

    private MemoryType(long minimum, long maximum) {
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /** @param maximum -1 for no maximum */
    public static MemoryType of(long minimum, long maximum) {
        if (minimum < 0 || minimum > 65536 || maximum < -1 || maximum > 65536 || (maximum >= 0 && maximum < minimum)) {
            throw new IllegalArgumentException("invalid memory limits: " + minimum + " " + maximum);
        }
        return new MemoryType(minimum, maximum);
    }

    public long minimum() {
        return minimum;
    }

    /** The maximum in pages, or -1 when there is none. */
    public long maximum() {
        return maximum;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.MEMORY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemoryType && ((MemoryType) o).minimum == minimum && ((MemoryType) o).maximum == maximum;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(minimum) * 31 + Long.hashCode(maximum);
    }

    @Override
    public String toString() {
        return "(memory " + minimum + (maximum >= 0 ? " " + maximum : "") + ")";
    }
}
