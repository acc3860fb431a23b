package dev.teawasi.wasi.host;

/**
 * Input from bytes the host appends over time. While {@link #close()} has not been called, an empty buffer reads
 * as {@link InputSource#NOT_READY} (the run suspends); after close it reads as EOF.
 */
public final class ByteArrayInput implements InputSource {
    private byte[] buf = new byte[0];
    private int start;
    private int end;
    private boolean closed;

    public ByteArrayInput() {}

    /** Fixed input followed by EOF. */
    public ByteArrayInput(byte[] data) {
        append(data);
        close();
    }

    public static ByteArrayInput empty() {
        return new ByteArrayInput(new byte[0]);
    }

    public void append(byte[] data) {
        append(data, 0, data.length);
    }

    public void append(byte[] data, int off, int len) {
        if (end + len > buf.length) {
            int live = end - start;
            byte[] n = buf;
            if (live + len > buf.length) {
                n = new byte[Math.max(live + len, buf.length * 2)];
            }
            System.arraycopy(buf, start, n, 0, live);
            buf = n;
            start = 0;
            end = live;
        }
        System.arraycopy(data, off, buf, end, len);
        end += len;
    }

    /** No more data will come: reads return EOF once the buffer is drained. */
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public int read(byte[] dst, int off, int len) {
        if (start == end) {
            return closed ? EOF : NOT_READY;
        }
        int n = Math.min(len, end - start);
        System.arraycopy(buf, start, dst, off, n);
        start += n;
        return n;
    }

    @Override
    public int available() {
        if (start == end) {
            return closed ? EOF : NOT_READY;
        }
        return end - start;
    }
}
