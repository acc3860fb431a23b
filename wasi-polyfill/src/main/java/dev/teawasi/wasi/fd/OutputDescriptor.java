package dev.teawasi.wasi.fd;

import dev.teawasi.wasi.abi.FileType;
import dev.teawasi.wasi.abi.Rights;
import dev.teawasi.wasi.host.OutputSink;

/** A character-device output stream (stdout, stderr) writing to the embedder's {@link OutputSink}. */
public final class OutputDescriptor extends Descriptor {
    public static final long RIGHTS = Rights.FD_WRITE | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET
            | Rights.FD_SYNC | Rights.FD_DATASYNC | Rights.POLL_FD_READWRITE;
    private final OutputSink sink;

    public OutputDescriptor(OutputSink sink) {
        super(RIGHTS, 0, 0);
        this.sink = sink;
    }

    public OutputSink sink() {
        return sink;
    }

    @Override
    public int fileType() {
        return FileType.CHARACTER_DEVICE;
    }
}
