package dev.teawasi.wasi.fd;

/** An open file descriptor: what it refers to, its rights (only ever reduced) and its fdflags. */
public abstract class Descriptor {
    long rightsBase;
    long rightsInheriting;
    int fdflags;

    Descriptor(long rightsBase, long rightsInheriting, int fdflags) {
        this.rightsBase = rightsBase;
        this.rightsInheriting = rightsInheriting;
        this.fdflags = fdflags;
    }

    /** A WASI filetype constant. */
    public abstract int fileType();

    public final long rightsBase() {
        return rightsBase;
    }

    public final long rightsInheriting() {
        return rightsInheriting;
    }

    public final int fdflags() {
        return fdflags;
    }

    public final boolean hasRights(long rights) {
        return (rightsBase & rights) == rights;
    }

    /** Replaces the rights; the caller has checked that this only removes bits. */
    public final void reduceRights(long base, long inheriting) {
        rightsBase &= base;
        rightsInheriting &= inheriting;
    }

    public void setFdflags(int flags) {
        fdflags = flags;
    }

    /** Called when the descriptor is closed. */
    void closed() {}
}
