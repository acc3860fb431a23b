package dev.teawasi.wasi.vfs;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.abi.FileType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A directory. Entries are listed in the order they were added (a rename re-adds), and each entry carries a
 * cookie that never changes or gets reused while the directory exists: fd_readdir resumes after a cookie, so
 * entries added or removed meanwhile never make it skip or repeat the others. Cookies 1 and 2 are "." and "..".
 */
public final class DirectoryNode extends Inode {
    /** Cookie of the first real entry. */
    public static final int FIRST_ENTRY_COOKIE = 3;

    /** One name in a directory. */
    public static final class Entry {
        public final String name;
        public final Inode node;
        public final long cookie;

        Entry(String name, Inode node, long cookie) {
            this.name = name;
            this.node = node;
            this.cookie = cookie;
        }
    }

    DirectoryNode parent;
    private boolean removed;
    private final Map<String, Entry> byName = new HashMap<>();
    private final TreeMap<Long, Entry> byCookie = new TreeMap<>();
    private long nextCookie = FIRST_ENTRY_COOKIE;

    DirectoryNode(Vfs vfs, DirectoryNode parent) {
        super(vfs);
        this.parent = parent == null ? this : parent;
        this.nlink = 2;
    }

    @Override
    public int fileType() {
        return FileType.DIRECTORY;
    }

    @Override
    public long size() {
        return byName.size();
    }

    /** The directory containing this one (the root's parent is itself). */
    public DirectoryNode parent() {
        return parent;
    }

    /** True once rmdir'ed or renamed over: nothing can be created in it any more. */
    public boolean isRemoved() {
        return removed;
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    /** The inode named name, or null. */
    public Inode get(String name) {
        Entry e = byName.get(name);
        return e == null ? null : e.node;
    }

    /** Entries in listing order (a copy). */
    public List<Entry> entries() {
        return new ArrayList<>(byCookie.values());
    }

    /** The first entry whose cookie is greater than cookie, or null. */
    public Entry entryAfter(long cookie) {
        Map.Entry<Long, Entry> e = byCookie.higherEntry(cookie);
        return e == null ? null : e.getValue();
    }

    /** True when this directory is dir or one of its ancestors (walking parent links to the root). */
    public boolean isAncestorOrSelf(DirectoryNode dir) {
        DirectoryNode d = dir;
        while (true) {
            if (d == this) {
                return true;
            }
            if (d.parent == d) {
                return false;
            }
            d = d.parent;
        }
    }

    private void checkCreate(String name) {
        if (removed) {
            throw new ErrnoException(Errno.NOENT, "directory was removed");
        }
        if (byName.containsKey(name)) {
            throw new ErrnoException(Errno.EXIST, name);
        }
    }

    private void addEntry(String name, Inode node) {
        Entry e = new Entry(name, node, nextCookie++);
        byName.put(name, e);
        byCookie.put(e.cookie, e);
        if (node instanceof DirectoryNode) {
            ((DirectoryNode) node).parent = this;
            nlink++;
        } else {
            node.nlink++;
        }
        node.touchChanged();
        touchModified();
    }

    private Entry removeEntry(String name) {
        Entry e = byName.remove(name);
        byCookie.remove(e.cookie);
        if (e.node instanceof DirectoryNode) {
            nlink--;
        } else {
            e.node.nlink--;
            if (e.node.nlink == 0 && e.node instanceof FileNode) {
                ((FileNode) e.node).unlinked();
            }
        }
        e.node.touchChanged();
        touchModified();
        return e;
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.INVAL, "bad entry name '" + name + "'");
        }
    }

    public DirectoryNode mkdir(String name) {
        checkName(name);
        checkCreate(name);
        DirectoryNode d = new DirectoryNode(vfs, this);
        addEntry(name, d);
        return d;
    }

    public FileNode createFile(String name) {
        checkName(name);
        checkCreate(name);
        FileNode f = new FileNode(vfs);
        addEntry(name, f);
        return f;
    }

    public SymlinkNode symlink(String name, String target) {
        checkName(name);
        checkCreate(name);
        SymlinkNode s = new SymlinkNode(vfs, target);
        addEntry(name, s);
        return s;
    }

    /** A hard link to an existing file or symlink (directories cannot be hard-linked: EPERM). */
    public void link(String name, Inode existing) {
        checkName(name);
        if (existing instanceof DirectoryNode) {
            throw new ErrnoException(Errno.PERM, "hard link to a directory");
        }
        if (existing.vfs != vfs) {
            throw new ErrnoException(Errno.XDEV);
        }
        checkCreate(name);
        addEntry(name, existing);
    }

    /** unlink: removes a name of a file or symlink. */
    public void unlinkFile(String name) {
        Entry e = byName.get(name);
        if (e == null) {
            throw new ErrnoException(Errno.NOENT, name);
        }
        if (e.node instanceof DirectoryNode) {
            throw new ErrnoException(Errno.ISDIR, name);
        }
        removeEntry(name);
    }

    /** rmdir: removes an empty directory. */
    public void removeDirectory(String name) {
        Entry e = byName.get(name);
        if (e == null) {
            throw new ErrnoException(Errno.NOENT, name);
        }
        if (!(e.node instanceof DirectoryNode)) {
            throw new ErrnoException(Errno.NOTDIR, name);
        }
        DirectoryNode d = (DirectoryNode) e.node;
        if (!d.isEmpty()) {
            throw new ErrnoException(Errno.NOTEMPTY, name);
        }
        removeEntry(name);
        d.removed = true;
        d.nlink = 0;
    }

    /** Removes an entry whatever it is, directories recursively (host-side remove). */
    void removeRecursively(String name) {
        Entry e = byName.get(name);
        if (e == null) {
            throw new ErrnoException(Errno.NOENT, name);
        }
        if (e.node instanceof DirectoryNode) {
            DirectoryNode d = (DirectoryNode) e.node;
            for (Entry c : d.entries()) {
                d.removeRecursively(c.name);
            }
            removeDirectory(name);
        } else {
            removeEntry(name);
        }
    }

    /**
     * rename(2): moves fromDir/fromName to toDir/toName, replacing a file by a file or an empty directory by a
     * directory; renaming a directory into its own subtree is EINVAL; renaming a name onto another name of the
     * same inode does nothing.
     */
    public static void rename(DirectoryNode fromDir, String fromName, DirectoryNode toDir, String toName) {
        Entry src = fromDir.byName.get(fromName);
        if (src == null) {
            throw new ErrnoException(Errno.NOENT, fromName);
        }
        checkName(toName);
        if (toDir.removed) {
            throw new ErrnoException(Errno.NOENT, "directory was removed");
        }
        if (fromDir.vfs != toDir.vfs) {
            throw new ErrnoException(Errno.XDEV);
        }
        Entry dst = toDir.byName.get(toName);
        if (dst != null && dst.node == src.node) {
            return;
        }
        if (src.node instanceof DirectoryNode) {
            DirectoryNode moving = (DirectoryNode) src.node;
            if (moving.isAncestorOrSelf(toDir)) {
                throw new ErrnoException(Errno.INVAL, "directory into its own subtree");
            }
            if (dst != null) {
                if (!(dst.node instanceof DirectoryNode)) {
                    throw new ErrnoException(Errno.NOTDIR, toName);
                }
                if (!((DirectoryNode) dst.node).isEmpty()) {
                    throw new ErrnoException(Errno.NOTEMPTY, toName);
                }
            }
        } else if (dst != null && dst.node instanceof DirectoryNode) {
            throw new ErrnoException(Errno.ISDIR, toName);
        }
        if (dst != null) {
            if (dst.node instanceof DirectoryNode) {
                toDir.removeDirectory(toName);
            } else {
                toDir.removeEntry(toName);
            }
        }
        fromDir.removeEntry(fromName);
        toDir.addEntry(toName, src.node);
    }
}
