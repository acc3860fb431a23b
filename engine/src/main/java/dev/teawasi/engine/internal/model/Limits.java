package dev.teawasi.engine.internal.model;

/** Size limits of a table (elements) or memory (64 KiB pages); u32 values held in a long. Immutable. */
public final class Limits {
    /** Value of {@link #max} when there is no maximum. */
    public static final long NO_MAX = -1;

    public final long min;
    /** The maximum, or {@link #NO_MAX}. */
    public final long max;

    public Limits(long min, long max) {
        this.min = min;
        this.max = max;
    }

    public boolean hasMax() {
        return max != NO_MAX;
    }

    @Override
    public String toString() {
        return hasMax() ? min + " " + max : Long.toString(min);
    }
}
