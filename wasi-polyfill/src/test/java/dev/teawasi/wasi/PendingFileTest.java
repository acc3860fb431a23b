package dev.teawasi.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.abi.Flags;
import dev.teawasi.wasi.vfs.NodeFs;
import dev.teawasi.wasi.vfs.Vfs;
import dev.teawasi.wasi.vfs.VfsChangeQueue;
import dev.teawasi.wasi.vfs.VfsLimits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files whose content is loaded on demand (a browser's persistent directory): Vfs.addPendingFile and friends. */
class PendingFileTest {
    private final Guest g = Guest.withSandbox();
    private final Vfs vfs = g.config.vfs();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void openWaitsForTheContentAndStatDoesNot() {
        long used = vfs.usedBytes();
        int id = vfs.addPendingFile("/sandbox/big", 11);
        assertTrue(vfs.usedBytes() - used < 11, "nothing stored yet counts");
        assertEquals(11, vfs.stat("/sandbox/big").size);
        // opening for reading asks the host to load it: WOULD_BLOCK, with the id to load
        assertEquals(-Errno.WOULD_BLOCK, g.open("big", 0));
        assertEquals(id, vfs.takeAwaitedLoad());
        assertEquals(0, vfs.takeAwaitedLoad(), "taken once");
        assertEquals("/sandbox/big", vfs.pendingPath(id));
        assertTrue(vfs.fillPending(id, utf8("hello world")));
        assertFalse(vfs.fillPending(id, utf8("again")), "loaded once");
        int fd = g.open("big", 0);
        assertTrue(fd > 3);
        assertEquals("hello world", g.read(fd, 100));
        assertNull(vfs.pendingPath(id));
        assertEquals(0, vfs.pendingIds().length);
    }

    @Test
    void truncatingOpenAndWholeWritesNeedNoLoad() {
        int a = vfs.addPendingFile("/sandbox/a", 5);
        int b = vfs.addPendingFile("/sandbox/b", 5);
        int fd = g.open("a", Flags.O_TRUNC);
        assertTrue(fd > 3);
        assertEquals(0, vfs.stat("/sandbox/a").size);
        assertFalse(vfs.fillPending(a, utf8("stale")), "a replaced file takes no stored content");
        new NodeFs(vfs).writeFile("/sandbox/b", utf8("new"), false, false);
        assertFalse(vfs.fillPending(b, utf8("stale")));
        assertArrayEquals(utf8("new"), vfs.readFile("/sandbox/b"));
    }

    @Test
    void hostReadsAppendsAndCopiesThrowWouldBlock() {
        int id = vfs.addPendingFile("/sandbox/f", 3);
        NodeFs fs = new NodeFs(vfs);
        ErrnoException e = assertThrows(ErrnoException.class, () -> fs.readFile("/sandbox/f"));
        assertEquals(Errno.WOULD_BLOCK, e.errno());
        assertEquals(id, vfs.takeAwaitedLoad());
        assertEquals(
                Errno.WOULD_BLOCK,
                assertThrows(ErrnoException.class, () -> fs.writeFile("/sandbox/f", utf8("x"), true, false))
                        .errno());
        assertEquals(
                Errno.WOULD_BLOCK,
                assertThrows(ErrnoException.class, () -> fs.copyFile("/sandbox/f", "/sandbox/g", false))
                        .errno());
        assertEquals(
                Errno.WOULD_BLOCK,
                assertThrows(ErrnoException.class, () -> fs.truncate("/sandbox/f", 2))
                        .errno());
        // renames, links and metadata need no content; the pending file follows its new name
        fs.rename("/sandbox/f", "/sandbox/moved");
        fs.link("/sandbox/moved", "/sandbox/other");
        vfs.setTimes("/sandbox/moved", 1000, 2000);
        assertEquals("/sandbox/other", vfs.pendingPath(id));
        assertTrue(vfs.fillPending(id, utf8("abc")));
        assertArrayEquals(utf8("abc"), fs.readFile("/sandbox/moved"));
        assertEquals(2000, vfs.stat("/sandbox/moved").mtim, "loading keeps the times");
    }

    @Test
    void loadingIsNoChangeAndCountsAgainstTheLimits() {
        vfs.setLimits(new VfsLimits(vfs.usedBytes() + 100, 1000));
        VfsChangeQueue q = new VfsChangeQueue(vfs, 100, () -> {});
        int id = vfs.addPendingFile("/sandbox/f", 200);
        q.drain();
        ErrnoException e = assertThrows(ErrnoException.class, () -> vfs.fillPending(id, new byte[200]));
        assertEquals(Errno.NOSPC, e.errno());
        assertEquals("/sandbox/f", vfs.pendingPath(id), "still pending after a failed load");
        vfs.setLimits(VfsLimits.UNLIMITED);
        assertTrue(vfs.fillPending(id, new byte[200]));
        assertTrue(q.drain().isEmpty(), "loading is not a modification");
    }

    @Test
    void aFailedLoadGivesItsErrnoOnceThenAsksAgain() {
        int id = vfs.addPendingFile("/sandbox/f", 3);
        vfs.failPending(id, Errno.IO);
        assertEquals(-Errno.IO, g.open("f", 0));
        assertEquals(-Errno.WOULD_BLOCK, g.open("f", 0));
        assertEquals(id, vfs.takeAwaitedLoad());
    }

    @Test
    void removedPendingFilesAreForgotten() {
        int id = vfs.addPendingFile("/sandbox/f", 3);
        new NodeFs(vfs).unlink("/sandbox/f");
        assertNull(vfs.pendingPath(id));
        assertEquals(0, vfs.pendingIds().length);
        assertFalse(vfs.fillPending(id, utf8("abc")));
    }
}
