package dev.teawasi.wasi.fd;

import dev.teawasi.wasi.abi.FileType;
import dev.teawasi.wasi.vfs.FileNode;

/** An open regular file with its own position. */
public final class FileDescriptor extends Descriptor {
    private final FileNode file;
    public long position;

    public FileDescriptor(FileNode file, long rightsBase, long rightsInheriting, int fdflags) {
        super(rightsBase, rightsInheriting, fdflags);
        this.file = file;
    }

    public FileNode file() {
        return file;
    }

    @Override
    public int fileType() {
        return FileType.REGULAR_FILE;
    }
}
