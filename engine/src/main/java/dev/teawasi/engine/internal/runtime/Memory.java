package dev.teawasi.engine.internal.runtime;

import java.util.Arrays;

/** A linear memory: 64 KiB pages over one byte array (so at most 32767 pages in Java). */
public final class Memory {
    public static final int PAGE_SIZE = 65536;
    /** A Java array holds at most 2^31-1 bytes: one page less than 32768 pages. */
    public static final int JAVA_MAX_PAGES = 32767;

    /** Told when a memory's array is replaced (the JS build detaches the old ArrayBuffer that a page may hold). */
    public interface ReplaceObserver {
        void replaced(byte[] old);
    }

    private static ReplaceObserver replaceObserver;

    /** Installs the one observer of replaced arrays (null: none). */
    public static void observeReplacements(ReplaceObserver observer) {
        replaceObserver = observer;
    }

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
            replace(Arrays.copyOf(bytes, (old + deltaPages) * PAGE_SIZE));
            pages = old + deltaPages;
        }
        return old;
    }

    /** Replaces the array by a copy of itself (the JS API's grow(0) hands out a fresh buffer too). */
    public void renewBuffer() {
        replace(bytes.clone());
    }

    private void replace(byte[] grown) {
        byte[] old = bytes;
        bytes = grown;
        if (replaceObserver != null) {
            replaceObserver.replaced(old);
        }
    }

    /** Throws MEMORY_OUT_OF_BOUNDS unless [offset, offset+length) (both unsigned) lies inside the memory. */
    public void checkRange(int offset, int length) {
        if ((offset | length) < 0 || offset > bytes.length - length) {
            throw new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS, null, null);
        }
    }
}
