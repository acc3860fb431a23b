package dev.teawasi.wasi.host;

/** Where the guest's stdout or stderr bytes go. */
public interface OutputSink {
    void write(byte[] src, int off, int len);

    /** Called when the guest calls fd_sync / fd_datasync, and when a run ends. */
    default void flush() {}
}
