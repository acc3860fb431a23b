package dev.teawasi.engine.internal.store;

import dev.teawasi.engine.internal.platform.CurrentPlatform;

/**
 * A linear memory: 64 KiB pages over one byte array (so at most 32767 pages in Java). A 64-bit memory (memory64)
 * is the same object with i64 addresses in its type: its declared maximum may be far larger, its size stays within
 * the same limits.
 */
public final class Memory {
    /** The embedding API's object for this one (created on first use, so one object per engine object). */
    public Object handle;

    public static final int PAGE_SIZE = 65536;
    /** A Java array holds at most 2^31-1 bytes: one page less than 32768 pages. */
    public static final int JAVA_MAX_PAGES = 32767;

    private byte[] bytes;
    private int pages;
    /** The declared maximum in pages (exact, up to 2^48 for a 64-bit memory), or -1 for none. */
    private final long maxPages;

    private final boolean address64;
    /** Pages this memory may reach: the declared maximum, capped by the engine's limit. */
    private final int limitPages;

    private final AllocationBudget budget;

    /** @param maxPages -1 for no declared maximum */
    public Memory(int minPages, int maxPages) {
        this(minPages, maxPages, JAVA_MAX_PAGES, AllocationBudget.unlimited());
    }

    /**
     * @param maxPages -1 for no declared maximum
     * @param limitPages the most pages the engine allows this memory (it may be lower than the declared maximum:
     *     memory.grow beyond it returns -1)
     * @param budget charged with minPages (the caller checked it) and with every growth
     */
    public Memory(int minPages, int maxPages, int limitPages, AllocationBudget budget) {
        this(minPages, maxPages, false, limitPages, budget);
    }

    /**
     * @param maxPages the declared maximum, -1 for none (at most 2^48 for a 64-bit memory, 65536 for a 32-bit one)
     * @param address64 i64 addresses (memory64)
     */
    public Memory(int minPages, long maxPages, boolean address64, int limitPages, AllocationBudget budget) {
        int limit = Math.min(limitPages, JAVA_MAX_PAGES);
        if (maxPages >= 0 && maxPages < limit) {
            limit = (int) maxPages;
        }
        if (minPages < 0 || minPages > JAVA_MAX_PAGES) {
            throw new IllegalArgumentException(
                    "memory of " + (minPages & 0xFFFFFFFFL) + " pages is larger than a Java array");
        }
        this.pages = minPages;
        this.maxPages = maxPages;
        this.address64 = address64;
        this.limitPages = Math.max(limit, minPages);
        this.budget = budget;
        this.bytes = new byte[minPages * PAGE_SIZE];
    }

    public int pages() {
        return pages;
    }

    /** -1 when no maximum was declared; a 64-bit memory's maximum above 2^31-1 pages as 2^31-1. */
    public int maxPages() {
        return (int) Math.min(maxPages, Integer.MAX_VALUE);
    }

    /** The declared maximum in pages, exact, or -1 when none was declared. */
    public long declaredMaxPages() {
        return maxPages;
    }

    /** i64 addresses (a memory64 memory). */
    public boolean address64() {
        return address64;
    }

    /** The current backing array, exactly pages()*PAGE_SIZE long. Replaced by grow: fetch it again after any call into wasm. */
    public byte[] buffer() {
        return bytes;
    }

    /** Pages this memory may reach (declared maximum and engine limits); grow beyond it returns -1. */
    public int limitPages() {
        return limitPages;
    }

    /**
     * Grows by delta pages; returns the old page count, or -1 if the maximum, the engine's limits or the host's
     * memory forbid it (an allocation failure is the spec's -1, never an error).
     */
    public int grow(int deltaPages) {
        int old = pages;
        if (deltaPages < 0) {
            return -1; // an unsigned delta of 2^31 or more never fits
        }
        if (deltaPages > limitPages - old) {
            return -1;
        }
        if (deltaPages > 0) {
            if (!budget.takeMemoryPages(deltaPages)) {
                return -1;
            }
            byte[] grown = allocate((old + deltaPages) * PAGE_SIZE);
            if (grown == null) {
                budget.returnMemoryPages(deltaPages);
                return -1;
            }
            System.arraycopy(bytes, 0, grown, 0, bytes.length);
            replace(grown);
            pages = old + deltaPages;
        }
        return old;
    }

    /** Replaces the array by a copy of itself (the JS API's grow(0) hands out a fresh buffer too). */
    public void renewBuffer() {
        replace(bytes.clone());
    }

    private void replace(byte[] next) {
        byte[] old = bytes;
        bytes = next;
        CurrentPlatform.PLATFORM.memoryReplaced(old);
    }

    /**
     * A new zeroed array, or null when the host cannot allocate it: the JVM throws OutOfMemoryError, the JS build a
     * RangeError from the typed-array constructor (which reaches Java code as some Throwable).
     */
    private static byte[] allocate(int size) {
        try {
            return new byte[size];
        } catch (Throwable e) {
            return null;
        }
    }

    /** Throws MEMORY_OUT_OF_BOUNDS unless [offset, offset+length) (both unsigned) lies inside the memory. */
    public void checkRange(int offset, int length) {
        if ((offset | length) < 0 || offset > bytes.length - length) {
            throw new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS, null, null);
        }
    }
}
