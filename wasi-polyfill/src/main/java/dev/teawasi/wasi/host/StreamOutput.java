package dev.teawasi.wasi.host;

import java.io.IOException;
import java.io.OutputStream;

/** An {@link OutputSink} over a java.io.OutputStream (a JVM's System.out / System.err). */
public final class StreamOutput implements OutputSink {
    private final OutputStream out;

    public StreamOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(byte[] src, int off, int len) {
        try {
            out.write(src, off, len);
        } catch (IOException e) {
            throw new HostIOException("host stream: " + e.getMessage(), e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new HostIOException("host stream: " + e.getMessage(), e);
        }
    }
}
