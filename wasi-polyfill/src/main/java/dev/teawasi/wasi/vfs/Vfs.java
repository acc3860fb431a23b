package dev.teawasi.wasi.vfs;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.host.Clock;
import dev.teawasi.wasi.host.SystemClock;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory file system: one tree of {@link DirectoryNode}s, {@link FileNode}s and {@link SymlinkNode}s with
 * one device number. The host-side methods below take '/'-separated paths from the root (a leading '/' is
 * optional; ".." stops at the root; symlinks in the middle of a path are followed within this Vfs) and throw
 * {@link ErrnoException} on failure. The guest never sees these paths: it reaches the tree only through the
 * preopened directories and the sandboxed resolver.
 */
public final class Vfs {
    private static final int MAX_SYMLINKS = 40;
    private static long nextDevice = 1;

    private final long device;
    private long nextIno = 1;
    private Clock clock;
    private final DirectoryNode root;
    private VfsLimits limits = VfsLimits.DEFAULT;
    private long used;
    private long inodes;
    /** Null while nobody listens (the common case: one null check per change); a fan-out for several. */
    VfsListener listener;

    private final List<VfsListener> listeners = new ArrayList<>();
    /** Files whose content is not loaded yet, by pending id (see {@link #addPendingFile}); null while there are none. */
    private java.util.HashMap<Integer, FileNode> pending;

    private int nextPendingId = 1;
    /** The pending id of the last access that needed a load (see {@link #takeAwaitedLoad}), else 0. */
    private int awaitedLoad;

    public Vfs() {
        this(new SystemClock());
    }

    public Vfs(Clock clock) {
        this.clock = clock;
        this.device = nextDevice++;
        this.root = new DirectoryNode(this, null);
    }

    /** A file system with these limits instead of the defaults. */
    public Vfs(Clock clock, VfsLimits limits) {
        this(clock);
        setLimits(limits);
    }

    public DirectoryNode root() {
        return root;
    }

    public long device() {
        return device;
    }

    /** The clock stamping atim/mtim/ctim (WasiProcess sets the run's clock here). */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * What this file system may hold (default {@link VfsLimits#DEFAULT}). Growth beyond a limit fails with ENOSPC
     * instead of exhausting the host's memory; lowering a limit below today's use only stops further growth.
     */
    public void setLimits(VfsLimits limits) {
        if (limits == null) {
            throw new IllegalArgumentException("limits must not be null");
        }
        this.limits = limits;
    }

    public VfsLimits limits() {
        return limits;
    }

    /** Shorthand for {@code setLimits(limits().withMaxBytes(bytes))}. */
    public void setCapacity(long bytes) {
        setLimits(limits.withMaxBytes(bytes));
    }

    public long capacity() {
        return limits.maxBytes();
    }

    /** Bytes counted against {@link VfsLimits#maxBytes()} now: file storage, entry names, symlink targets. */
    public long usedBytes() {
        return used;
    }

    /** Inodes alive now (files, directories and symlinks with a name, the root included). */
    public long usedInodes() {
        return inodes;
    }

    void reserve(long bytes) {
        if (bytes > limits.maxBytes() - used) {
            throw new ErrnoException(Errno.NOSPC, "file system full (limit " + limits.maxBytes() + " bytes)");
        }
        used += bytes;
    }

    void release(long bytes) {
        used = Math.max(0, used - bytes);
    }

    /** Counts a new inode (called by the Inode constructor before anything else). */
    long nextIno() {
        if (inodes >= limits.maxInodes()) {
            throw new ErrnoException(Errno.NOSPC, "file system full (limit " + limits.maxInodes() + " inodes)");
        }
        inodes++;
        return nextIno++;
    }

    void releaseInode() {
        inodes = Math.max(0, inodes - 1);
    }

    // ---- files whose content is loaded on demand ----

    /**
     * Host side: creates (or replaces) the regular file at path with size bytes whose content is kept elsewhere
     * (a persistent directory's storage) and not loaded yet. Stat sees the size; anything that reads or changes the
     * content (opening it without O_TRUNC, reading, appending) throws {@link Errno#WOULD_BLOCK} and records the
     * returned id for {@link #takeAwaitedLoad}, until {@link #fillPending} supplies the content. Replacing the
     * whole content (truncating to 0) needs no load. The bytes count against the limits once loaded.
     */
    public int addPendingFile(String path, long size) {
        if (size < 0 || size > FileNode.MAX_SIZE) {
            throw new ErrnoException(Errno.FBIG, path);
        }
        FileNode f = writeFile(path, new byte[0]);
        if (pending == null) {
            pending = new java.util.HashMap<>();
        }
        int id = nextPendingId++;
        f.pendingId = id;
        f.loadErrno = 0;
        f.size = size;
        pending.put(id, f);
        return id;
    }

    /**
     * Host side: the content of pending file id; false when it needs none any more (removed, or replaced). The
     * content goes in without a change event and keeps the file's times. ENOSPC when it exceeds the limits.
     */
    public boolean fillPending(int id, byte[] data) {
        FileNode f = pending == null ? null : pending.get(id);
        if (f == null || f.pendingId != id) {
            return false;
        }
        f.fill(data);
        pending.remove(id);
        return true;
    }

    /** Host side: loading pending file id failed; the next access of it gets errno once (then it may retry). */
    public void failPending(int id, int errno) {
        FileNode f = pending == null ? null : pending.get(id);
        if (f != null) {
            f.loadErrno = errno;
        }
    }

    /** The pending id an access last found not loaded (0 when none), and forgets it. */
    public int takeAwaitedLoad() {
        int id = awaitedLoad;
        awaitedLoad = 0;
        return id;
    }

    /** A path of pending file id now (it may have been renamed), or null when it is no longer pending or has no name. */
    public String pendingPath(int id) {
        FileNode f = pending == null ? null : pending.get(id);
        return f == null ? null : pathOf(f);
    }

    /** The ids of the files that are pending now. */
    public int[] pendingIds() {
        if (pending == null) {
            return new int[0];
        }
        int[] ids = new int[pending.size()];
        int i = 0;
        for (Integer id : pending.keySet()) {
            ids[i++] = id;
        }
        return ids;
    }

    void needLoad(FileNode f) {
        int e = f.loadErrno;
        if (e != 0) {
            f.loadErrno = 0;
            throw new ErrnoException(e, "loading the file's content failed");
        }
        awaitedLoad = f.pendingId;
        throw new ErrnoException(Errno.WOULD_BLOCK, "the file's content is not loaded yet");
    }

    void dropPending(FileNode f) {
        if (pending != null) {
            pending.remove(f.pendingId);
        }
        f.pendingId = 0;
        f.loadErrno = 0;
    }

    // ---- change listeners ----

    /**
     * Registers a listener for every later change (see {@link VfsListener}). Listeners are called in the order
     * added; one that throws does not stop the operation (the exception is dropped: the change already happened).
     */
    public void addListener(VfsListener l) {
        if (l == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
        listeners.add(l);
        updateListener();
    }

    public void removeListener(VfsListener l) {
        listeners.remove(l);
        updateListener();
    }

    private void updateListener() {
        if (listeners.isEmpty()) {
            listener = null;
        } else if (listeners.size() == 1) {
            listener = new Guarded(listeners.get(0));
        } else {
            final VfsListener[] all = listeners.toArray(new VfsListener[0]);
            listener = new VfsListener() {
                @Override
                public void created(DirectoryNode dir, String name, Inode node) {
                    for (VfsListener l : all) {
                        try {
                            l.created(dir, name, node);
                        } catch (RuntimeException e) {
                            // see addListener
                        }
                    }
                }

                @Override
                public void removed(DirectoryNode dir, String name, Inode node) {
                    for (VfsListener l : all) {
                        try {
                            l.removed(dir, name, node);
                        } catch (RuntimeException e) {
                            // see addListener
                        }
                    }
                }

                @Override
                public void modified(Inode node) {
                    for (VfsListener l : all) {
                        try {
                            l.modified(node);
                        } catch (RuntimeException e) {
                            // see addListener
                        }
                    }
                }
            };
        }
    }

    private static final class Guarded implements VfsListener {
        private final VfsListener l;

        Guarded(VfsListener l) {
            this.l = l;
        }

        @Override
        public void created(DirectoryNode dir, String name, Inode node) {
            try {
                l.created(dir, name, node);
            } catch (RuntimeException e) {
                // see addListener
            }
        }

        @Override
        public void removed(DirectoryNode dir, String name, Inode node) {
            try {
                l.removed(dir, name, node);
            } catch (RuntimeException e) {
                // see addListener
            }
        }

        @Override
        public void modified(Inode node) {
            try {
                l.modified(node);
            } catch (RuntimeException e) {
                // see addListener
            }
        }
    }

    /**
     * A path ("/a/b") by which node is reachable from the root now, or null when it has no name any more (removed,
     * or an unlinked file kept open). For a file with several hard links: the name it got most recently that
     * still exists.
     */
    public String pathOf(Inode node) {
        List<String> names = new ArrayList<>();
        Inode cur = node;
        while (cur != root) {
            if (cur.linkDir == null) {
                if (cur.nlink <= 0 || cur instanceof DirectoryNode || !findName(cur)) {
                    return null;
                }
            }
            names.add(cur.linkName);
            cur = cur.linkDir;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = names.size() - 1; i >= 0; i--) {
            sb.append('/').append(names.get(i));
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    /** Finds another name of a hard-linked file whose remembered name was removed (a tree walk; rare). */
    private boolean findName(Inode target) {
        List<DirectoryNode> todo = new ArrayList<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            DirectoryNode d = todo.remove(todo.size() - 1);
            for (DirectoryNode.Entry e : d.entries()) {
                if (e.node == target) {
                    target.linkDir = d;
                    target.linkName = e.name;
                    return true;
                }
                if (e.node instanceof DirectoryNode) {
                    todo.add((DirectoryNode) e.node);
                }
            }
        }
        return false;
    }

    /** Now, for timestamps. */
    public long now() {
        return clock.realtimeNanos();
    }

    // ---- host-side API ----

    /** Creates the directory and any missing parents; returns it. */
    public DirectoryNode mkdirs(String path) {
        DirectoryNode dir = root;
        for (String c : split(path)) {
            if (c.equals("..")) {
                dir = dir.parent;
                continue;
            }
            Inode n = follow(dir, dir.get(c), 0);
            if (n == null) {
                dir = dir.mkdir(c);
            } else if (n instanceof DirectoryNode) {
                dir = (DirectoryNode) n;
            } else {
                throw new ErrnoException(Errno.NOTDIR, path);
            }
        }
        return dir;
    }

    /** Creates or replaces a regular file (creating missing parent directories). */
    public FileNode writeFile(String path, byte[] data) {
        Parent p = parent(path, true);
        Inode n = p.dir.get(p.name);
        FileNode f;
        if (n == null) {
            f = p.dir.createFile(p.name);
        } else if (n instanceof FileNode) {
            f = (FileNode) n;
            f.truncate(0);
        } else {
            throw new ErrnoException(n instanceof DirectoryNode ? Errno.ISDIR : Errno.EXIST, path);
        }
        f.write(0, data, 0, data.length);
        return f;
    }

    /** The content of a regular file (following symlinks). */
    public byte[] readFile(String path) {
        Inode n = lookup(path, true);
        if (n instanceof DirectoryNode) {
            throw new ErrnoException(Errno.ISDIR, path);
        }
        if (!(n instanceof FileNode)) {
            throw new ErrnoException(Errno.INVAL, path);
        }
        return ((FileNode) n).readAll();
    }

    /** Entry names of a directory, in listing order (creation order, see {@link DirectoryNode}). */
    public List<String> list(String path) {
        Inode n = lookup(path, true);
        if (!(n instanceof DirectoryNode)) {
            throw new ErrnoException(Errno.NOTDIR, path);
        }
        List<String> names = new ArrayList<>();
        for (DirectoryNode.Entry e : ((DirectoryNode) n).entries()) {
            names.add(e.name);
        }
        return names;
    }

    /** Attributes, following a final symlink. */
    public VfsStat stat(String path) {
        return lookup(path, true).stat();
    }

    /** Attributes of the path itself (a final symlink is not followed). */
    public VfsStat lstat(String path) {
        return lookup(path, false).stat();
    }

    public boolean exists(String path) {
        try {
            lookup(path, false);
            return true;
        } catch (ErrnoException e) {
            return false;
        }
    }

    /** Creates a symlink at path with this target (stored as written, never interpreted here). */
    public SymlinkNode symlink(String target, String path) {
        Parent p = parent(path, true);
        return p.dir.symlink(p.name, target);
    }

    public String readlink(String path) {
        Inode n = lookup(path, false);
        if (!(n instanceof SymlinkNode)) {
            throw new ErrnoException(Errno.INVAL, "not a symlink: " + path);
        }
        return ((SymlinkNode) n).target();
    }

    /** A second name for an existing file. */
    public void link(String existingPath, String newPath) {
        Inode n = lookup(existingPath, false);
        Parent p = parent(newPath, false);
        p.dir.link(p.name, n);
    }

    public void rename(String fromPath, String toPath) {
        Parent from = parent(fromPath, false);
        Parent to = parent(toPath, false);
        DirectoryNode.rename(from.dir, from.name, to.dir, to.name);
    }

    /** Sets the access and modification times (ns since the epoch) of path itself (a symlink is not followed). */
    public void setTimes(String path, long atim, long mtim) {
        lookup(path, false).setTimes(atim, mtim);
    }

    /** Removes a file, symlink, or a directory with everything in it. */
    public void remove(String path) {
        Parent p = parent(path, false);
        p.dir.removeRecursively(p.name);
    }

    /** The inode at path. */
    public Inode lookup(String path, boolean followLast) {
        Inode n = root;
        List<String> cs = split(path);
        for (int i = 0; i < cs.size(); i++) {
            String c = cs.get(i);
            if (!(n instanceof DirectoryNode)) {
                throw new ErrnoException(Errno.NOTDIR, path);
            }
            DirectoryNode dir = (DirectoryNode) n;
            if (c.equals("..")) {
                n = dir.parent;
                continue;
            }
            Inode child = dir.get(c);
            if (child == null) {
                throw new ErrnoException(Errno.NOENT, path);
            }
            n = (i < cs.size() - 1 || followLast) ? follow(dir, child, 0) : child;
            if (n == null) {
                throw new ErrnoException(Errno.NOENT, path);
            }
        }
        return n;
    }

    /** Follows symlinks (relative to dir; absolute targets from this Vfs's root); null when dangling. */
    private Inode follow(DirectoryNode dir, Inode n, int depth) {
        if (!(n instanceof SymlinkNode)) {
            return n;
        }
        if (depth >= MAX_SYMLINKS) {
            throw new ErrnoException(Errno.LOOP);
        }
        String target = ((SymlinkNode) n).target();
        Inode cur = target.startsWith("/") ? root : dir;
        for (String c : split(target)) {
            if (!(cur instanceof DirectoryNode)) {
                return null;
            }
            DirectoryNode d = (DirectoryNode) cur;
            if (c.equals("..")) {
                cur = d.parent;
                continue;
            }
            cur = follow(d, d.get(c), depth + 1);
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    private static final class Parent {
        final DirectoryNode dir;
        final String name;

        Parent(DirectoryNode dir, String name) {
            this.dir = dir;
            this.name = name;
        }
    }

    private Parent parent(String path, boolean createParents) {
        List<String> cs = split(path);
        if (cs.isEmpty()) {
            throw new ErrnoException(Errno.INVAL, "no file name in '" + path + "'");
        }
        String name = cs.remove(cs.size() - 1);
        if (name.equals("..")) {
            throw new ErrnoException(Errno.INVAL, "no file name in '" + path + "'");
        }
        String dirPath = String.join("/", cs);
        Inode d = createParents ? mkdirs(dirPath) : lookup(dirPath, true);
        if (!(d instanceof DirectoryNode)) {
            throw new ErrnoException(Errno.NOTDIR, path);
        }
        return new Parent((DirectoryNode) d, name);
    }

    private static List<String> split(String path) {
        if (path.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.INVAL, "NUL in path");
        }
        // by hand: String.split would pull TeaVM's whole java.util.regex (~40 KB gzip) into the JS build
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            String c = path.substring(start, end);
            if (!c.isEmpty() && !c.equals(".")) {
                out.add(c);
            }
            start = end + 1;
        }
        return out;
    }
}
