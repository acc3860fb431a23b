package dev.teawasi.web;

import dev.teawasi.wasi.WasiFunctions;
import dev.teawasi.wasi.WasiState;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * One guest's WASI functions as JS-callable methods, one per wasi_snapshot_preview1 (or wasi_unstable) function,
 * with the guest's own int/BigInt arguments and the errno as the result. wasi.js calls {@link #memory} when the
 * guest's memory.buffer changed, then the function: no per-call allocation or conversion on this boundary.
 * {@code -1} (not a WASI errno) means "would block": wasi.js waits (JSPI, Atomics.wait) and calls again.
 * proc_exit is handled in wasi.js (it throws there).
 */
public final class WasiHost {
    private final WasiState state;
    private final WasiFunctions f;
    private final JsGuestMemory mem = new JsGuestMemory();

    WasiHost(WasiState state, WasiFunctions f) {
        this.state = state;
        this.f = f;
        f.setMemory(mem);
    }

    /** Points the functions at the guest's current memory.buffer (after instantiation and after memory.grow). */
    @JSExport
    public void memory(JSObject buffer) {
        if (buffer == null) {
            mem.detach();
            f.setMemory(null);
        } else {
            mem.attach(buffer);
            f.setMemory(mem);
        }
    }

    /** After a would-block poll_oneoff: milliseconds until its earliest clock fires, or -1 when it waits for input only. */
    @JSExport
    public double sleepMs() {
        long n = state.sleepNanos();
        return n < 0 ? -1 : n / 1e6;
    }

    /** Flushes stdout and stderr (at the end of a run). */
    @JSExport
    public void flush() {
        state.flush();
    }

    @JSExport
    public int args_get(int argv, int argvBuf) {
        return f.args_get(argv, argvBuf);
    }

    @JSExport
    public int args_sizes_get(int argcPtr, int bufSizePtr) {
        return f.args_sizes_get(argcPtr, bufSizePtr);
    }

    @JSExport
    public int environ_get(int environ, int environBuf) {
        return f.environ_get(environ, environBuf);
    }

    @JSExport
    public int environ_sizes_get(int countPtr, int bufSizePtr) {
        return f.environ_sizes_get(countPtr, bufSizePtr);
    }

    @JSExport
    public int clock_res_get(int clockId, int resPtr) {
        return f.clock_res_get(clockId, resPtr);
    }

    @JSExport
    public int clock_time_get(int clockId, long precision, int timePtr) {
        return f.clock_time_get(clockId, precision, timePtr);
    }

    @JSExport
    public int random_get(int buf, int len) {
        return f.random_get(buf, len);
    }

    @JSExport
    public int proc_raise(int signal) {
        return f.proc_raise(signal);
    }

    @JSExport
    public int sched_yield() {
        return f.sched_yield();
    }

    @JSExport
    public int fd_advise(int fd, long offset, long len, int advice) {
        return f.fd_advise(fd, offset, len, advice);
    }

    @JSExport
    public int fd_allocate(int fd, long offset, long len) {
        return f.fd_allocate(fd, offset, len);
    }

    @JSExport
    public int fd_close(int fd) {
        return f.fd_close(fd);
    }

    @JSExport
    public int fd_datasync(int fd) {
        return f.fd_datasync(fd);
    }

    @JSExport
    public int fd_sync(int fd) {
        return f.fd_sync(fd);
    }

    @JSExport
    public int fd_fdstat_get(int fd, int ptr) {
        return f.fd_fdstat_get(fd, ptr);
    }

    @JSExport
    public int fd_fdstat_set_flags(int fd, int flags) {
        return f.fd_fdstat_set_flags(fd, flags);
    }

    @JSExport
    public int fd_fdstat_set_rights(int fd, long base, long inheriting) {
        return f.fd_fdstat_set_rights(fd, base, inheriting);
    }

    @JSExport
    public int fd_filestat_get(int fd, int ptr) {
        return f.fd_filestat_get(fd, ptr);
    }

    @JSExport
    public int fd_filestat_set_size(int fd, long size) {
        return f.fd_filestat_set_size(fd, size);
    }

    @JSExport
    public int fd_filestat_set_times(int fd, long atim, long mtim, int fstFlags) {
        return f.fd_filestat_set_times(fd, atim, mtim, fstFlags);
    }

    @JSExport
    public int fd_prestat_get(int fd, int ptr) {
        return f.fd_prestat_get(fd, ptr);
    }

    @JSExport
    public int fd_prestat_dir_name(int fd, int path, int pathLen) {
        return f.fd_prestat_dir_name(fd, path, pathLen);
    }

    @JSExport
    public int fd_read(int fd, int iovs, int iovsLen, int nreadPtr) {
        return f.fd_read(fd, iovs, iovsLen, nreadPtr);
    }

    @JSExport
    public int fd_pread(int fd, int iovs, int iovsLen, long offset, int nreadPtr) {
        return f.fd_pread(fd, iovs, iovsLen, offset, nreadPtr);
    }

    @JSExport
    public int fd_write(int fd, int iovs, int iovsLen, int nwrittenPtr) {
        return f.fd_write(fd, iovs, iovsLen, nwrittenPtr);
    }

    @JSExport
    public int fd_pwrite(int fd, int iovs, int iovsLen, long offset, int nwrittenPtr) {
        return f.fd_pwrite(fd, iovs, iovsLen, offset, nwrittenPtr);
    }

    @JSExport
    public int fd_readdir(int fd, int buf, int bufLen, long cookie, int bufusedPtr) {
        return f.fd_readdir(fd, buf, bufLen, cookie, bufusedPtr);
    }

    @JSExport
    public int fd_renumber(int from, int to) {
        return f.fd_renumber(from, to);
    }

    @JSExport
    public int fd_seek(int fd, long offset, int whence, int newOffsetPtr) {
        return f.fd_seek(fd, offset, whence, newOffsetPtr);
    }

    @JSExport
    public int fd_tell(int fd, int offsetPtr) {
        return f.fd_tell(fd, offsetPtr);
    }

    @JSExport
    public int path_create_directory(int fd, int path, int pathLen) {
        return f.path_create_directory(fd, path, pathLen);
    }

    @JSExport
    public int path_filestat_get(int fd, int lookupFlags, int path, int pathLen, int buf) {
        return f.path_filestat_get(fd, lookupFlags, path, pathLen, buf);
    }

    @JSExport
    public int path_filestat_set_times(int fd, int lookupFlags, int path, int pathLen, long atim, long mtim, int fstFlags) {
        return f.path_filestat_set_times(fd, lookupFlags, path, pathLen, atim, mtim, fstFlags);
    }

    @JSExport
    public int path_link(int oldFd, int oldFlags, int oldPath, int oldPathLen, int newFd, int newPath, int newPathLen) {
        return f.path_link(oldFd, oldFlags, oldPath, oldPathLen, newFd, newPath, newPathLen);
    }

    @JSExport
    public int path_open(int fd, int dirFlags, int path, int pathLen, int oflags, long rightsBase, long rightsInheriting, int fdflags, int fdPtr) {
        return f.path_open(fd, dirFlags, path, pathLen, oflags, rightsBase, rightsInheriting, fdflags, fdPtr);
    }

    @JSExport
    public int path_readlink(int fd, int path, int pathLen, int buf, int bufLen, int bufusedPtr) {
        return f.path_readlink(fd, path, pathLen, buf, bufLen, bufusedPtr);
    }

    @JSExport
    public int path_remove_directory(int fd, int path, int pathLen) {
        return f.path_remove_directory(fd, path, pathLen);
    }

    @JSExport
    public int path_rename(int fd, int oldPath, int oldPathLen, int newFd, int newPath, int newPathLen) {
        return f.path_rename(fd, oldPath, oldPathLen, newFd, newPath, newPathLen);
    }

    @JSExport
    public int path_symlink(int oldPath, int oldPathLen, int fd, int newPath, int newPathLen) {
        return f.path_symlink(oldPath, oldPathLen, fd, newPath, newPathLen);
    }

    @JSExport
    public int path_unlink_file(int fd, int path, int pathLen) {
        return f.path_unlink_file(fd, path, pathLen);
    }

    @JSExport
    public int poll_oneoff(int in, int out, int nsubscriptions, int neventsPtr) {
        return f.poll_oneoff(in, out, nsubscriptions, neventsPtr);
    }

    @JSExport
    public int sock_accept(int fd, int flags, int fdPtr) {
        return f.sock_accept(fd, flags, fdPtr);
    }

    @JSExport
    public int sock_recv(int fd, int riData, int riDataLen, int riFlags, int roDataLenPtr, int roFlagsPtr) {
        return f.sock_recv(fd, riData, riDataLen, riFlags, roDataLenPtr, roFlagsPtr);
    }

    @JSExport
    public int sock_send(int fd, int siData, int siDataLen, int siFlags, int soDataLenPtr) {
        return f.sock_send(fd, siData, siDataLen, siFlags, soDataLenPtr);
    }

    @JSExport
    public int sock_shutdown(int fd, int how) {
        return f.sock_shutdown(fd, how);
    }
}
