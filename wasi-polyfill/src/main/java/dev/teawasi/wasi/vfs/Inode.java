package dev.teawasi.wasi.vfs;

/** A file-system object: a directory, regular file or symlink, with its number, link count and timestamps. */
public abstract class Inode {
    final Vfs vfs;
    final long ino;
    int nlink;
    long atim;
    long mtim;
    long ctim;
    /** Permission bits (rwxrwxrwx plus setuid/setgid/sticky): not enforced, kept for the host API and tar. */
    int mode;
    /** The directory and name this inode was most recently given (a directory has exactly one); null once gone. */
    DirectoryNode linkDir;

    String linkName;

    Inode(Vfs vfs) {
        this.vfs = vfs;
        this.ino = vfs.nextIno();
        long now = vfs.now();
        atim = now;
        mtim = now;
        ctim = now;
        mode = defaultMode();
    }

    /** 0644 for files, 0755 for directories, 0777 for symlinks. */
    abstract int defaultMode();

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

    /** Permission bits (07777), see {@link #setMode}. */
    public final int mode() {
        return mode;
    }

    /** chmod: sets the permission bits (masked to 07777). WASI has no permissions; they are kept, not enforced. */
    public final void setMode(int mode) {
        this.mode = mode & 07777;
        ctim = vfs.now();
        changed();
    }

    public final void setTimes(long atim, long mtim) {
        this.atim = atim;
        this.mtim = mtim;
        this.ctim = vfs.now();
        changed();
    }

    public final void setAtim(long t) {
        atim = t;
        ctim = vfs.now();
        changed();
    }

    public final void setMtim(long t) {
        mtim = t;
        ctim = vfs.now();
        changed();
    }

    final void touchModified() {
        long now = vfs.now();
        mtim = now;
        ctim = now;
        changed();
    }

    /** mtime/ctime of a directory whose entries changed (reported as created/removed, not as modified). */
    final void touchEntriesChanged() {
        long now = vfs.now();
        mtim = now;
        ctim = now;
    }

    /** Tells the Vfs's listeners (if any) that this inode's content or attributes changed. */
    final void changed() {
        VfsListener l = vfs.listener;
        if (l != null) {
            l.modified(this);
        }
    }

    final void touchChanged() {
        ctim = vfs.now();
    }

    public final VfsStat stat() {
        return new VfsStat(this);
    }
}
