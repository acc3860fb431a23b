package dev.teawasi.wasi.host;

/** Discards output. */
public final class NullOutput implements OutputSink {
    @Override
    public void write(byte[] src, int off, int len) {}
}
