package dev.teawasi.wasi.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.host.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryNodeTest {
    private final Vfs vfs = new Vfs(new VirtualClock());
    private final DirectoryNode root = vfs.root();

    private static int errno(Runnable r) {
        return assertThrows(ErrnoException.class, r::run).errno();
    }

    @Test
    void linkCountsFollowPosix() {
        DirectoryNode a = root.mkdir("a");
        assertEquals(2, a.nlink());
        assertEquals(3, root.nlink());
        FileNode f = a.createFile("f");
        assertEquals(1, f.nlink());
        root.link("g", f);
        assertEquals(2, f.nlink());
        a.unlinkFile("f");
        assertEquals(1, f.nlink());
        assertSame(f, root.get("g"));
        a.mkdir("sub");
        assertEquals(3, a.nlink());
        a.removeDirectory("sub");
        assertEquals(2, a.nlink());
    }

    @Test
    void inodeNumbersAreUniqueAndDeviceShared() {
        DirectoryNode a = root.mkdir("a");
        FileNode f = root.createFile("f");
        assertTrue(a.ino() != f.ino() && a.ino() != root.ino());
        assertEquals(root.dev(), f.dev());
        assertTrue(new Vfs().device() != vfs.device());
    }

    @Test
    void createErrors() {
        root.createFile("x");
        assertEquals(Errno.EXIST, errno(() -> root.mkdir("x")));
        assertEquals(Errno.EXIST, errno(() -> root.symlink("x", "t")));
        assertEquals(Errno.PERM, errno(() -> root.link("d", root.mkdir("dd"))));
        assertEquals(Errno.INVAL, errno(() -> root.createFile("a/b")));
        assertEquals(Errno.INVAL, errno(() -> root.createFile("..")));
        DirectoryNode gone = root.mkdir("gone");
        root.removeDirectory("gone");
        assertEquals(Errno.NOENT, errno(() -> gone.createFile("y")));
    }

    @Test
    void removeErrors() {
        DirectoryNode d = root.mkdir("d");
        d.createFile("f");
        root.createFile("file");
        assertEquals(Errno.ISDIR, errno(() -> root.unlinkFile("d")));
        assertEquals(Errno.NOTDIR, errno(() -> root.removeDirectory("file")));
        assertEquals(Errno.NOTEMPTY, errno(() -> root.removeDirectory("d")));
        assertEquals(Errno.NOENT, errno(() -> root.unlinkFile("nope")));
        assertEquals(Errno.NOENT, errno(() -> root.removeDirectory("nope")));
    }

    @Test
    void renameFollowsPosixRules() {
        DirectoryNode a = root.mkdir("a");
        DirectoryNode b = a.mkdir("b");
        DirectoryNode empty = root.mkdir("empty");
        DirectoryNode full = root.mkdir("full");
        full.createFile("x");
        FileNode f = root.createFile("f");
        FileNode g = root.createFile("g");
        // directory into its own subtree
        assertEquals(Errno.INVAL, errno(() -> DirectoryNode.rename(root, "a", b, "a2")));
        assertEquals(Errno.INVAL, errno(() -> DirectoryNode.rename(root, "a", a, "a2")));
        // directory over file, file over directory, directory over non-empty directory
        assertEquals(Errno.NOTDIR, errno(() -> DirectoryNode.rename(root, "a", root, "f")));
        assertEquals(Errno.ISDIR, errno(() -> DirectoryNode.rename(root, "f", root, "empty")));
        assertEquals(Errno.NOTEMPTY, errno(() -> DirectoryNode.rename(root, "a", root, "full")));
        assertEquals(Errno.NOENT, errno(() -> DirectoryNode.rename(root, "nope", root, "x")));
        // file over file: g's inode loses its link
        DirectoryNode.rename(root, "f", root, "g");
        assertSame(f, root.get("g"));
        assertNull(root.get("f"));
        assertEquals(0, g.nlink());
        // directory over empty directory
        DirectoryNode.rename(root, "a", root, "empty");
        assertSame(a, root.get("empty"));
        assertTrue(empty.isRemoved());
        assertSame(root, a.parent());
        // moving a directory updates parent and link counts
        DirectoryNode.rename(root, "full", b, "full");
        assertSame(b, full.parent());
        assertEquals(3, b.nlink());
        // hard links to the same inode: no-op
        root.link("h", f);
        DirectoryNode.rename(root, "g", root, "h");
        assertSame(f, root.get("g"));
        assertSame(f, root.get("h"));
    }

    @Test
    void cookiesStayStableWhileEntriesChange() {
        for (String n : new String[] {"c", "a", "b", "d"}) {
            root.createFile(n);
        }
        List<String> seen = new ArrayList<>();
        DirectoryNode.Entry e = root.entryAfter(0);
        seen.add(e.name);
        long cookie = e.cookie;
        // between reads: remove the next entry and one already read, add a new one
        root.unlinkFile("a");
        root.unlinkFile("c");
        root.createFile("e");
        for (e = root.entryAfter(cookie); e != null; e = root.entryAfter(e.cookie)) {
            seen.add(e.name);
        }
        assertEquals(List.of("c", "b", "d", "e"), seen);
        // creation order listing
        List<String> names = new ArrayList<>();
        for (DirectoryNode.Entry x : root.entries()) {
            names.add(x.name);
        }
        assertEquals(List.of("b", "d", "e"), names);
    }
}
