package dev.teawasi.wasi.vfs;

import dev.teawasi.wasi.abi.FileType;

/** A snapshot of an inode's attributes, for the host-side API. */
public final class VfsStat {
    public final long dev;
    public final long ino;
    /** A WASI filetype constant (see dev.teawasi.wasi.abi.FileType). */
    public final int fileType;

    public final long nlink;
    public final long size;
    public final long atim;
    public final long mtim;
    public final long ctim;
    /** Permission bits (07777; kept, not enforced). */
    public final int mode;

    VfsStat(Inode n) {
        dev = n.dev();
        ino = n.ino;
        fileType = n.fileType();
        nlink = n.nlink;
        size = n.size();
        atim = n.atim;
        mtim = n.mtim;
        ctim = n.ctim;
        mode = n.mode;
    }

    public boolean isDirectory() {
        return fileType == FileType.DIRECTORY;
    }

    public boolean isFile() {
        return fileType == FileType.REGULAR_FILE;
    }

    public boolean isSymlink() {
        return fileType == FileType.SYMBOLIC_LINK;
    }
}
