package dev.teawasi.wasi.vfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.host.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NodeFsTest {
    private final Vfs vfs = new Vfs(new VirtualClock());
    private final NodeFs fs = new NodeFs(vfs);

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int errno(Runnable r) {
        return assertThrows(ErrnoException.class, r::run).errno();
    }

    private String names(String dir) {
        return fs.readdir(dir).stream().map(e -> e.name).collect(Collectors.joining(","));
    }

    @Test
    void writeNeedsAnExistingParentAndFollowsSymlinks() {
        assertEquals(Errno.NOENT, errno(() -> fs.writeFile("/no/f", b("x"), false, false)));
        fs.writeFile("/f", b("one"), false, false);
        fs.writeFile("/f", b("two"), false, false);
        fs.writeFile("/f", b("+"), true, false);
        assertArrayEquals(b("two+"), fs.readFile("/f"));
        assertEquals(Errno.EXIST, errno(() -> fs.writeFile("/f", b("x"), false, true)));
        fs.symlink("target", "/dangling");
        fs.writeFile("/dangling", b("made"), false, false); // creates the target, as open(O_CREAT) does
        assertArrayEquals(b("made"), fs.readFile("/target"));
        fs.mkdir("/d", false);
        assertEquals(Errno.ISDIR, errno(() -> fs.writeFile("/d", b("x"), false, false)));
        assertEquals(Errno.ISDIR, errno(() -> fs.readFile("/d")));
        assertEquals(Errno.NOTDIR, errno(() -> fs.writeFile("/f/x", b("x"), false, false)));
        fs.symlink("loop", "/loop");
        assertEquals(Errno.LOOP, errno(() -> fs.writeFile("/loop", b("x"), false, false)));
    }

    @Test
    void mkdirLikeNode() {
        assertNull(fs.mkdir("/a", false));
        assertEquals(Errno.EXIST, errno(() -> fs.mkdir("/a", false)));
        assertEquals(Errno.NOENT, errno(() -> fs.mkdir("/x/y", false)));
        assertEquals("/a/b", fs.mkdir("/a/b/c", true));
        assertNull(fs.mkdir("/a/b/c", true));
        fs.writeFile("/a/file", b(""), false, false);
        assertEquals(Errno.EXIST, errno(() -> fs.mkdir("/a/file", true)));
        assertEquals(Errno.NOTDIR, errno(() -> fs.mkdir("/a/file/x", true)));
        fs.symlink("b", "/a/sb");
        assertEquals("/a/sb/new", fs.mkdir("/a/sb/new", true)); // through a symlink to a directory
        assertTrue(fs.stat("/a/b/new").isDirectory());
        assertEquals(Errno.INVAL, errno(() -> fs.mkdir("/", false)));
        assertNull(fs.mkdir("/", true));
    }

    @Test
    void rmRmdirUnlink() {
        fs.mkdir("/d/e", true);
        fs.writeFile("/d/e/f", b("x"), false, false);
        assertEquals(Errno.ISDIR, errno(() -> fs.rm("/d", false, false)));
        assertEquals(Errno.NOTEMPTY, errno(() -> fs.rmdir("/d")));
        assertEquals(Errno.ISDIR, errno(() -> fs.unlink("/d")));
        assertEquals(Errno.NOENT, errno(() -> fs.rm("/none", false, false)));
        fs.rm("/none", false, true);
        fs.rm("/none/deeper", true, true);
        fs.symlink("/d", "/sd");
        fs.rm("/sd", false, false); // the link, not the directory
        assertTrue(fs.exists("/d/e/f"));
        fs.rm("/d", true, false);
        assertFalse(fs.exists("/d"));
        assertEquals("", names("/"));
    }

    @Test
    void renameLinkSymlinkReadlinkRealpath() {
        fs.mkdir("/a", false);
        fs.writeFile("/a/f", b("data"), false, false);
        fs.rename("/a/f", "/g");
        assertEquals(Errno.NOENT, errno(() -> fs.rename("/a/f", "/h")));
        fs.link("/g", "/a/h");
        fs.mkdir("/a/sub", false);
        assertEquals(2, fs.stat("/g").nlink);
        assertEquals(Errno.PERM, errno(() -> fs.link("/a", "/a2")));
        fs.symlink("../g", "/a/s");
        assertEquals("../g", fs.readlink("/a/s"));
        assertEquals(Errno.INVAL, errno(() -> fs.readlink("/g")));
        assertArrayEquals(b("data"), fs.readFile("/a/s"));
        assertTrue(fs.lstat("/a/s").isSymlink());
        assertEquals("/g", fs.realpath("/a/s"));
        fs.symlink("/a", "/abs");
        assertEquals("/a/h", fs.realpath("/abs/./sub/../h"));
        assertEquals(Errno.NOENT, errno(() -> fs.realpath("/abs/none")));
        assertEquals("a,g,abs", names("/"));
        assertEquals(Errno.INVAL, errno(() -> fs.rename("/a", "/a/sub/x")));
        assertEquals(Errno.INVAL, errno(() -> fs.symlink("x\0y", "/bad")));
        assertEquals(Errno.INVAL, errno(() -> fs.readFile("/a\0b")));
    }

    @Test
    void chmodUtimesTruncateCopy() {
        fs.writeFile("/f", b("hello"), false, false);
        assertEquals(0644, fs.stat("/f").mode);
        assertEquals(0755, fs.stat("/").mode);
        fs.chmod("/f", 0100600, true);
        assertEquals(0600, fs.stat("/f").mode);
        fs.symlink("f", "/s");
        assertEquals(0777, fs.lstat("/s").mode);
        fs.utimes("/s", 5_000_000_000L, 7_000_000_123L, true);
        assertEquals(7_000_000_123L, fs.stat("/f").mtim);
        fs.truncate("/s", 2);
        assertArrayEquals(b("he"), fs.readFile("/f"));
        fs.copyFile("/f", "/c", false);
        assertEquals(Errno.EXIST, errno(() -> fs.copyFile("/f", "/c", true)));
        assertArrayEquals(b("he"), fs.readFile("/c"));
    }

    @Test
    void pathsAreNormalizedLexically() {
        fs.mkdir("/a/b", true);
        fs.writeFile("a/./b/../b/f", b("x"), false, false);
        assertArrayEquals(b("x"), fs.readFile("/../a/b/f"));
        assertEquals(java.util.List.of("a", "b"), NodeFs.components("/../a/./b//"));
    }
}
