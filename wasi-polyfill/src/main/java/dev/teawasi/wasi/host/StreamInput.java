package dev.teawasi.wasi.host;

import java.io.IOException;
import java.io.InputStream;

/**
 * A blocking {@link InputSource} over a java.io.InputStream (a JVM's System.in): reads block until data or EOF, as
 * a native program's would; poll_oneoff sees the bytes the stream has buffered, so a poll with a timeout on an idle
 * stdin times out instead of blocking in a read.
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
            return Math.max(0, in.available());
        } catch (IOException e) {
            return 0;
        }
    }
}
