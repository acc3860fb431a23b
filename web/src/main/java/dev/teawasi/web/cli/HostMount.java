package dev.teawasi.web.cli;

import dev.teawasi.wasi.mount.FileContent;
import dev.teawasi.wasi.mount.TreeEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A host directory given with --dir: read into {@link TreeEntry}s before the run (up to a size limit; file bytes
 * are read in pieces while the tree is loaded), remembering what each path held (kind, size, mtime) so that
 * {@link MountWriteBack} can tell what the host changed during the run. Every host path touched is the mount
 * root plus a relative path whose every directory component is checked to be a real directory (never a symlink)
 * first, so nothing can be redirected outside the mount. Sockets, fifos and devices are not loaded. The same code
 * on the JVM and on node; only {@link HostFiles} differs.
 */
public final class HostMount {
    public final HostFiles files;
    /** The canonical host path of the directory. */
    public final String root;

    public final String guestPath;
    private final List<TreeEntry> loaded = new ArrayList<>();
    private final Map<String, HostState> loadedState = new HashMap<>();
    private long bytes;

    private HostMount(HostFiles files, String root, String guestPath) {
        this.files = files;
        this.root = root;
        this.guestPath = guestPath;
    }

    /** What a host path holds: kind ('d', 'f', 'l', or 'o' for anything else), size, mtime, symlink target. */
    static final class HostState {
        final char kind;
        final long size;
        final long mtimNanos;
        final String target;

        private HostState(char kind, long size, long mtimNanos, String target) {
            this.kind = kind;
            this.size = size;
            this.mtimNanos = mtimNanos;
            this.target = target;
        }

        /** The state of p now (never following a symlink), or null when nothing is there. */
        static HostState of(HostFiles files, String p) throws HostFileException {
            HostStat a = files.lstat(p);
            if (a == null) {
                return null;
            }
            String target = a.kind == 'l' ? files.readlink(p) : null;
            // a directory's size and mtime move whenever an entry inside changes: only its kind matters
            return a.kind == 'd' ? new HostState('d', 0, 0, null) : new HostState(a.kind, a.size, a.mtimNanos, target);
        }

        static boolean same(HostState x, HostState y) {
            return x == null
                    ? y == null
                    : y != null
                            && x.kind == y.kind
                            && x.size == y.size
                            && x.mtimNanos == y.mtimNanos
                            && (x.target == null ? y.target == null : x.target.equals(y.target));
        }
    }

    /**
     * Reads the directory; throws HostFileException with a one-line message when it cannot (or holds more than
     * limitBytes of files; limitHint says how to raise the limit).
     */
    public static HostMount read(HostFiles files, String hostDir, String guestPath, long limitBytes, String limitHint)
            throws HostFileException {
        String real;
        try {
            real = files.realpath(hostDir);
            HostStat st = files.lstat(real);
            if (st == null || st.kind != 'd') {
                real = null;
            }
        } catch (HostFileException e) {
            real = null;
        }
        if (real == null) {
            throw new HostFileException("ENOTDIR", "--dir " + hostDir + ": not a directory");
        }
        HostMount m = new HostMount(files, real, guestPath);
        m.readDir(m.root, "", new HashMap<>(), limitBytes, limitHint);
        return m;
    }

    public List<TreeEntry> entries() {
        return loaded;
    }

    /** Bytes of file content loaded. */
    public long bytes() {
        return bytes;
    }

    /** What the host had at a mount-relative path when it was loaded (null: nothing). */
    HostState loadedState(String rel) {
        return loadedState.get(rel);
    }

    static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private void readDir(String dir, String prefix, Map<String, String> seen, long limit, String limitHint)
            throws HostFileException {
        List<String> names;
        try {
            names = new ArrayList<>(files.list(dir));
        } catch (HostFileException e) {
            throw new HostFileException(e.code(), "--dir " + root + ": cannot read " + dir + ": " + e.getMessage());
        }
        Collections.sort(names);
        for (String name : names) {
            String c = join(dir, name);
            String rel = prefix + name;
            HostStat a = files.lstat(c);
            if (a == null) {
                continue; // removed while we read
            }
            if (a.kind == 'd') {
                loaded.add(TreeEntry.directory(rel, a.atimNanos, a.mtimNanos));
                loadedState.put(rel, HostState.of(files, c));
                readDir(c, rel + "/", seen, limit, limitHint);
                continue;
            }
            if (a.kind != 'f' && a.kind != 'l') {
                continue;
            }
            loadedState.put(rel, HostState.of(files, c));
            String first = a.fileKey == null ? null : seen.get(a.fileKey);
            TreeEntry.Kind kind = a.kind == 'l' ? TreeEntry.Kind.SYMLINK : TreeEntry.Kind.FILE;
            if (first != null) {
                loaded.add(TreeEntry.hardLink(rel, kind, first));
                continue;
            }
            if (a.fileKey != null) {
                seen.put(a.fileKey, rel);
            }
            if (a.kind == 'l') {
                loaded.add(TreeEntry.symlink(rel, files.readlink(c), a.atimNanos, a.mtimNanos));
            } else {
                bytes += a.size;
                if (bytes > limit) {
                    throw new HostFileException(
                            "EFBIG",
                            "--dir " + root + " holds more than " + (limit >> 20)
                                    + " MiB of files; mounts are loaded into memory (" + limitHint + ")");
                }
                loaded.add(TreeEntry.file(rel, new HostFileContent(files, c, a.size), a.atimNanos, a.mtimNanos));
            }
        }
    }

    /**
     * The host path of a mount-relative path, or null when a directory on the way is not a real directory (a
     * symlink or a file): then the entry cannot be inside the mount and is skipped.
     */
    String resolve(String rel) {
        String p = root;
        String[] parts = rel.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String c = parts[i];
            if (c.isEmpty() || c.equals(".") || c.equals("..") || c.indexOf('\0') >= 0) {
                return null;
            }
            p = join(p, c);
            if (i < parts.length - 1) {
                HostStat s;
                try {
                    s = files.lstat(p);
                } catch (HostFileException e) {
                    return null;
                }
                if (s == null || s.kind != 'd') {
                    return null;
                }
            }
        }
        return p;
    }

    /** A host file's bytes, read piece by piece (no array of the whole file); a read error names the file. */
    static final class HostFileContent implements FileContent {
        private final HostFiles files;
        private final String file;
        private final long size;

        HostFileContent(HostFiles files, String file, long size) {
            this.files = files;
            this.file = file;
            this.size = size;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int read(long pos, byte[] dst, int off, int len) {
            try {
                int done = 0;
                while (done < len) {
                    int n = files.read(file, pos + done, dst, off + done, len - done);
                    if (n <= 0) {
                        break;
                    }
                    done += n;
                }
                return done;
            } catch (HostFileException e) {
                throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
