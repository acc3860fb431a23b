package dev.teawasi.wasi.host;

import java.io.IOException;
import java.io.InputStream;

/**
 * A blocking {@link InputSource} over a java.io.InputStream (a JVM's System.in): reads block, and poll_oneoff
 * treats it as always ready (a read then blocks until data or EOF), as with a blocking pipe.
 */
public final class StreamInput implements InputSource {
    private final InputStream in;
    private boolean eof;

    public StreamInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(byte[] dst, int off, int len) {
        if (eof) {
            return EOF;
        }
        try {
            int n = in.read(dst, off, len);
            if (n < 0) {
                eof = true;
                return EOF;
            }
            return n;
        } catch (IOException e) {
            throw new HostIOException("host stream: " + e.getMessage(), e);
        }
    }

    @Override
    public int available() {
        if (eof) {
            return EOF;
        }
        try {
            return Math.max(1, in.available());
        } catch (IOException e) {
            return 1;
        }
    }
}
