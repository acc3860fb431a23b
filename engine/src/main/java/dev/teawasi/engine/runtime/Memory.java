package dev.teawasi.engine.runtime;

/** A linear memory: 64 KiB pages over one byte array (so at most 32767 pages in Java). */
public final class Memory {
    public static final int PAGE_SIZE = 65536;

    /** @param maxPages -1 for no declared maximum */
    public Memory(int minPages, int maxPages) { throw HostCall.pending(); }
    public int pages() { throw HostCall.pending(); }
    /** -1 when no maximum was declared. */
    public int maxPages() { throw HostCall.pending(); }
    /** The current backing array, exactly pages()*PAGE_SIZE long. Replaced by grow: fetch it again after any call into wasm. */
    public byte[] buffer() { throw HostCall.pending(); }
    /** Grows by delta pages; returns the old page count, or -1 if the maximum (or the Java limit) forbids it. */
    public int grow(int deltaPages) { throw HostCall.pending(); }
}
