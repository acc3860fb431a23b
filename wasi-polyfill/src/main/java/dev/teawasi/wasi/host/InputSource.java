package dev.teawasi.wasi.host;

/**
 * Where the guest's stdin comes from. A blocking source (a JVM's System.in) simply blocks in read; a source that
 * cannot block (a web page waiting for typing) returns {@link #NOT_READY}, and the run suspends until the
 * embedder has data and resumes it.
 */
public interface InputSource {
    /** End of input. */
    int EOF = -1;
    /** No data yet, more may come: the guest's blocking read suspends the run. */
    int NOT_READY = -2;

    /** Reads up to len bytes (len &gt; 0) into dst; returns the count (&gt; 0), {@link #EOF} or {@link #NOT_READY}. */
    int read(byte[] dst, int off, int len);

    /**
     * Bytes that can be read without waiting (for poll_oneoff): a positive count, 0 when a read would block but
     * ready is unknown, {@link #EOF}, or {@link #NOT_READY}. A blocking source may return 1 ("a read will not fail").
     */
    int available();
}
