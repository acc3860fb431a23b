package dev.teawasi.wasi.vfs;

import java.util.ArrayList;
import java.util.List;

/**
 * Records a Vfs's changes as (type, path, file type) for delivery later (a host drains it outside the operation
 * that caused them, e.g. in a microtask). Bounded: beyond maxPending undrained changes, further ones are dropped and
 * {@link #drainOverflowed()} reports it once, so a host can rescan instead. Repeated modifications of the same inode
 * with nothing in between are recorded once (a guest appending a million times makes one change per drain).
 */
public final class VfsChangeQueue implements VfsListener {
    public static final int CREATE = 0;
    public static final int MODIFY = 1;
    public static final int DELETE = 2;

    /** One recorded change. */
    public static final class Change {
        public final int type;
        /** Absolute path ("/a/b") at the time of the change. */
        public final String path;
        /** A WASI filetype constant of the inode. */
        public final int fileType;

        Change(int type, String path, int fileType) {
            this.type = type;
            this.path = path;
            this.fileType = fileType;
        }

        @Override
        public String toString() {
            return (type == CREATE ? "create " : type == MODIFY ? "modify " : "delete ") + path;
        }
    }

    private final Vfs vfs;
    private final int maxPending;
    private final Runnable onFirst;
    private List<Change> pending = new ArrayList<>();
    private Inode lastModified;
    private boolean overflowed;
    private boolean attached;

    /** onFirst (may be null) runs when a change arrives while nothing is pending: schedule a drain there. */
    public VfsChangeQueue(Vfs vfs, int maxPending, Runnable onFirst) {
        this.vfs = vfs;
        this.maxPending = maxPending;
        this.onFirst = onFirst;
    }

    /** Starts recording (registers with the Vfs). */
    public void attach() {
        if (!attached) {
            vfs.addListener(this);
            attached = true;
        }
    }

    /** Stops recording; pending changes stay until drained. */
    public void detach() {
        if (attached) {
            vfs.removeListener(this);
            attached = false;
        }
    }

    /** The changes recorded since the last drain, oldest first. */
    public List<Change> drain() {
        List<Change> out = pending;
        pending = new ArrayList<>();
        lastModified = null;
        return out;
    }

    /** True once after changes were dropped because too many were pending. */
    public boolean drainOverflowed() {
        boolean o = overflowed;
        overflowed = false;
        return o;
    }

    @Override
    public void created(DirectoryNode dir, String name, Inode node) {
        lastModified = null;
        add(CREATE, dir, name, node);
    }

    @Override
    public void removed(DirectoryNode dir, String name, Inode node) {
        lastModified = null;
        add(DELETE, dir, name, node);
    }

    @Override
    public void modified(Inode node) {
        if (node == lastModified) {
            return;
        }
        String path = vfs.pathOf(node);
        if (path == null) {
            return;
        }
        if (push(new Change(MODIFY, path, node.fileType()))) {
            lastModified = node;
        }
    }

    private void add(int type, DirectoryNode dir, String name, Inode node) {
        String d = vfs.pathOf(dir);
        if (d == null) {
            return;
        }
        push(new Change(type, d.equals("/") ? "/" + name : d + "/" + name, node.fileType()));
    }

    private boolean push(Change c) {
        if (pending.size() >= maxPending) {
            overflowed = true;
            return false;
        }
        pending.add(c);
        if (pending.size() == 1 && onFirst != null) {
            onFirst.run();
        }
        return true;
    }
}
