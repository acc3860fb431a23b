package dev.teawasi.engine.internal.model;

/** A linear memory's limits in 64 KiB pages. Immutable. */
public final class MemoryType {
    public static final int PAGE_SIZE = 65536;
    /** The most pages a 32-bit memory may have (4 GiB). */
    public static final long MAX_PAGES = 65536;
    /** The most pages a 64-bit memory may have (2^64 bytes). */
    public static final long MAX_PAGES_64 = 1L << 48;

    public final Limits limits;

    public MemoryType(Limits limits) {
        this.limits = limits;
    }

    @Override
    public String toString() {
        return "(memory " + limits + ")";
    }
}
