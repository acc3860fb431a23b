package dev.teawasi.wasi.vfs;

/** A file-system object: a directory, regular file or symlink, with its number, link count and timestamps. */
public abstract class Inode {
    final Vfs vfs;
    final long ino;
    int nlink;
    long atim;
    long mtim;
    long ctim;

    Inode(Vfs vfs) {
        this.vfs = vfs;
        this.ino = vfs.nextIno();
        long now = vfs.now();
        atim = now;
        mtim = now;
        ctim = now;
    }

    public final Vfs vfs() {
        return vfs;
    }

    public final long ino() {
        return ino;
    }

    public final long dev() {
        return vfs.device();
    }

    public final int nlink() {
        return nlink;
    }

    public final long atim() {
        return atim;
    }

    public final long mtim() {
        return mtim;
    }

    public final long ctim() {
        return ctim;
    }

    /** A WASI filetype constant. */
    public abstract int fileType();

    /** Bytes for files, target length for symlinks, entry count for directories. */
    public abstract long size();

    public final void setTimes(long atim, long mtim) {
        this.atim = atim;
        this.mtim = mtim;
        this.ctim = vfs.now();
    }

    public final void setAtim(long t) {
        atim = t;
        ctim = vfs.now();
    }

    public final void setMtim(long t) {
        mtim = t;
        ctim = vfs.now();
    }

    final void touchModified() {
        long now = vfs.now();
        mtim = now;
        ctim = now;
    }

    final void touchChanged() {
        ctim = vfs.now();
    }

    public final VfsStat stat() {
        return new VfsStat(this);
    }
}
