package dev.teawasi.demo;

import dev.teawasi.wasi.mount.TreeEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * A host directory given with --dir: read into {@link TreeEntry}s before the run (eagerly, up to a size limit),
 * and after the run the guest's changes written back. Every host path touched is the mount root plus a relative
 * path whose every directory component is checked to be a real directory (never a symlink) first, so the
 * write-back cannot be redirected outside the mount by a symlink the guest created; symlinks are created as they
 * are and never followed. Sockets, fifos and devices inside the mount are not loaded and are left alone.
 */
final class HostMount {
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

    final Path root;
    final String guestPath;
    private final List<TreeEntry> loaded = new ArrayList<>();
    private long bytes;

    private HostMount(Path root, String guestPath) {
        this.root = root;
        this.guestPath = guestPath;
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
                readDir(c, rel + "/", seen, limit);
                continue;
            }
            if (!a.isRegularFile() && !a.isSymbolicLink()) {
                continue;
            }
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
                loaded.add(TreeEntry.file(rel, Files.readAllBytes(c), atim, mtim));
            }
        }
    }

    /**
     * Makes the host directory hold what the guest left in the tree (the export of the same mount). An entry that
     * cannot be written is skipped with a warning (returned), the rest is still written.
     */
    List<String> writeBack(List<TreeEntry> after) {
        List<String> warnings = new ArrayList<>();
        try {
            apply(after, warnings);
        } catch (IOException e) {
            warnings.add(e.toString());
        }
        return warnings;
    }

    private void apply(List<TreeEntry> after, List<String> warnings) throws IOException {
        Map<String, TreeEntry> before = new HashMap<>();
        for (TreeEntry e : loaded) {
            before.put(e.path, e);
        }
        Map<String, TreeEntry> now = new HashMap<>();
        for (TreeEntry e : after) {
            now.put(e.path, e);
        }
        // 1. Remove what is gone or replaced, children before parents.
        for (int i = loaded.size() - 1; i >= 0; i--) {
            TreeEntry b = loaded.get(i);
            TreeEntry a = now.get(b.path);
            boolean keep = a != null && a.kind == b.kind && a.linkTo == null
                    && (a.kind == TreeEntry.Kind.DIRECTORY || a.unchanged()
                    || (a.kind == TreeEntry.Kind.SYMLINK && b.linkTo == null && a.target.equals(b.target)));
            if (!keep) {
                Path p = resolve(b.path);
                try {
                    if (p != null) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    warnings.add("cannot remove " + b.path + ": " + e);
                }
            }
        }
        // 2. Create what is new or changed, parents before children.
        for (TreeEntry a : after) {
            TreeEntry b = before.get(a.path);
            Path p = resolve(a.path);
            if (p == null) {
                warnings.add("not written (a directory on its path is not a directory): " + a.path);
                continue;
            }
            try {
                create(a, b, p);
            } catch (IOException e) {
                warnings.add("cannot write " + a.path + ": " + e);
            }
        }
        // 3. Directory times last (creating children moved them), deepest first.
        for (int i = after.size() - 1; i >= 0; i--) {
            TreeEntry a = after.get(i);
            if (a.kind == TreeEntry.Kind.DIRECTORY) {
                Path p = resolve(a.path);
                if (p != null) {
                    setTimes(p, a);
                }
            }
        }
    }

    private void create(TreeEntry a, TreeEntry b, Path p) throws IOException {
        if (a.linkTo != null) {
            Path target = resolve(a.linkTo);
            if (target != null) {
                Files.deleteIfExists(p);
                Files.createLink(p, target);
            }
        } else if (a.kind == TreeEntry.Kind.DIRECTORY) {
            if (!Files.isDirectory(p, NOFOLLOW)) {
                Files.deleteIfExists(p);
                Files.createDirectory(p);
            }
        } else if (a.kind == TreeEntry.Kind.SYMLINK) {
            if (!Files.isSymbolicLink(p)) {
                Files.deleteIfExists(p);
                Files.createSymbolicLink(p, Path.of(a.target));
            }
        } else if (a.data != null) {
            Files.deleteIfExists(p);
            try (OutputStream out = Files.newOutputStream(p, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                out.write(a.data);
            }
        }
        if (b != null && b.atimNanos == a.atimNanos && b.mtimNanos == a.mtimNanos && a.data == null) {
            return;
        }
        if (a.linkTo == null && a.kind != TreeEntry.Kind.DIRECTORY) {
            setTimes(p, a);
        }
    }

    private static void setTimes(Path p, TreeEntry e) {
        try {
            Files.getFileAttributeView(p, BasicFileAttributeView.class, NOFOLLOW).setTimes(
                    FileTime.from(e.mtimNanos, TimeUnit.NANOSECONDS), FileTime.from(e.atimNanos, TimeUnit.NANOSECONDS),
                    null);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Times of symlinks cannot be set on every platform; the content is what matters.
        }
    }

    /**
     * The host path of a mount-relative path, or null when a directory on the way is not a real directory (a
     * symlink or a file): then the entry cannot be inside the mount and is skipped.
     */
    private Path resolve(String rel) {
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
}
