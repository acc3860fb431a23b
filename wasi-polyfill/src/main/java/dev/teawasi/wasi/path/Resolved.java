package dev.teawasi.wasi.path;

import dev.teawasi.wasi.vfs.DirectoryNode;
import dev.teawasi.wasi.vfs.Inode;

/** Where a guest path led: the directory holding the final name, the name, and what it names (null: nothing). */
public final class Resolved {
    /** The directory containing the final component (or the directory itself when name is null). */
    public final DirectoryNode parent;
    /** The final component, or null when the path names a directory itself ("." or "a/.."). */
    public final String name;
    /** The inode the path names, or null when the final component does not exist. */
    public final Inode node;
    /** The path ended in '/': it must name a directory. */
    public final boolean trailingSlash;

    Resolved(DirectoryNode parent, String name, Inode node, boolean trailingSlash) {
        this.parent = parent;
        this.name = name;
        this.node = node;
        this.trailingSlash = trailingSlash;
    }
}
