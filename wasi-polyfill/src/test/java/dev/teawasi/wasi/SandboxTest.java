package dev.teawasi.wasi;

import static dev.teawasi.wasi.Guest.ROOT;
import static dev.teawasi.wasi.Guest.assertErrno;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.Flags;
import dev.teawasi.wasi.abi.Rights;
import dev.teawasi.wasi.vfs.Vfs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attempts to reach outside the preopen: every one must fail and leave the outside untouched. */
class SandboxTest {
    private final Guest g;
    private final Vfs vfs;

    SandboxTest() {
        WasiConfig.Builder b = WasiConfig.builder().deterministic();
        b.vfs().writeFile("/secret.txt", "top secret".getBytes());
        b.vfs().writeFile("/other/file", "other".getBytes());
        b.preopen("/sandbox");
        g = Guest.of(b);
        vfs = g.config.vfs();
    }

    private void outsideUntouched() {
        assertArrayEquals("top secret".getBytes(), vfs.readFile("/secret.txt"));
        assertEquals(List.of("secret.txt", "other", "sandbox"), vfs.list("/"));
        assertEquals(List.of("file"), vfs.list("/other"));
    }

    @Test
    void dotDotEscapes() {
        g.ok(g.mkdir("a"));
        for (String p : new String[] {
            "..", "../secret.txt", "a/../../secret.txt", "a/../..", "./../sandbox", "a/../../sandbox/a"
        }) {
            assertEquals(-Errno.PERM, g.open(p, 0), p);
            assertEquals(-Errno.PERM, g.stat(p, 0), p);
        }
        assertErrno(Errno.PERM, g.mkdir("../evil"));
        assertErrno(Errno.PERM, g.unlink("../secret.txt"));
        assertErrno(Errno.PERM, g.rmdir("../other"));
        assertEquals(-Errno.PERM, g.open("../created", Flags.O_CREAT));
        outsideUntouched();
    }

    @Test
    void absolutePaths() {
        assertEquals(-Errno.PERM, g.open("/secret.txt", 0));
        assertEquals(-Errno.PERM, g.open("/sandbox", 0));
        assertEquals(-Errno.PERM, g.open("/", Flags.O_DIRECTORY));
        assertErrno(Errno.PERM, g.mkdir("/x"));
        outsideUntouched();
    }

    @Test
    void symlinkEscapes() {
        // the guest may not create absolute links; one made by the host is refused when followed
        assertErrno(Errno.PERM, g.symlink("/secret.txt", "abs"));
        vfs.symlink("/secret.txt", "/sandbox/abs");
        g.ok(g.symlink("../secret.txt", "up"));
        g.ok(g.symlink("..", "parent"));
        g.ok(g.mkdir("d"));
        g.ok(g.symlink("../../other", "d/deep"));
        assertEquals(-Errno.PERM, g.open("abs", 0));
        assertEquals(-Errno.PERM, g.open("up", 0));
        assertEquals(-Errno.PERM, g.open("parent/secret.txt", 0));
        assertEquals(-Errno.PERM, g.open("d/deep/file", 0));
        assertEquals(-Errno.PERM, g.stat("abs", Flags.LOOKUP_SYMLINK_FOLLOW));
        // lstat of the links themselves is fine
        assertTrue(g.stat("abs", 0) > 0);
        outsideUntouched();
    }

    @Test
    void createAndWriteThroughSymlinkCannotEscape() {
        // wasmer CVE-2024-38358: O_CREAT|O_TRUNC + write through a symlink pointing outside
        g.ok(g.symlink("../secret.txt", "link"));
        g.ok(g.symlink("../newfile", "dangling"));
        assertEquals(-Errno.PERM, g.open(ROOT, "link", 1, Flags.O_CREAT | Flags.O_TRUNC, Rights.ALL, 0));
        assertEquals(-Errno.PERM, g.open(ROOT, "dangling", 1, Flags.O_CREAT, Rights.ALL, 0));
        // without follow, the link itself is refused
        assertEquals(-Errno.LOOP, g.open(ROOT, "link", 0, Flags.O_CREAT | Flags.O_TRUNC, Rights.ALL, 0));
        assertEquals(-Errno.EXIST, g.open(ROOT, "link", 1, Flags.O_CREAT | Flags.O_EXCL, Rights.ALL, 0));
        assertFalse(vfs.exists("/newfile"));
        outsideUntouched();
    }

    @Test
    void relativeSymlinkAfterDirectoryMoveCannotEscape() {
        // wazero #2321 class: a link that was harmless where it was created becomes an escape once moved up
        g.ok(g.mkdir("a"));
        g.ok(g.mkdir("a/b"));
        g.ok(g.symlink("../../secret.txt", "a/b/l"));
        assertEquals(-Errno.NOENT, g.open("a/b/l", 0)); // resolves to sandbox/secret.txt, which does not exist
        g.ok(g.rename("a/b/l", "l"));
        assertEquals(-Errno.PERM, g.open("l", 0));
        outsideUntouched();
    }

    @Test
    void loopsAndChains() {
        g.ok(g.symlink("b", "a"));
        g.ok(g.symlink("a", "b"));
        assertEquals(-Errno.LOOP, g.open("a", 0));
        assertEquals(-Errno.LOOP, g.open("a/x", Flags.O_CREAT));
        g.ok(g.symlink(".", "dot"));
        int fd = g.openDir("dot/dot/dot/dot");
        assertTrue(fd > 0);
        StringBuilder deep = new StringBuilder("dot");
        for (int i = 0; i < 40; i++) {
            deep.append("/dot");
        }
        assertEquals(-Errno.LOOP, g.openDir(deep.toString()));
    }

    @Test
    void hardLinksAndRenamesStayInside() {
        g.ok(g.mkdir("d"));
        assertErrno(Errno.PERM, g.link("../secret.txt", "s", 0));
        assertErrno(Errno.PERM, g.link("d", "../x", 0));
        assertErrno(Errno.PERM, g.rename("d", "../d"));
        assertErrno(Errno.PERM, g.rename("../secret.txt", "stolen"));
        g.ok(g.symlink("../other", "o"));
        assertErrno(Errno.PERM, g.rename("d", "o/d"));
        outsideUntouched();
    }

    @Test
    void openedSubdirectoryIsItsOwnRoot() {
        g.ok(g.mkdir("sub"));
        int sub = g.openDir("sub");
        assertTrue(sub > 0);
        int fdp = g.alloc(4);
        String p = "../x";
        assertErrno(Errno.PERM, g.p1.path_open(sub, 0, g.str(p), 4, Flags.O_CREAT, Rights.ALL, Rights.ALL, 0, fdp));
        assertFalse(vfs.exists("/sandbox/x"));
    }

    @Test
    void nulAndInvalidUtf8() {
        int fdp = g.alloc(4);
        int nul = g.bytes(new byte[] {'a', 0, 'b'});
        assertErrno(Errno.INVAL, g.p1.path_open(ROOT, 0, nul, 3, Flags.O_CREAT, Rights.ALL, Rights.ALL, 0, fdp));
        int bad = g.bytes(new byte[] {'a', (byte) 0xC3, '('});
        assertErrno(Errno.ILSEQ, g.p1.path_open(ROOT, 0, bad, 3, Flags.O_CREAT, Rights.ALL, Rights.ALL, 0, fdp));
        int surrogate = g.bytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        assertErrno(Errno.ILSEQ, g.p1.path_create_directory(ROOT, surrogate, 3));
        int overlong = g.bytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        assertErrno(Errno.ILSEQ, g.p1.path_create_directory(ROOT, overlong, 2));
        assertEquals(List.of(), vfs.list("/sandbox"));
    }

    @Test
    void renumberAndClosePreopens() {
        int fd = g.open("f", Flags.O_CREAT);
        assertEquals(4, fd);
        g.ok(g.p1.fd_renumber(ROOT, fd));
        // the preopen now lives at 4, 3 is free
        int p = g.alloc(8);
        g.ok(g.p1.fd_prestat_get(4, p));
        assertErrno(Errno.BADF, g.p1.fd_prestat_get(3, p));
        assertErrno(Errno.BADF, g.p1.fd_renumber(3, 4));
        assertErrno(Errno.BADF, g.p1.fd_renumber(4, 9));
        g.ok(g.p1.fd_close(4));
        assertErrno(Errno.BADF, g.p1.fd_prestat_get(4, p));
        assertEquals(-Errno.BADF, g.open(ROOT, "f", 0, 0, Rights.ALL, 0));
        assertErrno(Errno.BADF, g.p1.fd_close(4));
        // nothing left to reach the file system through
        assertErrno(Errno.BADF, g.p1.path_create_directory(4, g.str("x"), 1));
    }

    @Test
    void rightsAreReducedNeverRaisedAndEnforced() {
        int fd = g.open(ROOT, "f", 0, Flags.O_CREAT, Rights.FD_READ | Rights.FD_WRITE | Rights.FD_SEEK, 0);
        int p = g.alloc(24);
        g.ok(g.p1.fd_fdstat_set_rights(fd, Rights.FD_READ | Rights.FD_SEEK, 0));
        assertErrno(Errno.NOTCAPABLE, g.p1.fd_fdstat_set_rights(fd, Rights.FD_READ | Rights.FD_WRITE, 0));
        g.ok(g.p1.fd_fdstat_get(fd, p));
        assertEquals(Rights.FD_READ | Rights.FD_SEEK, g.mem.loadI64(p + 8));
        assertEquals(-Errno.BADF, g.write(fd, "x"));
        int off = g.alloc(8);
        assertErrno(Errno.NOTCAPABLE, g.p1.fd_tell(fd, off));
        assertErrno(Errno.NOTCAPABLE, g.p1.fd_filestat_get(fd, g.alloc(64)));
        // the directory: drop path_create_file and path_open's inheritable write
        g.ok(g.p1.fd_fdstat_set_rights(
                ROOT, Rights.DIRECTORY & ~Rights.PATH_CREATE_FILE, Rights.FD_READ | Rights.FD_SEEK));
        assertEquals(-Errno.NOTCAPABLE, g.open("new", Flags.O_CREAT));
        int r = g.open("f", 0);
        g.ok(g.p1.fd_fdstat_get(r, p));
        assertEquals(Rights.FD_READ | Rights.FD_SEEK, g.mem.loadI64(p + 8));
        assertEquals(-Errno.BADF, g.write(r, "x"));
        g.ok(g.p1.fd_fdstat_set_rights(ROOT, Rights.PATH_OPEN, 0));
        assertErrno(Errno.NOTCAPABLE, g.mkdir("d"));
        assertErrno(Errno.NOTCAPABLE, g.unlink("f"));
        assertEquals(-Errno.NOTCAPABLE, g.stat("f", 0));
        assertErrno(Errno.NOTCAPABLE, g.p1.fd_readdir(ROOT, g.alloc(64), 64, 0, g.alloc(4)));
    }
}
