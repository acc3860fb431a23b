package dev.teawasi.wasi.vfs;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of node:fs with node's semantics (as on Linux) over one {@link Vfs}, for host APIs such as the
 * JavaScript {@code teawasi.FileSystem}: parents must exist unless asked to create them, a final symlink is followed
 * where node follows it, and failures are {@link ErrnoException}s with the errno node would report (ENOENT, EEXIST,
 * ENOTDIR, EISDIR, ENOTEMPTY, EINVAL, ELOOP, ENOSPC, ...). Paths are '/'-separated from the root of the Vfs
 * (relative paths too: there is no working directory); "." and ".." are resolved, ".." stops at the root.
 */
public final class NodeFs {
    private static final int MAX_SYMLINKS = 40;

    private final Vfs vfs;

    public NodeFs(Vfs vfs) {
        this.vfs = vfs;
    }

    public Vfs vfs() {
        return vfs;
    }

    /** The content of a file (a final symlink is followed). */
    public byte[] readFile(String path) {
        Inode n = vfs.lookup(path, true);
        if (n instanceof DirectoryNode) {
            throw new ErrnoException(Errno.ISDIR, path);
        }
        return ((FileNode) n).readAll();
    }

    /**
     * writeFile/appendFile: creates the file if missing (its directory must exist), follows a final symlink (also a
     * dangling one, creating its target, as open(O_CREAT) does). exclusive: fail with EEXIST if the name exists
     * (flag 'wx'); append: add at the end instead of replacing the content.
     */
    public FileNode writeFile(String path, byte[] data, boolean append, boolean exclusive) {
        FileNode f = openForWrite(path, exclusive);
        if (!append) {
            f.truncate(0);
        }
        f.write(append ? f.size() : 0, data, 0, data.length);
        return f;
    }

    private FileNode openForWrite(String path, boolean exclusive) {
        String p = path;
        for (int hops = 0; hops <= MAX_SYMLINKS; hops++) {
            Parent parent = parent(p);
            Inode n = parent.dir.get(parent.name);
            if (n == null) {
                return parent.dir.createFile(parent.name);
            }
            if (exclusive) {
                throw new ErrnoException(Errno.EXIST, path);
            }
            if (n instanceof FileNode) {
                return (FileNode) n;
            }
            if (n instanceof DirectoryNode) {
                throw new ErrnoException(Errno.ISDIR, path);
            }
            String target = ((SymlinkNode) n).target();
            p = target.startsWith("/") ? target : parent.dirPath + "/" + target;
        }
        throw new ErrnoException(Errno.LOOP, path);
    }

    /**
     * mkdir; recursive: also the missing parents, and an existing directory is no error. Returns the first directory
     * created (recursive) or null when none was.
     */
    public String mkdir(String path, boolean recursive) {
        if (!recursive) {
            Parent p = parent(path);
            if (p.dir.get(p.name) != null) {
                throw new ErrnoException(Errno.EXIST, path);
            }
            p.dir.mkdir(p.name);
            return null;
        }
        List<String> cs = components(path);
        Inode n = vfs.root();
        String first = null;
        StringBuilder sofar = new StringBuilder();
        for (int i = 0; i < cs.size(); i++) {
            String c = cs.get(i);
            DirectoryNode dir = (DirectoryNode) n;
            sofar.append('/').append(c);
            Inode child = dir.get(c);
            if (child instanceof SymlinkNode) {
                child = vfs.lookup(sofar.toString(), true);
            }
            if (child == null) {
                child = dir.mkdir(c);
                if (first == null) {
                    first = sofar.toString();
                }
            } else if (!(child instanceof DirectoryNode)) {
                throw new ErrnoException(i == cs.size() - 1 ? Errno.EXIST : Errno.NOTDIR, path);
            }
            n = child;
        }
        return first;
    }

    /** Entries of a directory (a final symlink is followed), in listing order (creation order). */
    public List<DirectoryNode.Entry> readdir(String path) {
        Inode n = vfs.lookup(path, true);
        if (!(n instanceof DirectoryNode)) {
            throw new ErrnoException(Errno.NOTDIR, path);
        }
        return ((DirectoryNode) n).entries();
    }

    public VfsStat stat(String path) {
        return vfs.lookup(path, true).stat();
    }

    public VfsStat lstat(String path) {
        return vfs.lookup(path, false).stat();
    }

    /** True when the path resolves (following symlinks, as node's existsSync does). */
    public boolean exists(String path) {
        try {
            vfs.lookup(path, true);
            return true;
        } catch (ErrnoException e) {
            return false;
        }
    }

    /**
     * rm: a file or symlink; a directory only with recursive (else EISDIR); force: a missing path is no error.
     */
    public void rm(String path, boolean recursive, boolean force) {
        Parent p;
        Inode n;
        try {
            p = parent(path);
            n = p.dir.get(p.name);
            if (n == null) {
                throw new ErrnoException(Errno.NOENT, path);
            }
        } catch (ErrnoException e) {
            if (force && (e.errno() == Errno.NOENT || e.errno() == Errno.NOTDIR)) {
                return;
            }
            throw e;
        }
        if (n instanceof DirectoryNode) {
            if (!recursive) {
                throw new ErrnoException(Errno.ISDIR, path);
            }
            p.dir.removeRecursively(p.name);
        } else {
            p.dir.unlinkFile(p.name);
        }
    }

    /** rmdir: an empty directory (a symlink is not followed: ENOTDIR). */
    public void rmdir(String path) {
        Parent p = parent(path);
        p.dir.removeDirectory(p.name);
    }

    /** unlink: a file or symlink (a directory: EISDIR). */
    public void unlink(String path) {
        Parent p = parent(path);
        p.dir.unlinkFile(p.name);
    }

    /** rename(2): replaces a file by a file or an empty directory by a directory. */
    public void rename(String from, String to) {
        Parent f = parent(from);
        Parent t = parent(to);
        DirectoryNode.rename(f.dir, f.name, t.dir, t.name);
    }

    /** symlink: a new link at path with this target (stored as written, resolved when followed). */
    public void symlink(String target, String path) {
        if (target.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.INVAL, "NUL in symlink target");
        }
        Parent p = parent(path);
        p.dir.symlink(p.name, target);
    }

    public String readlink(String path) {
        Inode n = vfs.lookup(path, false);
        if (!(n instanceof SymlinkNode)) {
            throw new ErrnoException(Errno.INVAL, path);
        }
        return ((SymlinkNode) n).target();
    }

    /** link(2): a new name for an existing file or symlink (not followed); directories: EPERM. */
    public void link(String existing, String newPath) {
        Inode n = vfs.lookup(existing, false);
        Parent p = parent(newPath);
        p.dir.link(p.name, n);
    }

    /** chmod (follows a final symlink); lchmod when follow is false. */
    public void chmod(String path, int mode, boolean follow) {
        vfs.lookup(path, follow).setMode(mode);
    }

    /** utimes (follows a final symlink) / lutimes; times in ns since the epoch. */
    public void utimes(String path, long atimNanos, long mtimNanos, boolean follow) {
        vfs.lookup(path, follow).setTimes(atimNanos, mtimNanos);
    }

    /** truncate: sets the size of a file (a final symlink is followed). */
    public void truncate(String path, long size) {
        Inode n = vfs.lookup(path, true);
        if (n instanceof DirectoryNode) {
            throw new ErrnoException(Errno.ISDIR, path);
        }
        ((FileNode) n).truncate(size);
    }

    /** copyFile: the content of src into dst (created or replaced; exclusive: EEXIST when dst exists). */
    public void copyFile(String src, String dst, boolean exclusive) {
        byte[] data = readFile(src);
        writeFile(dst, data, false, exclusive);
    }

    /** The canonical absolute path (all symlinks resolved, no "." or ".."). */
    public String realpath(String path) {
        List<String> todo = components(path);
        List<String> done = new ArrayList<>();
        List<DirectoryNode> dirs = new ArrayList<>();
        DirectoryNode dir = vfs.root();
        int hops = 0;
        while (!todo.isEmpty()) {
            String c = todo.remove(0);
            if (c.equals("..")) {
                if (!done.isEmpty()) {
                    done.remove(done.size() - 1);
                    dir = dirs.remove(dirs.size() - 1);
                }
                continue;
            }
            Inode n = dir.get(c);
            if (n == null) {
                throw new ErrnoException(Errno.NOENT, path);
            }
            if (n instanceof SymlinkNode) {
                if (++hops > MAX_SYMLINKS) {
                    throw new ErrnoException(Errno.LOOP, path);
                }
                String target = ((SymlinkNode) n).target();
                List<String> t = new ArrayList<>();
                for (String tc : parts(target)) {
                    if (!tc.isEmpty() && !tc.equals(".")) {
                        t.add(tc);
                    }
                }
                if (target.startsWith("/")) {
                    done.clear();
                    dirs.clear();
                    dir = vfs.root();
                }
                todo.addAll(0, t);
                continue;
            }
            if (!todo.isEmpty() && !(n instanceof DirectoryNode)) {
                throw new ErrnoException(Errno.NOTDIR, path);
            }
            done.add(c);
            if (n instanceof DirectoryNode) {
                dirs.add(dir);
                dir = (DirectoryNode) n;
            }
        }
        return "/" + String.join("/", done);
    }

    // ---- paths ----

    private static final class Parent {
        final DirectoryNode dir;
        final String dirPath;
        final String name;

        Parent(DirectoryNode dir, String dirPath, String name) {
            this.dir = dir;
            this.dirPath = dirPath;
            this.name = name;
        }
    }

    /** The existing directory that holds the last component of path, and that component. */
    private Parent parent(String path) {
        List<String> cs = components(path);
        if (cs.isEmpty()) {
            // the root itself: it has no name in a parent (node reports EBUSY/EPERM/EEXIST; EINVAL is closest)
            throw new ErrnoException(Errno.INVAL, path);
        }
        String name = cs.remove(cs.size() - 1);
        String dirPath = "/" + String.join("/", cs);
        Inode d = vfs.lookup(dirPath, true);
        if (!(d instanceof DirectoryNode)) {
            throw new ErrnoException(Errno.NOTDIR, path);
        }
        return new Parent((DirectoryNode) d, dirPath, name);
    }

    /** The components of path with "." dropped and ".." applied lexically (stopping at the root). */
    static List<String> components(String path) {
        if (path.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.INVAL, "NUL in path");
        }
        List<String> out = new ArrayList<>();
        for (String c : parts(path)) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** path split at '/' (by hand: String.split would pull TeaVM's java.util.regex into the JS build). */
    private static List<String> parts(String path) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            out.add(path.substring(start, end));
            start = end + 1;
        }
        return out;
    }
}
