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

    /** Whether {@link #exposedBuffer} handed out the array since the last grow. */
    private boolean exposed;

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
            int length = (old + deltaPages) * PAGE_SIZE;
            byte[] grown = CurrentPlatform.PLATFORM.extendMemoryArray(bytes, length);
            if (grown != null) {
                bytes = grown; // the same storage: nothing to copy or detach
            } else {
                grown = allocate(length, exposed ? length : reserveFor(length));
                if (grown == null) {
                    budget.returnMemoryPages(deltaPages);
                    return -1;
                }
                System.arraycopy(bytes, 0, grown, 0, bytes.length);
                replace(grown);
            }
            pages = old + deltaPages;
            exposed = false;
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
    private static byte[] allocate(int size, int capacity) {
        try {
            return CurrentPlatform.PLATFORM.newMemoryArray(size, capacity);
        } catch (Throwable e) {
            return null;
        }
    }

    /**
     * Where arrays can be views (the JS build), a grown memory reserves twice its size, up to its limit: the grows
     * after it are then views of the same storage, not copies. A copy touches every page of a fresh allocation, and
     * for a guest that grows a few MB at a time that copying was most of its run (CRuby's start in node: 23 grows
     * copied 5.8 GB). Untouched reserve costs address space, not memory.
     */
    private int reserveFor(int length) {
        long reserve = Math.max(2L * bytes.length, length);
        return (int) Math.min(reserve, (long) limitPages * PAGE_SIZE);
    }

    /**
     * The array for a JS page (the JS API's Memory.buffer), which must see a buffer of exactly the memory's size,
     * detached when the memory grows: a view with a reserve is first copied to an exact array. The next grow then
     * allocates exactly (one copy, as without reserves), since a page that reads the buffer tends to read it again
     * after every grow; a grow the page did not look at before the next one reserves again.
     */
    public byte[] exposedBuffer() {
        if (!CurrentPlatform.PLATFORM.memoryArrayIsExact(bytes)) {
            renewBuffer();
        }
        exposed = true;
        return bytes;
    }

    /** Throws MEMORY_OUT_OF_BOUNDS unless [offset, offset+length) (both unsigned) lies inside the memory. */
    public void checkRange(int offset, int length) {
        if ((offset | length) < 0 || offset > bytes.length - length) {
            throw new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS, null, null);
        }
    }
}
