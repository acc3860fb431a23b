package dev.teawasi.engine.internal.runtime;

import java.util.Arrays;

/** A linear memory: 64 KiB pages over one byte array (so at most 32767 pages in Java). */
public final class Memory {
    public static final int PAGE_SIZE = 65536;
    /** A Java array holds at most 2^31-1 bytes: one page less than 32768 pages. */
    public static final int JAVA_MAX_PAGES = 32767;

    private byte[] bytes;
    private int pages;
    private final int maxPages;

    /** @param maxPages -1 for no declared maximum */
    public Memory(int minPages, int maxPages) {
        if (minPages < 0 || minPages > JAVA_MAX_PAGES) {
            throw new IllegalArgumentException("memory of " + minPages + " pages is larger than a Java array");
        }
        this.pages = minPages;
        this.maxPages = maxPages;
        this.bytes = new byte[minPages * PAGE_SIZE];
    }

    public int pages() {
        return pages;
    }

    /** -1 when no maximum was declared. */
    public int maxPages() {
        return maxPages;
    }

    /** The current backing array, exactly pages()*PAGE_SIZE long. Replaced by grow: fetch it again after any call into wasm. */
    public byte[] buffer() {
        return bytes;
    }

    /** Grows by delta pages; returns the old page count, or -1 if the maximum (or the Java limit) forbids it. */
    public int grow(int deltaPages) {
        int old = pages;
        if (deltaPages < 0) {
            return -1; // an unsigned delta of 2^31 or more never fits
        }
        int limit = maxPages >= 0 && maxPages < JAVA_MAX_PAGES ? maxPages : JAVA_MAX_PAGES;
        if (deltaPages > limit - old) {
            return -1;
        }
        if (deltaPages > 0) {
            bytes = Arrays.copyOf(bytes, (old + deltaPages) * PAGE_SIZE);
            pages = old + deltaPages;
        }
        return old;
    }

    /** Throws MEMORY_OUT_OF_BOUNDS unless [offset, offset+length) (both unsigned) lies inside the memory. */
    public void checkRange(int offset, int length) {
        if ((offset | length) < 0 || offset > bytes.length - length) {
            throw new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS, null, null);
        }
    }
}
