package dev.teawasi.wasi.host;

import java.nio.charset.StandardCharsets;

/** Collects output in memory (tests, and embedders that show output after the run). */
public final class ByteArrayOutput implements OutputSink {
    private byte[] buf = new byte[256];
    private int len;

    @Override
    public void write(byte[] src, int off, int n) {
        if (len + n > buf.length) {
            byte[] b = new byte[Math.max(len + n, buf.length * 2)];
            System.arraycopy(buf, 0, b, 0, len);
            buf = b;
        }
        System.arraycopy(src, off, buf, len, n);
        len += n;
    }

    public byte[] toByteArray() {
        byte[] r = new byte[len];
        System.arraycopy(buf, 0, r, 0, len);
        return r;
    }

    public int size() {
        return len;
    }

    public void reset() {
        len = 0;
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }
}
