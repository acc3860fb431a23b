package dev.teawasi.wasi.mount;

import dev.teawasi.wasi.vfs.DirectoryNode;
import dev.teawasi.wasi.vfs.FileNode;
import dev.teawasi.wasi.vfs.Inode;
import dev.teawasi.wasi.vfs.SymlinkNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host directory's content held in a {@link DirectoryNode} of the virtual file system: {@link #load} fills the
 * directory from host entries, {@link #export} lists what is there after a run. A file that is the same inode at
 * the same path with no write or truncation since it was loaded is exported without content, so the host rewrites
 * only what the guest changed. (A write counter, not change times: the clock may not tick between loading and a
 * quick write; and no copy of the loaded bytes is kept.) File content moves in pieces both ways ({@link
 * FileContent}), so a file never has to fit in one array. Portable (runs under TeaVM too): the host side (java.nio
 * on the JVM, node:fs in JS) does the I/O.
 */
public final class MountedTree {
    private final DirectoryNode root;
    /** path -> inode and content as loaded. */
    private final Map<String, Inode> loadedNodes = new HashMap<>();
    /** path -> the file's change count right after loading. */
    private final Map<String, Long> loadedChanges = new HashMap<>();
    /** Bytes copied per read when loading content. */
    private static final int COPY_BUFFER = 1 << 20;

    private MountedTree(DirectoryNode root) {
        this.root = root;
    }

    public DirectoryNode root() {
        return root;
    }

    /**
     * Creates the entries under root (which should be empty). Parents come before children; a hardLink entry
     * links to the earlier entry. Throws the Vfs's ErrnoException for an impossible tree (e.g. a missing parent).
     */
    public static MountedTree load(DirectoryNode root, List<TreeEntry> entries) {
        MountedTree t = new MountedTree(root);
        Map<String, Inode> byPath = new HashMap<>();
        List<Inode> dirs = new ArrayList<>();
        List<TreeEntry> dirEntries = new ArrayList<>();
        for (TreeEntry e : entries) {
            int slash = e.path.lastIndexOf('/');
            DirectoryNode parent = slash < 0 ? root : (DirectoryNode) byPath.get(e.path.substring(0, slash));
            if (parent == null) {
                throw new IllegalArgumentException("mount entry " + e.path + " comes before its directory");
            }
            String name = e.path.substring(slash + 1);
            Inode n;
            if (e.linkTo != null) {
                n = byPath.get(e.linkTo);
                if (n == null) {
                    throw new IllegalArgumentException("mount entry " + e.path + " links to unknown " + e.linkTo);
                }
                parent.link(name, n);
            } else if (e.kind == TreeEntry.Kind.DIRECTORY) {
                n = parent.mkdir(name);
                dirs.add(n);
                dirEntries.add(e);
            } else if (e.kind == TreeEntry.Kind.SYMLINK) {
                n = parent.symlink(name, e.target);
                n.setTimes(e.atimNanos, e.mtimNanos);
            } else {
                FileNode f = parent.createFile(name);
                if (e.content != null) {
                    copyIn(e.content, f);
                }
                f.setTimes(e.atimNanos, e.mtimNanos);
                t.loadedChanges.put(e.path, f.changeCount());
                n = f;
            }
            byPath.put(e.path, n);
        }
        // Directory times last: creating their children moved them.
        for (int i = 0; i < dirs.size(); i++) {
            dirs.get(i).setTimes(dirEntries.get(i).atimNanos, dirEntries.get(i).mtimNanos);
        }
        t.loadedNodes.putAll(byPath);
        return t;
    }

    /** Copies content into the file piece by piece (it may be larger than one array). */
    private static void copyIn(FileContent content, FileNode f) {
        long size = content.size();
        byte[] buf = new byte[(int) Math.min(COPY_BUFFER, Math.max(0, size))];
        long pos = 0;
        while (pos < size) {
            int n = content.read(pos, buf, 0, (int) Math.min(buf.length, size - pos));
            if (n <= 0) {
                break; // the source got shorter while it was read: keep what was there
            }
            f.write(pos, buf, 0, n);
            pos += n;
        }
    }

    /** The tree as it is now, parents before children, names sorted; unchanged files carry no content. */
    public List<TreeEntry> export() {
        List<TreeEntry> out = new ArrayList<>();
        exportDir(root, "", out, new IdentityHashMap<>());
        return out;
    }

    private void exportDir(DirectoryNode dir, String prefix, List<TreeEntry> out, Map<Inode, String> seen) {
        List<String> names = new ArrayList<>();
        for (DirectoryNode.Entry e : dir.entries()) {
            names.add(e.name);
        }
        Collections.sort(names);
        for (String name : names) {
            Inode n = dir.get(name);
            String path = prefix + name;
            if (n instanceof DirectoryNode) {
                out.add(TreeEntry.directory(path, n.atim(), n.mtim()));
                exportDir((DirectoryNode) n, path + "/", out, seen);
                continue;
            }
            TreeEntry.Kind kind = n instanceof SymlinkNode ? TreeEntry.Kind.SYMLINK : TreeEntry.Kind.FILE;
            String first = seen.get(n);
            if (first != null) {
                out.add(TreeEntry.hardLink(path, kind, first));
                continue;
            }
            seen.put(n, path);
            if (kind == TreeEntry.Kind.SYMLINK) {
                out.add(TreeEntry.symlink(path, ((SymlinkNode) n).target(), n.atim(), n.mtim()));
            } else {
                FileNode f = (FileNode) n;
                Long before = loadedNodes.get(path) == n ? loadedChanges.get(path) : null;
                boolean same = before != null && before == f.changeCount();
                out.add(TreeEntry.file(path, same ? null : contentOf(f), n.atim(), n.mtim()));
            }
        }
    }

    /** A live view of a file's bytes (read after the run, while nothing writes to it). */
    private static FileContent contentOf(FileNode f) {
        return new FileContent() {
            @Override
            public long size() {
                return f.size();
            }

            @Override
            public int read(long pos, byte[] dst, int off, int len) {
                return f.read(pos, dst, off, len);
            }
        };
    }
}
