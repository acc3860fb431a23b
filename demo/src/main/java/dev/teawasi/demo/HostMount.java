package dev.teawasi.demo;

import dev.teawasi.wasi.mount.FileContent;
import dev.teawasi.wasi.mount.TreeEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * A host directory given with --dir: read into {@link TreeEntry}s before the run (up to a size limit; file bytes
 * are read in pieces while the tree is loaded), remembering what each path held (kind, size, mtime) so that
 * {@link MountWriteBack} can tell what the host changed during the run. Every host path touched is the mount
 * root plus a relative path whose every directory component is checked to be a real directory (never a symlink)
 * first, so nothing can be redirected outside the mount. Sockets, fifos and devices are not loaded.
 */
final class HostMount {
    static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

    final Path root;
    final String guestPath;
    private final List<TreeEntry> loaded = new ArrayList<>();
    private final Map<String, HostState> loadedState = new HashMap<>();
    private long bytes;

    private HostMount(Path root, String guestPath) {
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
        static HostState of(Path p) throws IOException {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
            } catch (NoSuchFileException e) {
                return null;
            }
            char kind = a.isDirectory() ? 'd' : a.isRegularFile() ? 'f' : a.isSymbolicLink() ? 'l' : 'o';
            String target = kind == 'l' ? Files.readSymbolicLink(p).toString() : null;
            // a directory's size and mtime move whenever an entry inside changes: only its kind matters
            return kind == 'd' ? new HostState(kind, 0, 0, null)
                    : new HostState(kind, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), target);
        }

        static boolean same(HostState x, HostState y) {
            return x == null ? y == null : y != null && x.kind == y.kind && x.size == y.size
                    && x.mtimNanos == y.mtimNanos && Objects.equals(x.target, y.target);
        }
    }

    /** Reads the directory; throws IOException with a one-line message when it cannot (or is too large). */
    static HostMount read(String hostDir, String guestPath, long limitBytes) throws IOException {
        Path p = Path.of(hostDir);
        if (!Files.isDirectory(p)) {
            throw new IOException("--dir " + hostDir + ": not a directory");
        }
        HostMount m = new HostMount(p.toRealPath(), guestPath);
        m.readDir(m.root, "", new HashMap<>(), limitBytes);
        return m;
    }

    List<TreeEntry> entries() {
        return loaded;
    }

    /** Bytes of file content loaded. */
    long bytes() {
        return bytes;
    }

    /** What the host had at a mount-relative path when it was loaded (null: nothing). */
    HostState loadedState(String rel) {
        return loadedState.get(rel);
    }

    private void readDir(Path dir, String prefix, Map<Object, String> seen, long limit) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path c : s) {
                names.add(c.getFileName().toString());
            }
        }
        for (String name : names) {
            Path c = dir.resolve(name);
            String rel = prefix + name;
            BasicFileAttributes a = Files.readAttributes(c, BasicFileAttributes.class, NOFOLLOW);
            long atim = a.lastAccessTime().to(TimeUnit.NANOSECONDS);
            long mtim = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (a.isDirectory()) {
                loaded.add(TreeEntry.directory(rel, atim, mtim));
                loadedState.put(rel, HostState.of(c));
                readDir(c, rel + "/", seen, limit);
                continue;
            }
            if (!a.isRegularFile() && !a.isSymbolicLink()) {
                continue;
            }
            loadedState.put(rel, HostState.of(c));
            Object key = a.fileKey();
            String first = key == null ? null : seen.get(key);
            TreeEntry.Kind kind = a.isSymbolicLink() ? TreeEntry.Kind.SYMLINK : TreeEntry.Kind.FILE;
            if (first != null) {
                loaded.add(TreeEntry.hardLink(rel, kind, first));
                continue;
            }
            if (key != null) {
                seen.put(key, rel);
            }
            if (a.isSymbolicLink()) {
                loaded.add(TreeEntry.symlink(rel, Files.readSymbolicLink(c).toString(), atim, mtim));
            } else {
                bytes += a.size();
                if (bytes > limit) {
                    throw new IOException("--dir " + root + " holds more than " + (limit >> 20) + " MiB of files;"
                            + " mounts are loaded into memory (raise the limit with -Dteawasi.mountLimit=BYTES)");
                }
                loaded.add(TreeEntry.file(rel, new HostFileContent(c, a.size()), atim, mtim));
            }
        }
    }

    /**
     * The host path of a mount-relative path, or null when a directory on the way is not a real directory (a
     * symlink or a file): then the entry cannot be inside the mount and is skipped.
     */
    Path resolve(String rel) {
        Path p = root;
        String[] parts = rel.split("/");
        for (int i = 0; i < parts.length; i++) {
            String c = parts[i];
            if (c.isEmpty() || c.equals(".") || c.equals("..") || c.indexOf('\0') >= 0) {
                return null;
            }
            p = p.resolve(c);
            if (i < parts.length - 1 && !Files.isDirectory(p, NOFOLLOW)) {
                return null;
            }
        }
        return p.startsWith(root) ? p : null;
    }

    /**
     * A host file's bytes, read piece by piece while the tree is loaded (no array of the whole file). A read error
     * arrives as UncheckedIOException naming the file.
     */
    static final class HostFileContent implements FileContent {
        private final Path file;
        private final long size;

        HostFileContent(Path file, long size) {
            this.file = file;
            this.size = size;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int read(long pos, byte[] dst, int off, int len) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buf = ByteBuffer.wrap(dst, off, len);
                int done = 0;
                while (buf.hasRemaining()) {
                    int n = ch.read(buf, pos + done);
                    if (n < 0) {
                        break;
                    }
                    done += n;
                }
                return done;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
