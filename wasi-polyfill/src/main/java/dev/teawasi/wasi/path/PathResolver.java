package dev.teawasi.wasi.path;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.vfs.DirectoryNode;
import dev.teawasi.wasi.vfs.Inode;
import dev.teawasi.wasi.vfs.SymlinkNode;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * The sandbox: resolves a guest path one component at a time from the directory of a descriptor, which acts as
 * the root. The walk keeps the chain of directories it entered; ".." pops that chain and fails when it is empty,
 * so a path can never step above the descriptor's directory, not even temporarily. Symlinks are expanded in place
 * (their targets resolved relative to the directory holding them, through the same chain), absolute paths and
 * absolute targets are refused, and expansions are counted. Nothing is checked lexically in advance.
 *
 * Errnos follow wasmtime (cap-std): escaping or absolute paths EPERM, more than {@link #MAX_SYMLINKS} expansions
 * ELOOP, missing intermediate ENOENT, file as intermediate ENOTDIR, trailing '/' on a non-directory ENOTDIR.
 */
public final class PathResolver {
    /** Symlink expansions allowed per resolution (Linux and cap-std use 40). */
    public static final int MAX_SYMLINKS = 40;

    private PathResolver() {}

    /**
     * Resolves path from base. A symlink in the last component is followed only when followLast is set or the
     * path ends in '/'; intermediate symlinks are always followed.
     */
    public static Resolved resolve(DirectoryNode base, String path, boolean followLast) {
        if (path.isEmpty()) {
            throw new ErrnoException(Errno.NOENT, "empty path");
        }
        if (path.charAt(0) == '/') {
            throw new ErrnoException(Errno.PERM, "absolute path");
        }
        ArrayDeque<String> rest = new ArrayDeque<>();
        push(rest, path);
        boolean trailingSlash = path.charAt(path.length() - 1) == '/';
        ArrayList<DirectoryNode> chain = new ArrayList<>();
        chain.add(base);
        int expansions = 0;
        while (true) {
            DirectoryNode dir = chain.get(chain.size() - 1);
            String c = rest.pollFirst();
            if (c == null) {
                return new Resolved(dir, null, dir, trailingSlash);
            }
            boolean last = rest.isEmpty();
            if (c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (chain.size() == 1) {
                    throw new ErrnoException(Errno.PERM, "path leads outside the directory");
                }
                chain.remove(chain.size() - 1);
                continue;
            }
            Inode child = dir.get(c);
            if (child instanceof SymlinkNode && (!last || followLast || trailingSlash)) {
                if (++expansions > MAX_SYMLINKS) {
                    throw new ErrnoException(Errno.LOOP, "too many symlinks");
                }
                String target = ((SymlinkNode) child).target();
                if (target.isEmpty()) {
                    throw new ErrnoException(Errno.NOENT, "empty symlink target");
                }
                if (target.charAt(0) == '/') {
                    throw new ErrnoException(Errno.PERM, "symlink to an absolute path");
                }
                if (last && target.charAt(target.length() - 1) == '/') {
                    trailingSlash = true;
                }
                push(rest, target);
                continue;
            }
            if (last) {
                if (trailingSlash && child != null && !(child instanceof DirectoryNode)) {
                    throw new ErrnoException(Errno.NOTDIR, c);
                }
                return new Resolved(dir, c, child, trailingSlash);
            }
            if (child == null) {
                throw new ErrnoException(Errno.NOENT, c);
            }
            if (!(child instanceof DirectoryNode)) {
                throw new ErrnoException(Errno.NOTDIR, c);
            }
            chain.add((DirectoryNode) child);
        }
    }

    /** Puts the components of path in front of rest, in order (empty components are dropped). */
    private static void push(ArrayDeque<String> rest, String path) {
        ArrayList<String> cs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                if (i > start) {
                    cs.add(path.substring(start, i));
                }
                start = i + 1;
            }
        }
        for (int i = cs.size() - 1; i >= 0; i--) {
            rest.addFirst(cs.get(i));
        }
    }
}
