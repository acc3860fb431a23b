package dev.teawasi.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.wasi.abi.AbiVersion;
import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.Flags;
import dev.teawasi.wasi.abi.Rights;
import dev.teawasi.wasi.host.ByteArrayOutput;
import java.nio.charset.StandardCharsets;

/** A fake guest for tests: 1 MiB of byte[] memory with a bump allocator, calling the WASI function layer directly. */
final class Guest {
    static final int ROOT = 3;

    final ByteArrayMemory mem = new ByteArrayMemory(new byte[1 << 20]);
    final WasiConfig config;
    final WasiState state;
    final WasiFunctions p1;
    final WasiFunctions s0;
    final ByteArrayOutput out;
    final ByteArrayOutput err;
    private int heap = 4096;

    Guest(WasiConfig.Builder b, ByteArrayOutput out, ByteArrayOutput err) {
        this.out = out;
        this.err = err;
        config = b.stdout(out).stderr(err).build();
        state = new WasiState(config);
        p1 = new WasiFunctions(state, AbiVersion.PREVIEW1);
        s0 = new WasiFunctions(state, AbiVersion.SNAPSHOT0);
        p1.setMemory(mem);
        s0.setMemory(mem);
    }

    /** A guest with /sandbox preopened at fd 3 and a deterministic clock. */
    static Guest withSandbox() {
        return of(WasiConfig.builder().deterministic().preopen("/sandbox"));
    }

    static Guest of(WasiConfig.Builder b) {
        return new Guest(b, new ByteArrayOutput(), new ByteArrayOutput());
    }

    int alloc(int n) {
        heap = (heap + 7) & ~7;
        int a = heap;
        heap += n;
        return a;
    }

    int bytes(byte[] b) {
        int a = alloc(b.length);
        mem.copyIn(a, b, 0, b.length);
        return a;
    }

    int str(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static int len(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    String readString(int addr, int len) {
        byte[] b = new byte[len];
        mem.copyOut(addr, b, 0, len);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** path_open returning the fd, or -errno. */
    int open(int dir, String path, int lookup, int oflags, long rights, int fdflags) {
        int fdp = alloc(4);
        int e = p1.path_open(dir, lookup, str(path), len(path), oflags, rights, Rights.ALL, fdflags, fdp);
        return e == 0 ? mem.loadI32(fdp) : -e;
    }

    int open(String path, int oflags) {
        return open(ROOT, path, 1, oflags, Rights.ALL, 0);
    }

    /** Opens a directory the way wasi-libc's opendir does (read rights only). */
    int openDir(String path) {
        return open(ROOT, path, 1, Flags.O_DIRECTORY, Rights.FD_READ | Rights.FD_READDIR | Rights.DIRECTORY, 0);
    }

    int write(int fd, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int iov = alloc(8);
        mem.storeI32(iov, bytes(b));
        mem.storeI32(iov + 4, b.length);
        int np = alloc(4);
        int e = p1.fd_write(fd, iov, 1, np);
        return e == 0 ? mem.loadI32(np) : -e;
    }

    /** Reads up to max bytes; returns the string, or "E<errno>". */
    String read(int fd, int max) {
        int buf = alloc(max);
        int iov = alloc(8);
        mem.storeI32(iov, buf);
        mem.storeI32(iov + 4, max);
        int np = alloc(4);
        int e = p1.fd_read(fd, iov, 1, np);
        return e == 0 ? readString(buf, mem.loadI32(np)) : "E" + e;
    }

    int mkdir(String path) {
        return p1.path_create_directory(ROOT, str(path), len(path));
    }

    int symlink(String target, String path) {
        return p1.path_symlink(str(target), len(target), ROOT, str(path), len(path));
    }

    int unlink(String path) {
        return p1.path_unlink_file(ROOT, str(path), len(path));
    }

    int rmdir(String path) {
        return p1.path_remove_directory(ROOT, str(path), len(path));
    }

    int rename(String from, String to) {
        return p1.path_rename(ROOT, str(from), len(from), ROOT, str(to), len(to));
    }

    int link(String from, String to, int flags) {
        return p1.path_link(ROOT, flags, str(from), len(from), ROOT, str(to), len(to));
    }

    /** path_filestat_get into a fresh buffer; returns its address, or -errno. */
    int stat(String path, int flags) {
        int buf = alloc(64);
        int e = p1.path_filestat_get(ROOT, flags, str(path), len(path), buf);
        return e == 0 ? buf : -e;
    }

    void ok(int errno) {
        assertEquals(Errno.name(Errno.SUCCESS), Errno.name(errno));
    }

    static void assertErrno(int expected, int actual) {
        assertEquals(Errno.name(expected), Errno.name(actual));
    }
}
