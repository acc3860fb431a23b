package dev.teawasi.wasi;

import static dev.teawasi.wasi.Guest.ROOT;
import static dev.teawasi.wasi.Guest.assertErrno;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.FileType;
import dev.teawasi.wasi.abi.Flags;
import dev.teawasi.wasi.abi.Rights;
import dev.teawasi.wasi.host.VirtualClock;
import dev.teawasi.wasi.vfs.Inode;
import org.junit.jupiter.api.Test;

/** Byte layouts of every struct WASI writes or reads, for both snapshots. */
class AbiLayoutTest {
    @Test
    void fdstatLayout() {
        Guest g = Guest.withSandbox();
        int fd = g.open(ROOT, "f", 0, Flags.O_CREAT, Rights.FD_READ | Rights.FD_WRITE, Flags.FDFLAG_APPEND);
        int p = g.alloc(24);
        g.mem.fill(p, 24, (byte) 0x55);
        g.ok(g.p1.fd_fdstat_get(fd, p));
        assertEquals(FileType.REGULAR_FILE, g.mem.loadU8(p));
        assertEquals(0, g.mem.loadU8(p + 1));
        assertEquals(Flags.FDFLAG_APPEND, g.mem.loadU16(p + 2));
        assertEquals(0, g.mem.loadI32(p + 4));
        assertEquals(Rights.FD_READ | Rights.FD_WRITE, g.mem.loadI64(p + 8));
        g.ok(g.p1.fd_fdstat_get(ROOT, p));
        assertEquals(FileType.DIRECTORY, g.mem.loadU8(p));
        assertEquals(Rights.DIRECTORY, g.mem.loadI64(p + 8));
        assertEquals(Rights.DIRECTORY | Rights.REGULAR_FILE, g.mem.loadI64(p + 16));
        g.ok(g.p1.fd_fdstat_get(1, p));
        assertEquals(FileType.CHARACTER_DEVICE, g.mem.loadU8(p));
    }

    @Test
    void filestatLayoutPreview1AndSnapshot0() {
        VirtualClock clock = new VirtualClock(5_000_000_000L);
        Guest g = Guest.of(WasiConfig.builder().clock(clock).preopen("/sandbox"));
        int fd = g.open("f", Flags.O_CREAT);
        g.write(fd, "12345");
        Inode f = g.config.vfs().lookup("/sandbox/f", false);
        g.ok(g.link("f", "g", 0));
        int p = g.alloc(64);
        g.mem.fill(p, 64, (byte) 0x55);
        g.ok(g.p1.fd_filestat_get(fd, p));
        assertEquals(f.dev(), g.mem.loadI64(p));
        assertEquals(f.ino(), g.mem.loadI64(p + 8));
        assertEquals(FileType.REGULAR_FILE, g.mem.loadU8(p + 16));
        assertEquals(0, g.mem.loadU8(p + 17));
        assertEquals(2, g.mem.loadI64(p + 24));
        assertEquals(5, g.mem.loadI64(p + 32));
        assertEquals(5_000_000_000L, g.mem.loadI64(p + 40));
        assertEquals(5_000_000_000L, g.mem.loadI64(p + 48));
        assertEquals(5_000_000_000L, g.mem.loadI64(p + 56));

        int q = g.alloc(64);
        g.mem.fill(q, 64, (byte) 0x55);
        g.ok(g.s0.fd_filestat_get(fd, q));
        assertEquals(f.ino(), g.mem.loadI64(q + 8));
        assertEquals(FileType.REGULAR_FILE, g.mem.loadU8(q + 16));
        assertEquals(2, g.mem.loadI32(q + 20));
        assertEquals(5, g.mem.loadI64(q + 24));
        assertEquals(5_000_000_000L, g.mem.loadI64(q + 32));
        assertEquals(5_000_000_000L, g.mem.loadI64(q + 48));
        assertEquals(0x55, g.mem.loadU8(q + 56)); // snapshot 0 filestat is 56 bytes
    }

    @Test
    void prestatLayoutAndDirName() {
        Guest g = Guest.of(
                WasiConfig.builder().deterministic().preopen("/sandbox").preopen("/tmp"));
        int p = g.alloc(8);
        g.mem.fill(p, 8, (byte) 0x55);
        g.ok(g.p1.fd_prestat_get(4, p));
        assertEquals(Flags.PREOPENTYPE_DIR, g.mem.loadU8(p));
        assertEquals(0, g.mem.loadU8(p + 1));
        assertEquals(4, g.mem.loadI32(p + 4));
        int name = g.alloc(8);
        g.ok(g.p1.fd_prestat_dir_name(4, name, 4));
        assertEquals("/tmp", g.readString(name, 4));
        assertErrno(Errno.NAMETOOLONG, g.p1.fd_prestat_dir_name(4, name, 3));
        assertErrno(Errno.BADF, g.p1.fd_prestat_get(5, p));
        assertErrno(Errno.BADF, g.p1.fd_prestat_get(1, p));
    }

    @Test
    void direntLayout() {
        Guest g = Guest.withSandbox();
        g.ok(g.mkdir("sub"));
        int buf = g.alloc(256);
        int used = g.alloc(4);
        g.ok(g.p1.fd_readdir(ROOT, buf, 256, 0, used));
        // ".", "..", "sub": 24-byte headers followed by the names
        assertEquals(24 + 1 + 24 + 2 + 24 + 3, g.mem.loadI32(used));
        assertEquals(1, g.mem.loadI64(buf));
        assertEquals(1, g.mem.loadI32(buf + 16));
        assertEquals(FileType.DIRECTORY, g.mem.loadU8(buf + 20));
        assertEquals(".", g.readString(buf + 24, 1));
        int second = buf + 25;
        assertEquals(2, g.mem.loadI64(second));
        assertEquals("..", g.readString(second + 24, 2));
        int third = second + 26;
        Inode sub = g.config.vfs().lookup("/sandbox/sub", false);
        assertEquals(sub.ino(), g.mem.loadI64(third + 8));
        assertEquals(3, g.mem.loadI32(third + 16));
        assertEquals(FileType.DIRECTORY, g.mem.loadU8(third + 20));
        assertEquals("sub", g.readString(third + 24, 3));
    }

    @Test
    void iovecScatterAndGather() {
        Guest g = Guest.withSandbox();
        int fd = g.open("f", Flags.O_CREAT);
        int iov = g.alloc(24);
        g.mem.storeI32(iov, g.str("ab"));
        g.mem.storeI32(iov + 4, 2);
        g.mem.storeI32(iov + 8, 0);
        g.mem.storeI32(iov + 12, 0);
        g.mem.storeI32(iov + 16, g.str("cde"));
        g.mem.storeI32(iov + 20, 3);
        int n = g.alloc(4);
        g.ok(g.p1.fd_write(fd, iov, 3, n));
        assertEquals(5, g.mem.loadI32(n));
        int b1 = g.alloc(1);
        int b2 = g.alloc(10);
        g.mem.storeI32(iov, b1);
        g.mem.storeI32(iov + 4, 1);
        g.mem.storeI32(iov + 8, b2);
        g.mem.storeI32(iov + 12, 10);
        int off = g.alloc(8);
        g.ok(g.p1.fd_seek(fd, 0, Flags.WHENCE_SET, off));
        g.ok(g.p1.fd_read(fd, iov, 2, n));
        assertEquals(5, g.mem.loadI32(n));
        assertEquals("a", g.readString(b1, 1));
        assertEquals("bcde", g.readString(b2, 4));
    }

    @Test
    void whenceNumberingDiffersBetweenSnapshots() {
        Guest g = Guest.withSandbox();
        int fd = g.open("f", Flags.O_CREAT);
        g.write(fd, "0123456789");
        int off = g.alloc(8);
        g.ok(g.p1.fd_seek(fd, 2, 0, off)); // preview1 0 = SET
        assertEquals(2, g.mem.loadI64(off));
        g.ok(g.s0.fd_seek(fd, 3, 0, off)); // snapshot0 0 = CUR
        assertEquals(5, g.mem.loadI64(off));
        g.ok(g.s0.fd_seek(fd, -1, 1, off)); // snapshot0 1 = END
        assertEquals(9, g.mem.loadI64(off));
        g.ok(g.s0.fd_seek(fd, 4, 2, off)); // snapshot0 2 = SET
        assertEquals(4, g.mem.loadI64(off));
        g.ok(g.p1.fd_seek(fd, -2, 2, off)); // preview1 2 = END
        assertEquals(8, g.mem.loadI64(off));
        assertErrno(Errno.INVAL, g.p1.fd_seek(fd, 0, 3, off));
        assertErrno(Errno.INVAL, g.p1.fd_seek(fd, -1, Flags.WHENCE_SET, off));
        g.ok(g.p1.fd_tell(fd, off));
        assertEquals(8, g.mem.loadI64(off));
    }

    @Test
    void subscriptionAndEventLayoutBothSnapshots() {
        VirtualClock clock = new VirtualClock();
        Guest g = Guest.of(WasiConfig.builder().clock(clock).sleeper(clock).preopen("/sandbox"));
        // preview1: one relative clock subscription of 1 ms
        int sub = g.alloc(48);
        g.mem.fill(sub, 48, (byte) 0);
        g.mem.storeI64(sub, 0x1122334455667788L);
        g.mem.storeU8(sub + 8, Flags.EVENT_CLOCK);
        g.mem.storeI32(sub + 16, Flags.CLOCK_MONOTONIC);
        g.mem.storeI64(sub + 24, 1_000_000);
        g.mem.storeI64(sub + 32, 0);
        g.mem.storeU16(sub + 40, 0);
        int ev = g.alloc(32);
        g.mem.fill(ev, 32, (byte) 0x55);
        int n = g.alloc(4);
        g.ok(g.p1.poll_oneoff(sub, ev, 1, n));
        assertEquals(1, g.mem.loadI32(n));
        assertEquals(0x1122334455667788L, g.mem.loadI64(ev));
        assertEquals(0, g.mem.loadU16(ev + 8));
        assertEquals(Flags.EVENT_CLOCK, g.mem.loadU8(ev + 10));
        assertEquals(0, g.mem.loadI64(ev + 16));
        assertEquals(1_000_000, clock.monotonicNanos());

        // snapshot 0: the clock has an identifier u64 first, so id at 24, timeout at 32, flags at 48 (abstime)
        int sub0 = g.alloc(56);
        g.mem.fill(sub0, 56, (byte) 0);
        g.mem.storeI64(sub0, 7);
        g.mem.storeU8(sub0 + 8, Flags.EVENT_CLOCK);
        g.mem.storeI64(sub0 + 16, 99);
        g.mem.storeI32(sub0 + 24, Flags.CLOCK_MONOTONIC);
        g.mem.storeI64(sub0 + 32, 3_000_000);
        g.mem.storeU16(sub0 + 48, Flags.SUBSCRIPTION_CLOCK_ABSTIME);
        g.ok(g.s0.poll_oneoff(sub0, ev, 1, n));
        assertEquals(1, g.mem.loadI32(n));
        assertEquals(7, g.mem.loadI64(ev));
        assertEquals(3_000_000, clock.monotonicNanos());
    }

    @Test
    void argsAndEnvironLayout() {
        Guest g = Guest.of(
                WasiConfig.builder().args("prog", "héllo", "").env("A", "1").env("PATH", "/bin"));
        int c = g.alloc(4);
        int s = g.alloc(4);
        g.ok(g.p1.args_sizes_get(c, s));
        assertEquals(3, g.mem.loadI32(c));
        assertEquals(5 + 7 + 1, g.mem.loadI32(s));
        int argv = g.alloc(12);
        int buf = g.alloc(13);
        g.ok(g.p1.args_get(argv, buf));
        assertEquals(buf, g.mem.loadI32(argv));
        assertEquals(buf + 5, g.mem.loadI32(argv + 4));
        assertEquals(buf + 12, g.mem.loadI32(argv + 8));
        assertEquals("héllo", g.readString(buf + 5, 6));
        assertEquals(0, g.mem.loadU8(buf + 11));
        g.ok(g.p1.environ_sizes_get(c, s));
        assertEquals(2, g.mem.loadI32(c));
        assertEquals(4 + 10, g.mem.loadI32(s));
        int env = g.alloc(8);
        int ebuf = g.alloc(14);
        g.ok(g.p1.environ_get(env, ebuf));
        assertEquals("PATH=/bin", g.readString(g.mem.loadI32(env + 4), 9));
    }
}
