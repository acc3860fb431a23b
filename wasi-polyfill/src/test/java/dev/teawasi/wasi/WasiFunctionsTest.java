package dev.teawasi.wasi;

import static dev.teawasi.wasi.Guest.ROOT;
import static dev.teawasi.wasi.Guest.assertErrno;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.Flags;
import dev.teawasi.wasi.abi.Rights;
import dev.teawasi.wasi.host.ByteArrayInput;
import dev.teawasi.wasi.host.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour and errno paths of the function layer. */
class WasiFunctionsTest {
    private final Guest g = Guest.withSandbox();

    @Test
    void pathOpenFlags() {
        int fd = g.open("f", Flags.O_CREAT);
        assertTrue(fd > 3);
        g.write(fd, "hello");
        assertEquals(-Errno.EXIST, g.open("f", Flags.O_CREAT | Flags.O_EXCL));
        assertEquals(-Errno.NOENT, g.open("missing", 0));
        assertEquals(-Errno.NOTDIR, g.open("f", Flags.O_DIRECTORY));
        assertEquals(-Errno.NOTDIR, g.open("f/", 0));
        assertEquals(-Errno.ISDIR, g.open("new/", Flags.O_CREAT));
        assertEquals(-Errno.INVAL, g.open("x", Flags.O_CREAT | Flags.O_DIRECTORY));
        assertEquals(-Errno.INVAL, g.open("x", 0x10));
        int t = g.open("f", Flags.O_TRUNC);
        assertEquals("", g.read(t, 10));
        assertEquals(0, g.config.vfs().stat("/sandbox/f").size);
        g.ok(g.mkdir("d"));
        assertEquals(-Errno.ISDIR, g.open("d", 0)); // write rights requested on a directory
        assertEquals(-Errno.ISDIR, g.open("d", Flags.O_TRUNC));
        assertTrue(g.openDir("d/") > 0);
        assertEquals(-Errno.NOTDIR, g.open(fd, "x", 0, 0, Rights.ALL, 0));
        assertEquals(-Errno.BADF, g.open(99, "x", 0, 0, Rights.ALL, 0));
        // symlinks and lookup flags
        g.ok(g.symlink("f", "lf"));
        g.ok(g.symlink("d", "ld"));
        assertEquals(-Errno.LOOP, g.open(ROOT, "lf", 0, 0, Rights.FD_READ, 0));
        assertEquals(-Errno.NOTDIR, g.open(ROOT, "ld", 0, Flags.O_DIRECTORY, Rights.FD_READ, 0));
        assertTrue(g.open(ROOT, "lf", 1, 0, Rights.FD_READ, 0) > 0);
        assertTrue(g.openDir("ld") > 0);
        // O_CREAT through a dangling in-sandbox link creates the target
        g.ok(g.symlink("target", "dl"));
        assertTrue(g.open("dl", Flags.O_CREAT) > 0);
        assertTrue(g.config.vfs().exists("/sandbox/target"));
    }

    @Test
    void readWriteSeekOnTheWrongKindOfDescriptor() {
        int off = g.alloc(8);
        assertEquals("E" + Errno.BADF, g.read(ROOT, 4));
        assertEquals(-Errno.BADF, g.write(ROOT, "x"));
        assertEquals(-Errno.BADF, g.write(0, "x"));
        assertEquals("E" + Errno.BADF, g.read(1, 4));
        assertErrno(Errno.SPIPE, g.p1.fd_seek(1, 0, Flags.WHENCE_CUR, off));
        assertErrno(Errno.BADF, g.p1.fd_seek(ROOT, 0, Flags.WHENCE_CUR, off));
        assertErrno(Errno.SPIPE, g.p1.fd_tell(0, off));
        assertErrno(Errno.SPIPE, g.p1.fd_pread(0, g.alloc(8), 0, 0, off));
        assertErrno(Errno.SPIPE, g.p1.fd_pwrite(1, g.alloc(8), 0, 0, off));
        assertErrno(Errno.BADF, g.p1.fd_seek(42, 0, 0, off));
        assertErrno(Errno.NOTDIR, g.p1.fd_readdir(1, g.alloc(8), 8, 0, off));
    }

    @Test
    void appendModeAndPositionalIo() {
        int fd = g.open(ROOT, "f", 1, Flags.O_CREAT, Rights.ALL, Flags.FDFLAG_APPEND);
        g.write(fd, "abc");
        int off = g.alloc(8);
        g.ok(g.p1.fd_seek(fd, 0, Flags.WHENCE_SET, off));
        g.write(fd, "def");
        assertArrayEquals("abcdef".getBytes(), g.config.vfs().readFile("/sandbox/f"));
        // pwrite leaves the position alone; pread too
        int iov = g.alloc(8);
        g.mem.storeI32(iov, g.str("XY"));
        g.mem.storeI32(iov + 4, 2);
        int n = g.alloc(4);
        g.ok(g.p1.fd_pwrite(fd, iov, 1, 1, n));
        assertEquals(2, g.mem.loadI32(n));
        int buf = g.alloc(4);
        g.mem.storeI32(iov, buf);
        g.mem.storeI32(iov + 4, 4);
        g.ok(g.p1.fd_pread(fd, iov, 1, 2, n));
        assertEquals("Ydef", g.readString(buf, 4));
        g.ok(g.p1.fd_tell(fd, off));
        assertEquals(6, g.mem.loadI64(off));
        assertErrno(Errno.INVAL, g.p1.fd_pread(fd, iov, 1, -1, n));
        // clearing append
        g.ok(g.p1.fd_fdstat_set_flags(fd, 0));
        g.ok(g.p1.fd_seek(fd, 0, Flags.WHENCE_SET, off));
        g.write(fd, "Z");
        assertArrayEquals("ZXYdef".getBytes(), g.config.vfs().readFile("/sandbox/f"));
        assertErrno(Errno.INVAL, g.p1.fd_fdstat_set_flags(fd, 0x40));
        // seek past the end then write leaves a hole of zeros
        g.ok(g.p1.fd_seek(fd, 10, Flags.WHENCE_SET, off));
        g.write(fd, "!");
        assertArrayEquals("ZXYdef\0\0\0\0!".getBytes(), g.config.vfs().readFile("/sandbox/f"));
    }

    @Test
    void sizesTimesAndAllocate() {
        VirtualClock clock = new VirtualClock(1_000L);
        Guest h = Guest.of(WasiConfig.builder().clock(clock).preopen("/sandbox"));
        int fd = h.open("f", Flags.O_CREAT);
        h.ok(h.p1.fd_filestat_set_size(fd, 100));
        assertEquals(100, h.config.vfs().stat("/sandbox/f").size);
        h.ok(h.p1.fd_allocate(fd, 50, 100));
        assertEquals(150, h.config.vfs().stat("/sandbox/f").size);
        assertErrno(Errno.INVAL, h.p1.fd_allocate(fd, 0, 0));
        assertErrno(Errno.INVAL, h.p1.fd_filestat_set_size(fd, -1));
        assertErrno(Errno.BADF, h.p1.fd_filestat_set_size(ROOT, 0));
        h.ok(h.p1.fd_filestat_set_times(fd, 111, 222, Flags.FST_ATIM | Flags.FST_MTIM));
        assertEquals(111, h.config.vfs().stat("/sandbox/f").atim);
        assertEquals(222, h.config.vfs().stat("/sandbox/f").mtim);
        clock.advance(5);
        h.ok(h.p1.fd_filestat_set_times(fd, 0, 0, Flags.FST_MTIM_NOW));
        assertEquals(1_005, h.config.vfs().stat("/sandbox/f").mtim);
        assertEquals(111, h.config.vfs().stat("/sandbox/f").atim);
        assertErrno(Errno.INVAL, h.p1.fd_filestat_set_times(fd, 0, 0, Flags.FST_ATIM | Flags.FST_ATIM_NOW));
        assertErrno(Errno.INVAL, h.p1.fd_filestat_set_times(fd, 0, 0, 0x10));
        String p = "f";
        h.ok(h.p1.path_filestat_set_times(ROOT, 0, h.str(p), 1, 7, 8, Flags.FST_ATIM | Flags.FST_MTIM));
        assertEquals(8, h.config.vfs().stat("/sandbox/f").mtim);
        assertErrno(Errno.NOENT, h.p1.path_filestat_set_times(ROOT, 0, h.str("zz"), 2, 7, 8, Flags.FST_ATIM));
        assertErrno(Errno.INVAL, h.p1.fd_advise(fd, 0, 0, 6));
        h.ok(h.p1.fd_advise(fd, 0, 10, Flags.ADVICE_NOREUSE));
        h.ok(h.p1.fd_sync(fd));
        h.ok(h.p1.fd_datasync(fd));
        h.ok(h.p1.fd_sync(1));
    }

    /** All names fd_readdir returns from cookie, with a buffer of bufLen bytes per call. */
    private List<String> readdir(int fd, int bufLen, long cookie) {
        List<String> names = new ArrayList<>();
        int buf = g.alloc(bufLen);
        int used = g.alloc(4);
        while (true) {
            g.ok(g.p1.fd_readdir(fd, buf, bufLen, cookie, used));
            int n = g.mem.loadI32(used);
            int p = 0;
            boolean progressed = false;
            while (p + 24 <= n) {
                int namlen = g.mem.loadI32(buf + p + 16);
                if (p + 24 + namlen > n) {
                    break;
                }
                names.add(g.readString(buf + p + 24, namlen));
                cookie = g.mem.loadI64(buf + p);
                p += 24 + namlen;
                progressed = true;
            }
            if (n < bufLen) {
                return names;
            }
            assertTrue(progressed, "buffer too small for one entry");
        }
    }

    @Test
    void readdirWithSmallBuffersAndChangingEntries() {
        for (String n : new String[] {"zeta", "alpha", "mid"}) {
            g.open(n, Flags.O_CREAT);
        }
        int d = g.openDir(".");
        assertEquals(List.of(".", "..", "zeta", "alpha", "mid"), readdir(d, 4096, 0));
        assertEquals(List.of(".", "..", "zeta", "alpha", "mid"), readdir(d, 30, 0));
        // read up to "zeta", then change the directory, then continue from its cookie
        int buf = g.alloc(200);
        int used = g.alloc(4);
        g.ok(g.p1.fd_readdir(d, buf, 24 + 1 + 24 + 2 + 24 + 4, 0, used));
        long cookie = g.mem.loadI64(buf + 24 + 1 + 24 + 2);
        g.ok(g.unlink("zeta"));
        g.ok(g.unlink("mid"));
        g.open("new", Flags.O_CREAT);
        assertEquals(List.of("alpha", "new"), readdir(d, 4096, cookie));
        assertEquals(List.of(), readdir(d, 4096, Long.MAX_VALUE));
        assertEquals(List.of(), readdir(d, 4096, -1));
        // a truncated last entry fills the buffer exactly
        g.ok(g.p1.fd_readdir(d, buf, 10, 0, used));
        assertEquals(10, g.mem.loadI32(used));
    }

    @Test
    void removeRenameLinkSymlinkErrnos() {
        g.ok(g.mkdir("d"));
        g.ok(g.mkdir("d/e"));
        g.open("f", Flags.O_CREAT);
        assertErrno(Errno.EXIST, g.mkdir("d"));
        assertErrno(Errno.EXIST, g.mkdir("."));
        assertErrno(Errno.NOENT, g.mkdir("nope/x"));
        assertErrno(Errno.ISDIR, g.unlink("d"));
        assertErrno(Errno.NOTDIR, g.unlink("f/"));
        assertErrno(Errno.NOENT, g.unlink("nope"));
        assertErrno(Errno.NOTDIR, g.rmdir("f"));
        assertErrno(Errno.NOTEMPTY, g.rmdir("d"));
        assertErrno(Errno.INVAL, g.rmdir("."));
        assertErrno(Errno.ISDIR, g.rename("f", "d"));
        assertErrno(Errno.NOTDIR, g.rename("d", "f"));
        assertErrno(Errno.INVAL, g.rename("d", "d/e/x"));
        assertErrno(Errno.NOENT, g.rename("f2", "x"));
        assertErrno(Errno.NOTDIR, g.rename("f/", "g"));
        assertErrno(Errno.NOTDIR, g.rename("f", "g/"));
        g.ok(g.rename("d/", "d2/"));
        g.ok(g.rename("d2/e", "e"));
        g.ok(g.rmdir("e/"));
        assertErrno(Errno.PERM, g.link("d2", "d3", 0));
        assertErrno(Errno.EXIST, g.link("f", "d2", 0));
        assertErrno(Errno.NOENT, g.link("f", "n/", 0));
        g.ok(g.link("f", "hard", 0));
        assertEquals(2, g.config.vfs().stat("/sandbox/f").nlink);
        g.ok(g.symlink("f", "sl"));
        g.ok(g.link("sl", "hardToTarget", Flags.LOOKUP_SYMLINK_FOLLOW));
        assertEquals(3, g.config.vfs().stat("/sandbox/f").nlink);
        g.ok(g.link("sl", "hardToLink", 0));
        assertTrue(g.config.vfs().lstat("/sandbox/hardToLink").isSymlink());
        assertErrno(Errno.EXIST, g.symlink("x", "f"));
        assertErrno(Errno.NOENT, g.symlink("x", "newlink/"));
        assertErrno(Errno.EXIST, g.symlink("x", "d2/"));
        g.ok(g.unlink("sl"));
        assertTrue(g.config.vfs().exists("/sandbox/f"));
    }

    @Test
    void readlink() {
        g.ok(g.symlink("some/target", "l"));
        g.open("f", Flags.O_CREAT);
        int buf = g.alloc(32);
        int used = g.alloc(4);
        g.ok(g.p1.path_readlink(ROOT, g.str("l"), 1, buf, 32, used));
        assertEquals(11, g.mem.loadI32(used));
        assertEquals("some/target", g.readString(buf, 11));
        g.ok(g.p1.path_readlink(ROOT, g.str("l"), 1, buf, 4, used));
        assertEquals(4, g.mem.loadI32(used));
        assertErrno(Errno.INVAL, g.p1.path_readlink(ROOT, g.str("f"), 1, buf, 32, used));
        assertErrno(Errno.NOENT, g.p1.path_readlink(ROOT, g.str("n"), 1, buf, 32, used));
    }

    @Test
    void stdioStreams() {
        ByteArrayInput in = new ByteArrayInput();
        Guest h = Guest.of(WasiConfig.builder().deterministic().stdin(in));
        assertEquals(5, h.write(1, "hello"));
        assertEquals(3, h.write(2, "err"));
        assertEquals("hello", h.out.toString());
        assertEquals("err", h.err.toString());
        assertEquals("E" + Errno.WOULD_BLOCK, h.read(0, 10));
        in.append("abc".getBytes());
        assertEquals("ab", h.read(0, 2));
        assertEquals("c", h.read(0, 10));
        h.ok(h.p1.fd_fdstat_set_flags(0, Flags.FDFLAG_NONBLOCK));
        assertEquals("E" + Errno.AGAIN, h.read(0, 10));
        in.close();
        assertEquals("", h.read(0, 10));
        int st = h.alloc(64);
        h.ok(h.p1.fd_filestat_get(1, st));
        assertEquals(2, h.mem.loadU8(st + 16));
    }

    /** Writes a preview1 fd subscription. */
    private static void fdSub(Guest h, int at, long userdata, int type, int fd) {
        h.mem.fill(at, 48, (byte) 0);
        h.mem.storeI64(at, userdata);
        h.mem.storeU8(at + 8, type);
        h.mem.storeI32(at + 16, fd);
    }

    @Test
    void pollFdSubscriptions() {
        ByteArrayInput in = new ByteArrayInput();
        Guest h = Guest.of(WasiConfig.builder().deterministic().stdin(in).preopen("/sandbox"));
        int f = h.open("f", Flags.O_CREAT);
        h.write(f, "12345");
        int off = h.alloc(8);
        h.ok(h.p1.fd_seek(f, 1, Flags.WHENCE_SET, off));
        int subs = h.alloc(48 * 4);
        fdSub(h, subs, 1, Flags.EVENT_FD_READ, 0);
        fdSub(h, subs + 48, 2, Flags.EVENT_FD_WRITE, 1);
        fdSub(h, subs + 96, 3, Flags.EVENT_FD_READ, f);
        fdSub(h, subs + 144, 4, Flags.EVENT_FD_READ, 77);
        int ev = h.alloc(32 * 4);
        int n = h.alloc(4);
        h.ok(h.p1.poll_oneoff(subs, ev, 4, n));
        // stdin has nothing yet: not reported
        assertEquals(3, h.mem.loadI32(n));
        assertEquals(2, h.mem.loadI64(ev));
        assertEquals(Flags.EVENT_FD_WRITE, h.mem.loadU8(ev + 10));
        assertEquals(3, h.mem.loadI64(ev + 32));
        assertEquals(4, h.mem.loadI64(ev + 32 + 16));
        assertEquals(4, h.mem.loadI64(ev + 64));
        assertEquals(Errno.BADF, h.mem.loadU16(ev + 64 + 8));
        // only stdin, nothing there: the call would block
        assertErrno(Errno.WOULD_BLOCK, h.p1.poll_oneoff(subs, ev, 1, n));
        in.append("xy".getBytes());
        h.ok(h.p1.poll_oneoff(subs, ev, 1, n));
        assertEquals(1, h.mem.loadI32(n));
        assertEquals(2, h.mem.loadI64(ev + 16));
        in.read(new byte[2], 0, 2);
        in.close();
        h.ok(h.p1.poll_oneoff(subs, ev, 1, n));
        assertEquals(Flags.EVENT_FD_READWRITE_HANGUP, h.mem.loadU16(ev + 24));
        assertErrno(Errno.INVAL, h.p1.poll_oneoff(subs, ev, 0, n));
    }

    @Test
    void pollClockWithStdinWaitsForTheClock() {
        VirtualClock clock = new VirtualClock();
        Guest h = Guest.of(WasiConfig.builder().clock(clock).sleeper(clock).stdin(new ByteArrayInput()));
        int subs = h.alloc(96);
        fdSub(h, subs, 1, Flags.EVENT_FD_READ, 0);
        h.mem.fill(subs + 48, 48, (byte) 0);
        h.mem.storeI64(subs + 48, 2);
        h.mem.storeU8(subs + 56, Flags.EVENT_CLOCK);
        h.mem.storeI32(subs + 64, Flags.CLOCK_REALTIME);
        h.mem.storeI64(subs + 72, clock.realtimeNanos() + 500);
        h.mem.storeU16(subs + 88, Flags.SUBSCRIPTION_CLOCK_ABSTIME);
        int ev = h.alloc(64);
        int n = h.alloc(4);
        h.ok(h.p1.poll_oneoff(subs, ev, 2, n));
        assertEquals(1, h.mem.loadI32(n));
        assertEquals(2, h.mem.loadI64(ev));
        assertEquals(500, clock.monotonicNanos());
        // an absolute time in the past fires at once
        h.ok(h.p1.poll_oneoff(subs + 48, ev, 1, n));
        assertEquals(500, clock.monotonicNanos());
        // a bad clock id is reported on the event
        h.mem.storeI32(subs + 64, 9);
        h.ok(h.p1.poll_oneoff(subs + 48, ev, 1, n));
        assertEquals(Errno.INVAL, h.mem.loadU16(ev + 8));
    }

    @Test
    void clocksAndRandom() {
        int p = g.alloc(8);
        g.ok(g.p1.clock_time_get(Flags.CLOCK_REALTIME, 1, p));
        assertEquals(VirtualClock.DEFAULT_EPOCH_NANOS, g.mem.loadI64(p));
        for (int id = 0; id < 4; id++) {
            g.ok(g.p1.clock_res_get(id, p));
            assertTrue(g.mem.loadI64(p) > 0);
            g.ok(g.p1.clock_time_get(id, 0, p));
        }
        assertErrno(Errno.INVAL, g.p1.clock_time_get(4, 0, p));
        assertErrno(Errno.INVAL, g.p1.clock_res_get(-1, p));
        int r = g.alloc(100_000);
        g.ok(g.p1.random_get(r, 100_000));
        byte[] a = new byte[16];
        g.mem.copyOut(r, a, 0, 16);
        Guest h = Guest.withSandbox();
        int r2 = h.alloc(16);
        h.ok(h.p1.random_get(r2, 16));
        byte[] b = new byte[16];
        h.mem.copyOut(r2, b, 0, 16);
        assertArrayEquals(a, b);
        assertNotEquals(0, a[0] | a[1] | a[2] | a[3]);
        assertErrno(Errno.FAULT, g.p1.random_get((1 << 20) - 8, 16));
    }

    @Test
    void processAndSockets() {
        ProcExit e = assertThrows(ProcExit.class, () -> g.p1.proc_exit(42));
        assertEquals(42, e.code());
        assertErrno(Errno.NOSYS, g.p1.proc_raise(6));
        g.ok(g.p1.sched_yield());
        int p = g.alloc(8);
        assertErrno(Errno.BADF, g.p1.sock_accept(50, 0, p));
        assertErrno(Errno.NOTSOCK, g.p1.sock_accept(ROOT, 0, p));
        assertErrno(Errno.NOTSOCK, g.p1.sock_recv(0, p, 0, 0, p, p));
        assertErrno(Errno.NOTSOCK, g.p1.sock_send(1, p, 0, 0, p));
        assertErrno(Errno.NOTSOCK, g.p1.sock_shutdown(1, Flags.SHUT_RD));
        assertErrno(Errno.BADF, g.p1.sock_shutdown(-1, Flags.SHUT_RD));
    }

    @Test
    void badPointersGiveEfault() {
        int end = 1 << 20;
        int fd = g.open("f", Flags.O_CREAT);
        int iov = g.alloc(8);
        g.mem.storeI32(iov, end - 2);
        g.mem.storeI32(iov + 4, 4);
        int n = g.alloc(4);
        assertErrno(Errno.FAULT, g.p1.fd_write(fd, iov, 1, n));
        assertErrno(Errno.FAULT, g.p1.fd_write(1, iov, 1, n));
        assertErrno(Errno.FAULT, g.p1.fd_write(fd, end - 4, 1, n));
        assertErrno(Errno.FAULT, g.p1.fd_write(fd, iov, 1, end));
        assertErrno(Errno.FAULT, g.p1.fd_fdstat_get(fd, end - 8));
        assertErrno(Errno.FAULT, g.p1.path_create_directory(ROOT, end - 1, 2));
        assertErrno(Errno.FAULT, g.p1.path_create_directory(ROOT, -16, 4));
        assertErrno(Errno.FAULT, g.p1.args_sizes_get(end, 0));
        assertErrno(Errno.FAULT, g.p1.clock_time_get(0, 0, end - 7));
        assertErrno(Errno.FAULT, g.p1.fd_filestat_get(fd, end - 63));
        // a failed fd pointer does not leak a descriptor or create the file
        assertErrno(
                Errno.FAULT, g.p1.path_open(ROOT, 0, g.str("new"), 3, Flags.O_CREAT, Rights.ALL, Rights.ALL, 0, end));
        assertFalse(g.config.vfs().exists("/sandbox/new"));
    }

    @Test
    void closeAndReuseLowestFd() {
        int a = g.open("a", Flags.O_CREAT);
        int b = g.open("b", Flags.O_CREAT);
        g.ok(g.p1.fd_close(a));
        assertEquals(-Errno.BADF, g.write(a, "x"));
        assertEquals(a, g.open("c", Flags.O_CREAT));
        assertErrno(Errno.BADF, g.p1.fd_close(b + 1));
        g.ok(g.p1.fd_close(0));
        assertEquals(0, g.open("d", Flags.O_CREAT));
    }

    @Test
    void filesKeepDataAfterUnlinkWhileOpen() {
        int fd = g.open("f", Flags.O_CREAT);
        g.write(fd, "still here");
        g.ok(g.unlink("f"));
        int off = g.alloc(8);
        g.ok(g.p1.fd_seek(fd, 0, Flags.WHENCE_SET, off));
        assertEquals("still here", g.read(fd, 20));
        int st = g.alloc(64);
        g.ok(g.p1.fd_filestat_get(fd, st));
        assertEquals(0, g.mem.loadI64(st + 24));
    }

    @Test
    void createInRemovedDirectoryFails() {
        g.ok(g.mkdir("d"));
        int d = g.openDir("d");
        g.ok(g.rmdir("d"));
        int fdp = g.alloc(4);
        assertErrno(Errno.NOENT, g.p1.path_open(d, 0, g.str("x"), 1, Flags.O_CREAT, Rights.ALL, Rights.ALL, 0, fdp));
    }

    @Test
    void failingHostStreamGivesEio() {
        Guest h = Guest.withSandbox();
        WasiConfig c = WasiConfig.builder()
                .deterministic()
                .stdout((b, off, len) -> {
                    throw new dev.teawasi.wasi.host.HostIOException("broken pipe", null);
                })
                .build();
        WasiFunctions f = new WasiFunctions(new WasiState(c), dev.teawasi.wasi.abi.AbiVersion.PREVIEW1);
        f.setMemory(h.mem);
        int iov = h.alloc(8);
        h.mem.storeI32(iov, h.str("x"));
        h.mem.storeI32(iov + 4, 1);
        assertErrno(Errno.IO, f.fd_write(1, iov, 1, h.alloc(4)));
    }

    @Test
    void anyOtherHostFailurePropagatesInsteadOfBecomingAnErrno() {
        Guest h = Guest.withSandbox();
        WasiConfig c = WasiConfig.builder()
                .deterministic()
                .stdout((b, off, len) -> {
                    throw new IllegalStateException("host bug");
                })
                .build();
        WasiFunctions f = new WasiFunctions(new WasiState(c), dev.teawasi.wasi.abi.AbiVersion.PREVIEW1);
        f.setMemory(h.mem);
        int iov = h.alloc(8);
        h.mem.storeI32(iov, h.str("x"));
        h.mem.storeI32(iov + 4, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.fd_write(1, iov, 1, h.alloc(4)));
        assertEquals("host bug", e.getMessage());
    }

    @Test
    void moreErrnoPaths() {
        int f = g.open("f", Flags.O_CREAT);
        int buf = g.alloc(64);
        // a file descriptor where a directory is needed
        assertErrno(Errno.NOTDIR, g.p1.path_create_directory(f, g.str("x"), 1));
        assertErrno(Errno.NOTDIR, g.p1.path_filestat_get(f, 0, g.str("x"), 1, buf));
        assertErrno(Errno.NOTDIR, g.p1.path_unlink_file(f, g.str("x"), 1));
        // stdio where a file is needed
        assertErrno(Errno.SPIPE, g.p1.fd_allocate(0, 0, 1));
        assertErrno(Errno.SPIPE, g.p1.fd_filestat_set_size(1, 0));
        assertErrno(Errno.SPIPE, g.p1.fd_advise(2, 0, 0, 0));
        // bad flags and ranges
        int fdp = g.alloc(4);
        assertErrno(
                Errno.INVAL, g.p1.path_open(ROOT, 0, g.str("y"), 1, Flags.O_CREAT, Rights.ALL, Rights.ALL, 0x20, fdp));
        assertErrno(Errno.NOENT, g.p1.path_filestat_get(ROOT, 0, g.str("nope"), 4, buf));
        assertErrno(Errno.NOENT, g.p1.path_filestat_get(ROOT, 0, g.str(""), 0, buf));
        assertErrno(Errno.NAMETOOLONG, g.p1.path_create_directory(ROOT, g.alloc(5000), 5000));
        int sub = g.alloc(48);
        g.mem.fill(sub, 48, (byte) 0);
        g.mem.storeU8(sub + 8, 3);
        assertErrno(Errno.INVAL, g.p1.poll_oneoff(sub, g.alloc(32), 1, g.alloc(4)));
        // stdio rights: only reducible
        assertErrno(Errno.NOTCAPABLE, g.p1.fd_fdstat_set_rights(1, Rights.FD_READ, 0));
        g.ok(g.p1.fd_fdstat_set_rights(1, 0, 0));
        assertEquals(-Errno.BADF, g.write(1, "x"));
        // a directory's link count and size in filestat
        g.ok(g.mkdir("d"));
        int st = g.stat("d", 0);
        assertEquals(2, g.mem.loadI64(st + 24));
        assertEquals(3, g.mem.loadU8(st + 16));
    }

    @Test
    void separateFileSystemsGiveExdevAndTooManyFilesEmfile() {
        dev.teawasi.wasi.vfs.Vfs other = new dev.teawasi.wasi.vfs.Vfs(new VirtualClock());
        other.writeFile("/o", new byte[1]);
        Guest h = Guest.of(WasiConfig.builder().deterministic().preopen("/a").preopen("/b", other.root()));
        h.open("f", Flags.O_CREAT);
        int from = h.str("f");
        int to = h.str("g");
        assertErrno(Errno.XDEV, h.p1.path_rename(ROOT, from, 1, 4, to, 1));
        assertErrno(Errno.XDEV, h.p1.path_link(ROOT, 0, from, 1, 4, to, 1));
        h.ok(h.p1.path_rename(ROOT, from, 1, ROOT, to, 1));
        int last = 0;
        for (int i = 0; i < dev.teawasi.wasi.fd.FdTable.MAX_FDS + 1 && last >= 0; i++) {
            last = h.open(ROOT, "g", 0, 0, Rights.FD_READ, 0);
        }
        assertEquals(-Errno.MFILE, last);
    }
}
