package dev.teawasi.web;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.abi.FileType;
import dev.teawasi.wasi.vfs.DirectoryNode;
import dev.teawasi.wasi.vfs.NodeFs;
import dev.teawasi.wasi.vfs.Vfs;
import dev.teawasi.wasi.vfs.VfsChangeQueue;
import dev.teawasi.wasi.vfs.VfsLimits;
import dev.teawasi.wasi.vfs.VfsStat;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The core of {@code teawasi.FileSystem} (web/src/main/js/filesystem.js): one {@link Vfs} with node:fs operations
 * ({@link NodeFs}). Paths arrive normalized by the JS layer ("/a/b"). A failed operation throws a JS Error whose
 * {@code code} is the errno name ("ENOENT"); filesystem.js turns it into node's error shape. Other bridges (the
 * WASI class) reach the Vfs of a FileSystem through {@link #vfs()}: JS passes them the object that
 * {@code coreOf(fs)} in filesystem.js returns.
 */
public final class FileSystemJs {
    private static final int MAX_PENDING_CHANGES = 10_000;

    private final Vfs vfs;
    private final NodeFs ops;
    private VfsChangeQueue changes;

    /** Called (with no arguments) when a change is recorded while none was pending: drain soon. */
    @JSFunctor
    public interface Notify extends JSObject {
        void notifyChanges();
    }

    FileSystemJs() {
        vfs = new Vfs(new JsSystemClock());
        ops = new NodeFs(vfs);
    }

    /** The Vfs behind this FileSystem (for the other bridges of the web module). */
    public Vfs vfs() {
        return vfs;
    }

    @JSExport
    public Uint8Array readFile(String path) {
        try {
            return JsBytes.toJs(ops.readFile(path));
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public void writeFile(String path, Uint8Array data, boolean append, boolean exclusive) {
        try {
            ops.writeFile(path, JsBytes.toJava(data), append, exclusive);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public String mkdir(String path, boolean recursive) {
        try {
            return ops.mkdir(path, recursive);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    /** [name, kind, name, kind, ...] with kind 'file' | 'dir' | 'symlink'. */
    @JSExport
    public JSArray<JSObject> readdir(String path) {
        try {
            List<DirectoryNode.Entry> entries = ops.readdir(path);
            JSArray<JSObject> out = JSArray.create();
            for (DirectoryNode.Entry e : entries) {
                push(out, e.name, kind(e.node.fileType()));
            }
            return out;
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    /** {kind, dev, ino, nlink, size, mode, atimeNs, mtimeNs, ctimeNs} (times as decimal strings). */
    @JSExport
    public JSObject stat(String path, boolean follow) {
        try {
            VfsStat s = follow ? ops.stat(path) : ops.lstat(path);
            return stat(
                    kind(s.fileType),
                    s.dev,
                    s.ino,
                    s.nlink,
                    s.size,
                    s.mode,
                    Long.toString(s.atim),
                    Long.toString(s.mtim),
                    Long.toString(s.ctim));
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public boolean exists(String path) {
        try {
            return ops.exists(path);
        } catch (ErrnoException e) {
            return false;
        }
    }

    @JSExport
    public void rm(String path, boolean recursive, boolean force) {
        try {
            ops.rm(path, recursive, force);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public void rmdir(String path) {
        try {
            ops.rmdir(path);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public void unlink(String path) {
        try {
            ops.unlink(path);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public void rename(String from, String to) {
        try {
            ops.rename(from, to);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public void symlink(String target, String path) {
        try {
            ops.symlink(target, path);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public String readlink(String path) {
        try {
            return ops.readlink(path);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public void link(String existing, String newPath) {
        try {
            ops.link(existing, newPath);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public void chmod(String path, int mode, boolean follow) {
        try {
            ops.chmod(path, mode, follow);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    /** Times in ns since the epoch as decimal strings (a double loses nanoseconds). */
    @JSExport
    public void utimes(String path, String atimeNs, String mtimeNs, boolean follow) {
        long a;
        long m;
        try {
            a = Long.parseLong(atimeNs);
            m = Long.parseLong(mtimeNs);
        } catch (NumberFormatException e) {
            throw JsErrors.error("TypeError", "times must be integers (ns), got " + atimeNs + ", " + mtimeNs);
        }
        try {
            ops.utimes(path, a, m, follow);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public void truncate(String path, double size) {
        try {
            ops.truncate(path, (long) size);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public void copyFile(String src, String dst, boolean exclusive) {
        try {
            ops.copyFile(src, dst, exclusive);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    @JSExport
    public String realpath(String path) {
        try {
            return ops.realpath(path);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    /** Sets the limits (a negative number keeps the current value of that limit). */
    @JSExport
    public void setLimits(double maxBytes, double maxInodes) {
        VfsLimits l = vfs.limits();
        try {
            if (maxBytes >= 0) {
                l = l.withMaxBytes(maxBytes >= 9.2e18 ? Long.MAX_VALUE : (long) maxBytes);
            }
            if (maxInodes >= 0) {
                l = l.withMaxInodes(maxInodes >= 9.2e18 ? Long.MAX_VALUE : (long) maxInodes);
            }
        } catch (IllegalArgumentException e) {
            throw JsErrors.error("RangeError", e.getMessage());
        }
        vfs.setLimits(l);
    }

    /** {usedBytes, usedInodes, maxBytes, maxInodes} (Infinity for no limit). */
    @JSExport
    public JSObject usage() {
        VfsLimits l = vfs.limits();
        return usage(vfs.usedBytes(), vfs.usedInodes(), limit(l.maxBytes()), limit(l.maxInodes()));
    }

    private static double limit(long v) {
        return v == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : v;
    }

    /** Starts recording changes; notify() is called when changes become pending after a drain. */
    @JSExport
    public void watchChanges(Notify notify) {
        if (changes == null) {
            changes = new VfsChangeQueue(vfs, MAX_PENDING_CHANGES, notify::notifyChanges);
        }
        changes.attach();
    }

    @JSExport
    public void unwatchChanges() {
        if (changes != null) {
            changes.detach();
            changes.drain();
        }
    }

    /** [type, path, kind, ...] (type 'create' | 'modify' | 'delete'), and 'overflow', '/', '' if some were dropped. */
    @JSExport
    public JSArray<JSObject> takeChanges() {
        JSArray<JSObject> out = JSArray.create();
        if (changes == null) {
            return out;
        }
        for (VfsChangeQueue.Change c : changes.drain()) {
            push3(
                    out,
                    c.type == VfsChangeQueue.CREATE ? "create" : c.type == VfsChangeQueue.MODIFY ? "modify" : "delete",
                    c.path,
                    kind(c.fileType));
        }
        if (changes.drainOverflowed()) {
            push3(out, "overflow", "/", "");
        }
        return out;
    }

    // ---- files whose content is loaded on demand (persistent.js; see Vfs.addPendingFile) ----

    /** Creates or replaces the file at path as pending: size bytes kept in storage; returns its pending id. */
    @JSExport
    public int addPendingFile(String path, double size) {
        try {
            return vfs.addPendingFile(path, (long) size);
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    /** The loaded content of pending file id; false when it needs none any more. Throws ENOSPC beyond the limits. */
    @JSExport
    public boolean fillPending(int id, Uint8Array data) {
        try {
            return vfs.fillPending(id, JsBytes.toJava(data));
        } catch (ErrnoException e) {
            throw errno(e);
        }
    }

    /** Loading pending file id failed: the guest's next access gets ENOSPC (nospc) or EIO, once. */
    @JSExport
    public void failPending(int id, boolean nospc) {
        vfs.failPending(id, nospc ? Errno.NOSPC : Errno.IO);
    }

    /** The pending id whose content an operation last needed (0: none), once. */
    @JSExport
    public int takeAwaitedLoad() {
        return vfs.takeAwaitedLoad();
    }

    /** A path of pending file id now, or null when it is loaded or gone. */
    @JSExport
    public String pendingPath(int id) {
        return vfs.pendingPath(id);
    }

    /** The ids of the files pending now. */
    @JSExport
    public JSArray<JSObject> pendingIds() {
        JSArray<JSObject> out = JSArray.create();
        for (int id : vfs.pendingIds()) {
            pushInt(out, id);
        }
        return out;
    }

    @JSBody(
            params = {"a", "x"},
            script = "a.push(x);")
    private static native void pushInt(JSArray<JSObject> a, int x);

    private static String kind(int fileType) {
        return fileType == FileType.DIRECTORY ? "dir" : fileType == FileType.SYMBOLIC_LINK ? "symlink" : "file";
    }

    private static RuntimeException errno(ErrnoException e) {
        String code = Errno.name(e.errno());
        throwErrno(code, e.getMessage());
        return e;
    }

    @JSBody(
            params = {"code", "detail"},
            script = "var e = new Error(detail); e.code = code; e.teawasiErrno = true;" + " throw e;")
    private static native void throwErrno(String code, String detail);

    @JSBody(
            params = {"a", "name", "kind"},
            script = "a.push(name, kind);")
    private static native void push(JSArray<JSObject> a, String name, String kind);

    @JSBody(
            params = {"a", "x", "y", "z"},
            script = "a.push(x, y, z);")
    private static native void push3(JSArray<JSObject> a, String x, String y, String z);

    @JSBody(
            params = {"kind", "dev", "ino", "nlink", "size", "mode", "atimeNs", "mtimeNs", "ctimeNs"},
            script = "return {kind: kind, dev: dev, ino: ino, nlink: nlink, size: size, mode: mode,"
                    + " atimeNs: atimeNs, mtimeNs: mtimeNs, ctimeNs: ctimeNs};")
    private static native JSObject stat(
            String kind,
            double dev,
            double ino,
            double nlink,
            double size,
            int mode,
            String atimeNs,
            String mtimeNs,
            String ctimeNs);

    @JSBody(
            params = {"usedBytes", "usedInodes", "maxBytes", "maxInodes"},
            script = "return {usedBytes: usedBytes, usedInodes: usedInodes, maxBytes: maxBytes, maxInodes: maxInodes};")
    private static native JSObject usage(double usedBytes, double usedInodes, double maxBytes, double maxInodes);
}
