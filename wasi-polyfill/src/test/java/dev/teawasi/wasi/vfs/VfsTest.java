package dev.teawasi.wasi.vfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.abi.FileType;
import dev.teawasi.wasi.host.VirtualClock;
import java.util.List;
import org.junit.jupiter.api.Test;

class VfsTest {
    private final Vfs vfs = new Vfs(new VirtualClock());

    @Test
    void hostApiRoundTrip() {
        vfs.mkdirs("/data/sub");
        vfs.writeFile("/data/sub/a.txt", "hello".getBytes());
        vfs.writeFile("data/b.bin", new byte[] {1, 2, 3});
        vfs.writeFile("/new/dir/c", new byte[] {4});
        assertArrayEquals("hello".getBytes(), vfs.readFile("/data/sub/a.txt"));
        assertEquals(List.of("sub", "b.bin"), vfs.list("/data"));
        assertEquals(List.of("data", "new"), vfs.list("/"));
        VfsStat s = vfs.stat("/data/sub/a.txt");
        assertEquals(5, s.size);
        assertEquals(FileType.REGULAR_FILE, s.fileType);
        assertTrue(vfs.stat("/data").isDirectory());
        vfs.writeFile("/data/sub/a.txt", "x".getBytes());
        assertArrayEquals("x".getBytes(), vfs.readFile("/data/sub/a.txt"));
    }

    @Test
    void symlinksLinksRenameRemove() {
        vfs.writeFile("/d/f", "content".getBytes());
        vfs.symlink("f", "/d/rel");
        vfs.symlink("/d", "/abs");
        assertEquals("f", vfs.readlink("/d/rel"));
        assertArrayEquals("content".getBytes(), vfs.readFile("/d/rel"));
        assertArrayEquals("content".getBytes(), vfs.readFile("/abs/f"));
        assertTrue(vfs.lstat("/d/rel").isSymlink());
        assertTrue(vfs.stat("/d/rel").isFile());
        vfs.link("/d/f", "/d/hard");
        assertEquals(2, vfs.stat("/d/f").nlink);
        vfs.rename("/d/hard", "/moved");
        assertEquals(2, vfs.stat("/moved").nlink);
        vfs.remove("/d");
        assertFalse(vfs.exists("/d"));
        assertEquals(1, vfs.stat("/moved").nlink);
        assertEquals(
                Errno.NOENT,
                assertThrows(ErrnoException.class, () -> vfs.readFile("/d/f")).errno());
        assertEquals(
                Errno.NOENT,
                assertThrows(ErrnoException.class, () -> vfs.stat("/abs")).errno());
    }

    @Test
    void hostApiErrors() {
        vfs.writeFile("/f", new byte[0]);
        vfs.mkdirs("/dir");
        assertEquals(
                Errno.NOTDIR,
                assertThrows(ErrnoException.class, () -> vfs.mkdirs("/f/x")).errno());
        assertEquals(
                Errno.ISDIR,
                assertThrows(ErrnoException.class, () -> vfs.readFile("/dir")).errno());
        assertEquals(
                Errno.ISDIR,
                assertThrows(ErrnoException.class, () -> vfs.writeFile("/dir", new byte[0]))
                        .errno());
        assertEquals(
                Errno.NOTDIR,
                assertThrows(ErrnoException.class, () -> vfs.list("/f")).errno());
        assertEquals(
                Errno.INVAL,
                assertThrows(ErrnoException.class, () -> vfs.readlink("/f")).errno());
        vfs.symlink("loop", "/loop");
        assertEquals(
                Errno.LOOP,
                assertThrows(ErrnoException.class, () -> vfs.readFile("/loop")).errno());
    }
}
