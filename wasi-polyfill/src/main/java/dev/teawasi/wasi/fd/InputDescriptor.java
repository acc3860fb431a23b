package dev.teawasi.wasi.fd;

import dev.teawasi.wasi.abi.FileType;
import dev.teawasi.wasi.abi.Rights;
import dev.teawasi.wasi.host.InputSource;

/** A character-device input stream (stdin) reading from the embedder's {@link InputSource}. */
public final class InputDescriptor extends Descriptor {
    public static final long RIGHTS =
            Rights.FD_READ | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET | Rights.POLL_FD_READWRITE;
    private final InputSource source;

    private final int fileType;

    /** A terminal (CHARACTER_DEVICE, so the guest's isatty() is true and its stdio line-buffered). */
    public InputDescriptor(InputSource source) {
        this(source, true);
    }

    /** terminal false: the stream reports filetype UNKNOWN (a pipe or file), so isatty() is false. */
    public InputDescriptor(InputSource source, boolean terminal) {
        super(RIGHTS, 0, 0);
        this.fileType = terminal ? FileType.CHARACTER_DEVICE : FileType.UNKNOWN;
        this.source = source;
    }

    public InputSource source() {
        return source;
    }

    @Override
    public int fileType() {
        return fileType;
    }
}
