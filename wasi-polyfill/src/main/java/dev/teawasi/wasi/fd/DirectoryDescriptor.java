package dev.teawasi.wasi.fd;

import dev.teawasi.wasi.abi.FileType;
import dev.teawasi.wasi.vfs.DirectoryNode;

/** An open directory; a preopen also carries the guest path it is announced under (fd_prestat_dir_name). */
public final class DirectoryDescriptor extends Descriptor {
    private final DirectoryNode dir;
    private final String preopenPath;

    public DirectoryDescriptor(DirectoryNode dir, String preopenPath, long rightsBase, long rightsInheriting) {
        super(rightsBase, rightsInheriting, 0);
        this.dir = dir;
        this.preopenPath = preopenPath;
    }

    public DirectoryNode dir() {
        return dir;
    }

    /** The preopen's guest path, or null when this directory was opened by path_open. */
    public String preopenPath() {
        return preopenPath;
    }

    @Override
    public int fileType() {
        return FileType.DIRECTORY;
    }
}
