package dev.teawasi.web.cli;

/** What a host path holds (see {@link HostFiles#lstat}). */
public final class HostStat {
    /** 'd' directory, 'f' regular file, 'l' symlink, 'p' named pipe (FIFO), 'o' anything else. */
    public final char kind;

    public final long size;
    public final long atimNanos;
    public final long mtimNanos;
    /** Identifies the file across hard links (device and inode), or null when the platform cannot tell. */
    public final String fileKey;

    public HostStat(char kind, long size, long atimNanos, long mtimNanos, String fileKey) {
        this.kind = kind;
        this.size = size;
        this.atimNanos = atimNanos;
        this.mtimNanos = mtimNanos;
        this.fileKey = fileKey;
    }
}
