package dev.teawasi.wasi.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.host.VirtualClock;
import dev.teawasi.wasi.vfs.DirectoryNode;
import dev.teawasi.wasi.vfs.FileNode;
import dev.teawasi.wasi.vfs.SymlinkNode;
import dev.teawasi.wasi.vfs.Vfs;
import org.junit.jupiter.api.Test;

class PathResolverTest {
    private final Vfs vfs = new Vfs(new VirtualClock());
    /** The sandbox root; "outside" is its sibling that must never be reached. */
    private final DirectoryNode box = vfs.mkdirs("/box");

    private final FileNode secret = vfs.writeFile("/outside/secret", "s".getBytes());

    private int errno(String path, boolean follow) {
        return assertThrows(ErrnoException.class, () -> PathResolver.resolve(box, path, follow))
                .errno();
    }

    @Test
    void resolvesComponentsDotsAndSlashes() {
        DirectoryNode a = box.mkdir("a");
        FileNode f = a.createFile("f");
        Resolved r = PathResolver.resolve(box, "a//./f", false);
        assertSame(a, r.parent);
        assertEquals("f", r.name);
        assertSame(f, r.node);
        r = PathResolver.resolve(box, "a/../a/f", false);
        assertSame(f, r.node);
        r = PathResolver.resolve(box, ".", false);
        assertNull(r.name);
        assertSame(box, r.node);
        r = PathResolver.resolve(box, "a/..", false);
        assertSame(box, r.node);
        r = PathResolver.resolve(box, "a/new", false);
        assertNull(r.node);
        assertEquals("new", r.name);
        r = PathResolver.resolve(box, "a/", false);
        assertSame(a, r.node);
        assertTrue(r.trailingSlash);
    }

    @Test
    void neverStepsAboveTheRootEvenTemporarily() {
        box.mkdir("a");
        assertEquals(Errno.PERM, errno("..", false));
        assertEquals(Errno.PERM, errno("../box", false));
        assertEquals(Errno.PERM, errno("a/../..", false));
        assertEquals(Errno.PERM, errno("a/../../box/a", false));
        assertEquals(Errno.PERM, errno("../outside/secret", true));
        assertEquals(Errno.PERM, errno("/box/a", false));
        assertEquals(Errno.PERM, errno("/", false));
    }

    @Test
    void symlinkTargetsAreCheckedWhenFollowed() {
        box.mkdir("a");
        box.symlink("up", "..");
        box.symlink("abs", "/outside/secret");
        box.symlink("deep", "a/../../outside/secret");
        box.symlink("ok", "a/../a");
        box.getClass();
        assertEquals(Errno.PERM, errno("up/outside/secret", false));
        assertEquals(Errno.PERM, errno("up", true));
        assertEquals(Errno.PERM, errno("abs", true));
        assertEquals(Errno.PERM, errno("deep", true));
        // not following the last component leaves the link itself
        assertTrue(PathResolver.resolve(box, "abs", false).node instanceof SymlinkNode);
        assertTrue(PathResolver.resolve(box, "ok", true).node instanceof DirectoryNode);
        // a symlink inside a subdirectory may go up to the root but not beyond
        DirectoryNode a = (DirectoryNode) box.get("a");
        a.symlink("toRoot", "..");
        a.symlink("beyond", "../..");
        assertSame(box, PathResolver.resolve(box, "a/toRoot", true).node);
        assertEquals(Errno.PERM, errno("a/beyond", true));
        assertEquals(Errno.PERM, errno("a/beyond/box", false));
    }

    @Test
    void symlinkLoopsAndChains() {
        box.symlink("l1", "l2");
        box.symlink("l2", "l1");
        box.symlink("self", "self/x");
        assertEquals(Errno.LOOP, errno("l1", true));
        assertEquals(Errno.LOOP, errno("l1/x", false));
        assertEquals(Errno.LOOP, errno("self", true));
        // a chain of 40 links resolves, 41 do not
        box.createFile("t");
        String prev = "t";
        for (int i = 0; i < 41; i++) {
            box.symlink("c" + i, prev);
            prev = "c" + i;
        }
        assertTrue(PathResolver.resolve(box, "c39", true).node instanceof FileNode);
        assertEquals(Errno.LOOP, errno("c40", true));
    }

    @Test
    void intermediateAndTrailingSlashErrors() {
        box.createFile("file");
        box.symlink("dangling", "nothing");
        box.symlink("tofile", "file");
        assertEquals(Errno.NOTDIR, errno("file/x", false));
        assertEquals(Errno.NOTDIR, errno("file/", false));
        assertEquals(Errno.NOTDIR, errno("tofile/", false));
        assertEquals(Errno.NOENT, errno("missing/x", false));
        assertEquals(Errno.NOENT, errno("dangling/x", false));
        assertEquals(Errno.NOENT, errno("", false));
        // following a dangling link leads to the missing target in the sandbox
        Resolved r = PathResolver.resolve(box, "dangling", true);
        assertNull(r.node);
        assertEquals("nothing", r.name);
        assertSame(box, r.parent);
    }
}
