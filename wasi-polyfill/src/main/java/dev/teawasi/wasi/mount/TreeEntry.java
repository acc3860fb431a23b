package dev.teawasi.wasi.mount;

/**
 * One object of a mounted directory tree, as the host and the virtual file system exchange it: a path relative to
 * the mount ('/'-separated, no leading slash), its kind, and its content. Host directories are loaded as a list of
 * these and, after a run, the tree is exported back as a list of these for the host to write.
 */
public final class TreeEntry {
    public enum Kind {
        DIRECTORY,
        FILE,
        SYMLINK
    }

    public final String path;
    public final Kind kind;
    /**
     * FILE: the content; null in an export when the file is unchanged since it was loaded from the same path.
     * Read it in pieces ({@link FileContent#read}): a file may be larger than one array can hold.
     */
    public final FileContent content;
    /** SYMLINK: the target text. */
    public final String target;
    /** Nanoseconds since the epoch. */
    public final long atimNanos;

    public final long mtimNanos;
    /** An earlier entry's path when this one is another hard link to the same file or symlink, else null. */
    public final String linkTo;

    private TreeEntry(
            String path, Kind kind, FileContent content, String target, long atimNanos, long mtimNanos, String linkTo) {
        this.path = path;
        this.kind = kind;
        this.content = content;
        this.target = target;
        this.atimNanos = atimNanos;
        this.mtimNanos = mtimNanos;
        this.linkTo = linkTo;
    }

    public static TreeEntry directory(String path, long atimNanos, long mtimNanos) {
        return new TreeEntry(path, Kind.DIRECTORY, null, null, atimNanos, mtimNanos, null);
    }

    /** A file with the given bytes (null: unchanged, in an export). */
    public static TreeEntry file(String path, byte[] data, long atimNanos, long mtimNanos) {
        return new TreeEntry(
                path, Kind.FILE, data == null ? null : FileContent.of(data), null, atimNanos, mtimNanos, null);
    }

    /** A file whose bytes are read in pieces (null: unchanged, in an export). */
    public static TreeEntry file(String path, FileContent content, long atimNanos, long mtimNanos) {
        return new TreeEntry(path, Kind.FILE, content, null, atimNanos, mtimNanos, null);
    }

    /**
     * The whole content in one array (for small files: JS callers, tests); null when unchanged. Throws
     * IllegalStateException for a file too large for one array.
     */
    public byte[] bytes() {
        if (content == null) {
            return null;
        }
        long size = content.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(path + " is too large for one array (" + size + " bytes)");
        }
        byte[] b = new byte[(int) size];
        int done = 0;
        while (done < b.length) {
            int n = content.read(done, b, done, b.length - done);
            if (n <= 0) {
                break;
            }
            done += n;
        }
        return done == b.length ? b : java.util.Arrays.copyOf(b, done);
    }

    public static TreeEntry symlink(String path, String target, long atimNanos, long mtimNanos) {
        return new TreeEntry(path, Kind.SYMLINK, null, target, atimNanos, mtimNanos, null);
    }

    /** Another name of the file or symlink at linkTo (which comes earlier in the list). */
    public static TreeEntry hardLink(String path, Kind kind, String linkTo) {
        return new TreeEntry(path, kind, null, null, 0, 0, linkTo);
    }

    public boolean unchanged() {
        return kind == Kind.FILE && content == null && linkTo == null;
    }

    @Override
    public String toString() {
        return kind + " " + path + (linkTo != null ? " => " + linkTo : "") + (target != null ? " -> " + target : "")
                + (content != null ? " (" + content.size() + " bytes)" : "");
    }
}
