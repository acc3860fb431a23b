package dev.teawasi.wasi.fd;

import dev.teawasi.wasi.abi.FileType;
import dev.teawasi.wasi.abi.Rights;
import dev.teawasi.wasi.host.OutputSink;

/** A character-device output stream (stdout, stderr) writing to the embedder's {@link OutputSink}. */
public final class OutputDescriptor extends Descriptor {
    public static final long RIGHTS = Rights.FD_WRITE
            | Rights.FD_FDSTAT_SET_FLAGS
            | Rights.FD_FILESTAT_GET
            | Rights.FD_SYNC
            | Rights.FD_DATASYNC
            | Rights.POLL_FD_READWRITE;
    private final OutputSink sink;

    private final int fileType;

    /** A terminal (CHARACTER_DEVICE, so the guest's isatty() is true and its stdio line-buffered). */
    public OutputDescriptor(OutputSink sink) {
        this(sink, true);
    }

    /** terminal false: the stream reports filetype UNKNOWN (a pipe or file), so isatty() is false. */
    public OutputDescriptor(OutputSink sink, boolean terminal) {
        super(RIGHTS, 0, 0);
        this.fileType = terminal ? FileType.CHARACTER_DEVICE : FileType.UNKNOWN;
        this.sink = sink;
    }

    public OutputSink sink() {
        return sink;
    }

    @Override
    public int fileType() {
        return fileType;
    }
}
