package dev.teawasi.web.cli;

import dev.teawasi.wasi.mount.FileContent;
import dev.teawasi.wasi.mount.TreeEntry;
import dev.teawasi.web.cli.HostMount.HostState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes what the guest left in a mounted tree back to its host directory without losing anything stored there:
 * <ol>
 * <li>each new or changed file is streamed from the virtual file system into a temporary file beside it (no array
 * of the whole file) and renamed over the host file, so the host file is either as it was or complete; a failed
 * write (a full disk) leaves the host file as it was;</li>
 * <li>a path the host changed during the run (kind, size or mtime differ from when it was loaded) is left alone;</li>
 * <li>removals, and replacing one kind by another, happen only when everything else was written, so a file the
 * guest renamed is never deleted at its old name while the new name failed;</li>
 * <li>a new symlink whose target leaves the mount is not created.</li>
 * </ol>
 * Every change not written becomes one problem line naming the file. The same code on the JVM and on node; only
 * {@link HostFiles} differs.
 */
public final class MountWriteBack {
    private static final int BUFFER = 1 << 20;

    private final HostMount mount;
    private final HostFiles files;
    private final Map<String, TreeEntry> before = new HashMap<>();
    private final Map<String, TreeEntry> now = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    /** Problems that may have left the guest's data unwritten (a refused symlink is not one): they stop removals. */
    private int blocking;
    /** Prepared temporary files, renamed into place in order. */
    private final List<Prepared> prepared = new ArrayList<>();
    /** Entries that replace a directory by a non-directory or the reverse: after the removals. */
    private final List<TreeEntry> deferred = new ArrayList<>();

    private final Set<String> deferredDirs = new HashSet<>();
    /** Paths whose file got a new inode: their other hard links must be made again. */
    private final Set<String> rewritten = new HashSet<>();

    private final List<TreeEntry> links = new ArrayList<>();
    /** True while the deferred entries are written (the removals made their paths free). */
    private boolean afterRemovals;

    private MountWriteBack(HostMount mount) {
        this.mount = mount;
        this.files = mount.files;
    }

    /** A temporary file holding an entry's new content, and what the host path must still hold to replace it. */
    private static final class Prepared {
        final TreeEntry entry;
        final String tmp;
        final String target;
        final HostState expected;

        Prepared(TreeEntry entry, String tmp, String target, HostState expected) {
            this.entry = entry;
            this.tmp = tmp;
            this.target = target;
            this.expected = expected;
        }
    }

    /** Writes back; returns one line per change that did not reach the host (empty: everything was written). */
    public static List<String> apply(HostMount mount, List<TreeEntry> after) {
        MountWriteBack w = new MountWriteBack(mount);
        w.run(after);
        return w.problems;
    }

    private void run(List<TreeEntry> after) {
        for (TreeEntry e : mount.entries()) {
            before.put(e.path, e);
        }
        for (TreeEntry e : after) {
            now.put(e.path, e);
        }
        for (TreeEntry a : after) {
            prepare(a);
        }
        for (Prepared p : prepared) {
            commit(p);
        }
        prepared.clear();
        for (TreeEntry a : links) {
            link(a);
        }
        List<TreeEntry> removals = removals();
        if (blocking == 0) {
            for (TreeEntry b : removals) {
                remove(b);
            }
            links.clear();
            afterRemovals = true;
            for (TreeEntry a : deferred) {
                prepare(a);
            }
            for (Prepared p : prepared) {
                commit(p);
            }
            for (TreeEntry a : links) {
                link(a);
            }
        } else if (!removals.isEmpty() || !deferred.isEmpty()) {
            problems.add("because of the problems above, " + (removals.size() + deferred.size())
                    + " removals and replacements were not done (nothing the program moved is lost)");
        }
        for (int i = after.size() - 1; i >= 0; i--) {
            TreeEntry a = after.get(i);
            if (a.kind == TreeEntry.Kind.DIRECTORY) {
                String p = mount.resolve(a.path);
                if (p != null && isDirectory(p)) {
                    setTimes(p, a);
                }
            }
        }
    }

    private void problem(String rel, String why) {
        problems.add(TrapReport.clip(rel, 300) + ": " + why);
        blocking++;
    }

    private boolean isDir(TreeEntry e) {
        return e.kind == TreeEntry.Kind.DIRECTORY;
    }

    private void prepare(TreeEntry a) {
        if (!afterRemovals && underDeferred(a.path)) {
            deferred.add(a);
            return;
        }
        TreeEntry b = before.get(a.path);
        boolean kindChange = b != null && isDir(b) != isDir(a);
        String p = mount.resolve(a.path);
        if (p == null) {
            problem(a.path, "not written: a directory on its path is not a directory on the host");
            return;
        }
        // after the removals, a replaced path is expected to be free
        HostState expected = afterRemovals && kindChange ? null : mount.loadedState(a.path);
        HostState host;
        try {
            host = HostState.of(files, p);
        } catch (HostFileException e) {
            problem(a.path, "not written: " + reason(e));
            return;
        }
        if (kindChange && !afterRemovals) {
            // a directory replaced by a file or the reverse: only after the removals
            deferred.add(a);
            if (isDir(a)) {
                deferredDirs.add(a.path);
            }
            return;
        }
        if (isDir(a)) {
            if (host == null) {
                try {
                    files.mkdir(p);
                } catch (HostFileException e) {
                    problem(a.path, "cannot create the directory: " + reason(e));
                }
            } else if (host.kind != 'd') {
                problem(a.path, "not written: the host created a file there during the run");
            }
            return;
        }
        if (a.linkTo != null) {
            links.add(a);
            return;
        }
        boolean changed = a.kind == TreeEntry.Kind.FILE
                ? a.content != null
                : b == null || b.linkTo != null || b.kind != a.kind || !a.target.equals(b.target);
        if (!changed) {
            if (b.atimNanos != a.atimNanos || b.mtimNanos != a.mtimNanos) {
                if (HostState.same(expected, host)) {
                    setTimes(p, a);
                }
            }
            return;
        }
        if (!HostState.same(expected, host)) {
            problem(a.path, "not written: " + conflict(expected, host) + " (left as the host has it)");
            return;
        }
        if (a.kind == TreeEntry.Kind.SYMLINK && leavesMount(a.path, a.target)) {
            problems.add(TrapReport.clip(a.path, 300) + ": symlink to " + TrapReport.clip(a.target, 200)
                    + " not created on the host: its target is outside the mount");
            return;
        }
        String tmp = tempBeside(p);
        try {
            if (a.kind == TreeEntry.Kind.SYMLINK) {
                files.symlink(a.target, tmp);
            } else {
                writeContent(tmp, a.content, host != null);
                if (host != null && host.kind == 'f') {
                    files.copyMode(p, tmp);
                }
            }
            setTimes(tmp, a);
            prepared.add(new Prepared(a, tmp, p, host));
        } catch (HostFileException | RuntimeException e) {
            deleteQuietly(tmp);
            problem(a.path, "cannot write: " + reason(e) + " (the host file was left as it was)");
        }
    }

    private boolean underDeferred(String rel) {
        for (int i = rel.indexOf('/'); i > 0; i = rel.indexOf('/', i + 1)) {
            if (deferredDirs.contains(rel.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    private void commit(Prepared p) {
        try {
            HostState now = HostState.of(files, p.target);
            if (!HostState.same(p.expected, now)) {
                deleteQuietly(p.tmp);
                problem(p.entry.path, "not written: " + conflict(p.expected, now) + " (left as the host has it)");
                return;
            }
            files.rename(p.tmp, p.target);
            rewritten.add(p.entry.path);
        } catch (HostFileException e) {
            deleteQuietly(p.tmp);
            problem(p.entry.path, "cannot write: " + reason(e) + " (the host file was left as it was)");
        }
    }

    /** A hard link the guest made, or one to a file that got a new inode: made again, atomically. */
    private void link(TreeEntry a) {
        TreeEntry b = before.get(a.path);
        if (b != null && a.linkTo.equals(b.linkTo) && !rewritten.contains(a.linkTo)) {
            return;
        }
        String p = mount.resolve(a.path);
        String target = mount.resolve(a.linkTo);
        if (p == null || target == null) {
            problem(a.path, "not written: a directory on its path is not a directory on the host");
            return;
        }
        String tmp = tempBeside(p);
        try {
            HostState expected = afterRemovals && b != null && isDir(b) ? null : mount.loadedState(a.path);
            HostState host = HostState.of(files, p);
            if (!HostState.same(expected, host)) {
                problem(a.path, "not written: " + conflict(expected, host) + " (left as the host has it)");
                return;
            }
            files.link(target, tmp);
            files.rename(tmp, p);
            deleteQuietly(tmp); // rename does nothing when both names are the same file already
        } catch (HostFileException e) {
            deleteQuietly(tmp);
            problem(a.path, "cannot link to " + a.linkTo + ": " + reason(e));
        }
    }

    /** Loaded entries that are gone or whose kind changed between directory and non-directory, children first. */
    private List<TreeEntry> removals() {
        List<TreeEntry> out = new ArrayList<>();
        List<TreeEntry> loaded = mount.entries();
        for (int i = loaded.size() - 1; i >= 0; i--) {
            TreeEntry b = loaded.get(i);
            TreeEntry a = now.get(b.path);
            if (a == null || isDir(a) != isDir(b)) {
                out.add(b);
            }
        }
        return out;
    }

    private void remove(TreeEntry b) {
        String p = mount.resolve(b.path);
        if (p == null) {
            return; // its directory is gone already
        }
        try {
            HostState expected = mount.loadedState(b.path);
            HostState host = HostState.of(files, p);
            if (host == null) {
                return;
            }
            if (!HostState.same(expected, host)) {
                problem(b.path, "not removed: " + conflict(expected, host) + " (left as the host has it)");
                return;
            }
            files.remove(p);
        } catch (HostFileException e) {
            if (e.code().equals("ENOTEMPTY") || e.code().equals("EEXIST")) {
                problem(b.path, "not removed: the host added files to this directory during the run");
            } else {
                problem(b.path, "cannot remove: " + reason(e));
            }
        }
    }

    private static String conflict(HostState expected, HostState host) {
        if (expected == null) {
            return "the host created it during the run";
        }
        if (host == null) {
            return "the host removed it during the run";
        }
        return "the host changed it during the run";
    }

    /** True when a symlink at rel with this target text points outside the mount (absolute, or too many ".."). */
    public static boolean leavesMount(String rel, String target) {
        if (target.startsWith("/") || target.isEmpty()) {
            return true;
        }
        int depth = 0;
        for (int i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
            depth++;
        }
        for (String c : target.split("/")) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            depth += c.equals("..") ? -1 : 1;
            if (depth < 0) {
                return true;
            }
        }
        return false;
    }

    private String tempBeside(String p) {
        int slash = p.lastIndexOf('/');
        return p.substring(0, slash + 1) + ".teawasi-" + files.randomHex() + ".tmp";
    }

    private boolean isDirectory(String p) {
        try {
            HostStat s = files.lstat(p);
            return s != null && s.kind == 'd';
        } catch (HostFileException e) {
            return false;
        }
    }

    /** Streams the content into a new file; forced to disk when it will replace a host file. */
    private void writeContent(String tmp, FileContent content, boolean replaces) throws HostFileException {
        int h = files.createNew(tmp);
        boolean ok = false;
        try {
            long size = content.size();
            byte[] buf = new byte[(int) Math.min(BUFFER, Math.max(1, size))];
            long pos = 0;
            while (pos < size) {
                int n = content.read(pos, buf, 0, (int) Math.min(buf.length, size - pos));
                if (n <= 0) {
                    break;
                }
                files.write(h, buf, 0, n);
                pos += n;
            }
            ok = true;
        } finally {
            if (ok) {
                files.close(h, replaces);
            } else {
                try {
                    files.close(h, false);
                } catch (HostFileException ignored) {
                    // the first failure is the one to report
                }
            }
        }
    }

    private void setTimes(String p, TreeEntry e) {
        files.setTimes(p, e.atimNanos, e.mtimNanos);
    }

    private void deleteQuietly(String p) {
        try {
            files.remove(p);
        } catch (HostFileException ignored) {
            // a leftover .teawasi-*.tmp is harmless and recognizable
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof RuntimeException && e.getCause() != null && e.getCause() != e) {
            return reason(e.getCause()); // the I/O failure inside, not a wrapper's class name
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
