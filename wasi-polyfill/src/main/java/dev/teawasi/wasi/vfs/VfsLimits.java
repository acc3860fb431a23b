package dev.teawasi.wasi.vfs;

/**
 * How much one {@link Vfs} may hold, so a guest (or a JS caller) that stores too much gets ENOSPC instead of
 * exhausting the host's memory. Bytes count allocated file storage (sparse holes are free), entry names and symlink
 * targets (one byte per char); inodes count files, directories and symlinks, the root included. Immutable.
 */
public final class VfsLimits {
    /** Default byte limit: 1 GiB. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;
    /** Default inode limit: one million. */
    public static final long DEFAULT_MAX_INODES = 1_000_000;

    /** The limits a new Vfs starts with. */
    public static final VfsLimits DEFAULT = new VfsLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_INODES);
    /** No limit at all (only the host's memory). */
    public static final VfsLimits UNLIMITED = new VfsLimits(Long.MAX_VALUE, Long.MAX_VALUE);

    private final long maxBytes;
    private final long maxInodes;

    /** @throws IllegalArgumentException for a negative limit (the root directory needs one inode). */
    public VfsLimits(long maxBytes, long maxInodes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("max bytes must be >= 0, got " + maxBytes);
        }
        if (maxInodes < 1) {
            throw new IllegalArgumentException("max inodes must be >= 1 (the root), got " + maxInodes);
        }
        this.maxBytes = maxBytes;
        this.maxInodes = maxInodes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxInodes() {
        return maxInodes;
    }

    public VfsLimits withMaxBytes(long bytes) {
        return new VfsLimits(bytes, maxInodes);
    }

    public VfsLimits withMaxInodes(long inodes) {
        return new VfsLimits(maxBytes, inodes);
    }

    @Override
    public String toString() {
        return "VfsLimits{maxBytes=" + maxBytes + ", maxInodes=" + maxInodes + "}";
    }
}
