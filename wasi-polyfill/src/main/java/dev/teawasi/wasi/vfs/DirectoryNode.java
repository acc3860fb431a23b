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
    int defaultMode() {
        return 0755;
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

    /** Bytes an entry name counts against the Vfs's byte limit. */
    static long nameCost(String name) {
        return name.length();
    }

    /** Adds an entry whose name cost the caller has reserved. */
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
        node.linkDir = this;
        node.linkName = name;
        node.touchChanged();
        touchEntriesChanged();
        VfsListener l = vfs.listener;
        if (l != null) {
            l.created(this, name, node);
        }
    }

    /** Removes an entry, giving back its name cost, and the inode's storage once its last name is gone. */
    private Entry removeEntry(String name) {
        return removeEntry(name, false);
    }

    /** moving: the inode gets a new name right after (rename), so its storage and inode count stay. */
    private Entry removeEntry(String name, boolean moving) {
        Entry e = byName.remove(name);
        byCookie.remove(e.cookie);
        vfs.release(nameCost(name));
        if (e.node instanceof DirectoryNode) {
            nlink--;
        } else {
            e.node.nlink--;
            if (e.node.nlink == 0 && !moving) {
                if (e.node instanceof FileNode) {
                    ((FileNode) e.node).unlinked();
                } else if (e.node instanceof SymlinkNode) {
                    vfs.release(((SymlinkNode) e.node).targetCost());
                }
                vfs.releaseInode();
            }
        }
        if (e.node.linkDir == this && name.equals(e.node.linkName)) {
            e.node.linkDir = null;
            e.node.linkName = null;
        }
        e.node.touchChanged();
        touchEntriesChanged();
        VfsListener l = vfs.listener;
        if (l != null) {
            l.removed(this, name, e.node);
        }
        return e;
    }

    private static void checkName(String name) {
        if (name.isEmpty()
                || name.equals(".")
                || name.equals("..")
                || name.indexOf('/') >= 0
                || name.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.INVAL, "bad entry name '" + name + "'");
        }
    }

    public DirectoryNode mkdir(String name) {
        checkName(name);
        checkCreate(name);
        vfs.reserve(nameCost(name));
        DirectoryNode d;
        try {
            d = new DirectoryNode(vfs, this);
        } catch (ErrnoException ex) {
            vfs.release(nameCost(name));
            throw ex;
        }
        addEntry(name, d);
        return d;
    }

    public FileNode createFile(String name) {
        checkName(name);
        checkCreate(name);
        vfs.reserve(nameCost(name));
        FileNode f;
        try {
            f = new FileNode(vfs);
        } catch (ErrnoException ex) {
            vfs.release(nameCost(name));
            throw ex;
        }
        addEntry(name, f);
        return f;
    }

    public SymlinkNode symlink(String name, String target) {
        checkName(name);
        checkCreate(name);
        long cost = nameCost(name) + target.length();
        vfs.reserve(cost);
        SymlinkNode s;
        try {
            s = new SymlinkNode(vfs, target);
        } catch (ErrnoException ex) {
            vfs.release(cost);
            throw ex;
        }
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
        vfs.reserve(nameCost(name));
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
        vfs.releaseInode();
    }

    /** Removes an entry whatever it is, directories with everything in them (host-side remove; no recursion). */
    void removeRecursively(String name) {
        Entry top = byName.get(name);
        if (top == null) {
            throw new ErrnoException(Errno.NOENT, name);
        }
        if (!(top.node instanceof DirectoryNode)) {
            removeEntry(name);
            return;
        }
        // depth first with an explicit stack: empty a directory's files, descend into its subdirectories, and
        // remove a directory once it is empty
        List<DirectoryNode> stack = new ArrayList<>();
        stack.add((DirectoryNode) top.node);
        while (!stack.isEmpty()) {
            DirectoryNode d = stack.get(stack.size() - 1);
            boolean descended = false;
            for (Entry c : d.entries()) {
                if (c.node instanceof DirectoryNode) {
                    DirectoryNode cd = (DirectoryNode) c.node;
                    if (cd.isEmpty()) {
                        d.removeDirectory(c.name);
                    } else {
                        stack.add(cd);
                        descended = true;
                    }
                } else {
                    d.removeEntry(c.name);
                }
            }
            if (!descended) {
                stack.remove(stack.size() - 1);
            }
        }
        removeDirectory(name);
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
        toDir.vfs.reserve(nameCost(toName));
        if (dst != null) {
            if (dst.node instanceof DirectoryNode) {
                toDir.removeDirectory(toName);
            } else {
                toDir.removeEntry(toName);
            }
        }
        fromDir.removeEntry(fromName, true);
        toDir.addEntry(toName, src.node);
    }
}
