package dev.teawasi.wasi.vfs;

/**
 * Told about every change of a {@link Vfs}, made by a guest through WASI or by the host API alike. Called
 * synchronously inside the operation, after it succeeded: an implementation must not modify the Vfs and should
 * only record the change (see {@link Vfs#addListener}). A Vfs without listeners pays one null check per change.
 */
public interface VfsListener {
    /** A name was added to dir (create, mkdir, symlink, link, the target side of a rename). */
    void created(DirectoryNode dir, String name, Inode node);

    /** A name was removed from dir (unlink, rmdir, the source side of a rename, a name replaced by a rename). */
    void removed(DirectoryNode dir, String name, Inode node);

    /** The content, size, times or mode of node changed (writes, truncate, utimes, chmod). */
    void modified(Inode node);
}
