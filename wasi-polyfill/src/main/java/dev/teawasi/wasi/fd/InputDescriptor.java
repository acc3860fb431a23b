package dev.teawasi.wasi.fd;

import dev.teawasi.wasi.abi.FileType;
import dev.teawasi.wasi.abi.Rights;
import dev.teawasi.wasi.host.InputSource;

/** A character-device input stream (stdin) reading from the embedder's {@link InputSource}. */
public final class InputDescriptor extends Descriptor {
    public static final long RIGHTS = Rights.FD_READ | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET
            | Rights.POLL_FD_READWRITE;
    private final InputSource source;

    public InputDescriptor(InputSource source) {
        super(RIGHTS, 0, 0);
        this.source = source;
    }

    public InputSource source() {
        return source;
    }

    @Override
    public int fileType() {
        return FileType.CHARACTER_DEVICE;
    }
}
