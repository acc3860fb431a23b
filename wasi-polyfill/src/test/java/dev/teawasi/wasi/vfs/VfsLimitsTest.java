package dev.teawasi.wasi.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.host.VirtualClock;
import org.junit.jupiter.api.Test;

class VfsLimitsTest {
    private final Vfs vfs = new Vfs(new VirtualClock());

    private static int errno(Runnable r) {
        return assertThrows(ErrnoException.class, r::run).errno();
    }

    @Test
    void defaultsAreBoundedAndValidated() {
        assertEquals(VfsLimits.DEFAULT, vfs.limits());
        assertEquals(1L << 30, vfs.limits().maxBytes());
        assertEquals(1_000_000, vfs.limits().maxInodes());
        assertEquals(1, vfs.usedInodes()); // the root
        assertThrows(IllegalArgumentException.class, () -> new VfsLimits(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new VfsLimits(10, 0));
        assertThrows(IllegalArgumentException.class, () -> vfs.setLimits(null));
    }

    @Test
    void inodeLimitGivesEnospcAndFreesOnRemove() {
        vfs.setLimits(new VfsLimits(1 << 20, 4));
        DirectoryNode root = vfs.root();
        root.mkdir("d");
        root.createFile("f");
        root.symlink("s", "f");
        assertEquals(4, vfs.usedInodes());
        assertEquals(Errno.NOSPC, errno(() -> root.createFile("g")));
        assertEquals(Errno.NOSPC, errno(() -> root.mkdir("e")));
        assertEquals(Errno.NOSPC, errno(() -> root.symlink("t", "x")));
        assertNull(root.get("g"));
        long bytesBefore = vfs.usedBytes();
        root.link("f2", root.get("f")); // a hard link is no new inode
        assertEquals(bytesBefore + 2, vfs.usedBytes());
        root.unlinkFile("f");
        assertEquals(4, vfs.usedInodes()); // f2 still names it
        root.unlinkFile("f2");
        root.unlinkFile("s");
        root.removeDirectory("d");
        assertEquals(1, vfs.usedInodes());
        assertEquals(0, vfs.usedBytes());
    }

    @Test
    void byteLimitCountsDataNamesAndTargets() {
        vfs.setLimits(new VfsLimits(200, 100));
        DirectoryNode root = vfs.root();
        FileNode f = root.createFile("data");
        f.write(0, new byte[100], 0, 100); // allocates a 128-byte chunk
        assertEquals(4 + 128, vfs.usedBytes());
        assertEquals(Errno.NOSPC, errno(() -> f.write(100, new byte[100], 0, 100)));
        assertEquals(100, f.size()); // nothing written
        assertEquals(Errno.NOSPC, errno(() -> root.symlink("link", "x".repeat(100))));
        assertEquals(Errno.NOSPC, errno(() -> root.mkdir("n".repeat(100))));
        assertEquals(2, vfs.usedInodes()); // the failed creates took no inode
        root.unlinkFile("data");
        assertEquals(0, vfs.usedBytes());
        root.symlink("link", "x".repeat(100));
        assertEquals(104, vfs.usedBytes());
    }

    @Test
    void renameMovesWithoutLosingTheAccounting() {
        DirectoryNode root = vfs.root();
        DirectoryNode d = root.mkdir("d");
        FileNode f = root.createFile("a");
        f.write(0, new byte[10], 0, 10);
        long used = vfs.usedBytes();
        DirectoryNode.rename(root, "a", d, "bb");
        assertEquals(used + 1, vfs.usedBytes()); // only the longer name
        assertEquals(3, vfs.usedInodes());
        root.createFile("c");
        DirectoryNode.rename(root, "c", d, "bb"); // replaces bb: its storage is freed
        assertEquals(3, vfs.usedInodes());
        d.unlinkFile("bb");
        assertEquals(2, vfs.usedInodes());
        assertEquals(1, vfs.usedBytes()); // "d"
    }

    @Test
    void renameToALongerNameFailsCleanlyWhenFull() {
        vfs.setLimits(new VfsLimits(3, 10));
        DirectoryNode root = vfs.root();
        root.createFile("a");
        assertEquals(Errno.NOSPC, errno(() -> DirectoryNode.rename(root, "a", root, "abcd")));
        assertFalse(root.get("a") == null); // nothing moved
    }

    @Test
    void recursiveRemoveOfADeepTreeNeedsNoJavaStack() {
        vfs.setLimits(VfsLimits.UNLIMITED);
        DirectoryNode d = vfs.root().mkdir("top");
        for (int i = 0; i < 100_000; i++) {
            d = d.mkdir("d");
            d.createFile("f");
        }
        vfs.remove("/top");
        assertEquals(1, vfs.usedInodes());
        assertEquals(0, vfs.usedBytes());
    }

    @Test
    void loweringALimitBelowUseOnlyStopsGrowth() {
        vfs.root().createFile("abc").write(0, new byte[50], 0, 50);
        vfs.setCapacity(10);
        assertEquals(10, vfs.capacity());
        assertEquals(Errno.NOSPC, errno(() -> vfs.root().createFile("x")));
        vfs.root().unlinkFile("abc");
        vfs.root().createFile("x");
    }
}
