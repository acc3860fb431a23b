package dev.teawasi.web;

import org.teavm.jso.JSExport;

/**
 * The WASI functions as static methods taking the WasiHost first: the class is exported (TeawasiJs's
 * JSExportClasses) and TeaVM calls an exported static method directly, where an exported instance method or a
 * Java lambda passed as a JS function goes through a wrapper that copies its arguments into a new array on every
 * call (a tenth of printf_lines' time on node). wasi.js binds each to its host. i64 parameters are BigInts.
 */
public final class WasiCalls {
    private WasiCalls() {}

    @JSExport
    public static int args_get(WasiHost h, int argv, int argvBuf) {
        return h.f.args_get(argv, argvBuf);
    }

    @JSExport
    public static int args_sizes_get(WasiHost h, int argcPtr, int bufSizePtr) {
        return h.f.args_sizes_get(argcPtr, bufSizePtr);
    }

    @JSExport
    public static int environ_get(WasiHost h, int environ, int environBuf) {
        return h.f.environ_get(environ, environBuf);
    }

    @JSExport
    public static int environ_sizes_get(WasiHost h, int countPtr, int bufSizePtr) {
        return h.f.environ_sizes_get(countPtr, bufSizePtr);
    }

    @JSExport
    public static int clock_res_get(WasiHost h, int clockId, int resPtr) {
        return h.f.clock_res_get(clockId, resPtr);
    }

    @JSExport
    public static int clock_time_get(WasiHost h, int clockId, long precision, int timePtr) {
        return h.f.clock_time_get(clockId, precision, timePtr);
    }

    @JSExport
    public static int random_get(WasiHost h, int buf, int len) {
        return h.f.random_get(buf, len);
    }

    @JSExport
    public static int proc_raise(WasiHost h, int signal) {
        return h.f.proc_raise(signal);
    }

    @JSExport
    public static int sched_yield(WasiHost h) {
        return h.f.sched_yield();
    }

    @JSExport
    public static int fd_advise(WasiHost h, int fd, long offset, long len, int advice) {
        return h.f.fd_advise(fd, offset, len, advice);
    }

    @JSExport
    public static int fd_allocate(WasiHost h, int fd, long offset, long len) {
        return h.f.fd_allocate(fd, offset, len);
    }

    @JSExport
    public static int fd_close(WasiHost h, int fd) {
        return h.f.fd_close(fd);
    }

    @JSExport
    public static int fd_datasync(WasiHost h, int fd) {
        return h.f.fd_datasync(fd);
    }

    @JSExport
    public static int fd_sync(WasiHost h, int fd) {
        return h.f.fd_sync(fd);
    }

    @JSExport
    public static int fd_fdstat_get(WasiHost h, int fd, int ptr) {
        return h.f.fd_fdstat_get(fd, ptr);
    }

    @JSExport
    public static int fd_fdstat_set_flags(WasiHost h, int fd, int flags) {
        return h.f.fd_fdstat_set_flags(fd, flags);
    }

    @JSExport
    public static int fd_fdstat_set_rights(WasiHost h, int fd, long base, long inheriting) {
        return h.f.fd_fdstat_set_rights(fd, base, inheriting);
    }

    @JSExport
    public static int fd_filestat_get(WasiHost h, int fd, int ptr) {
        return h.f.fd_filestat_get(fd, ptr);
    }

    @JSExport
    public static int fd_filestat_set_size(WasiHost h, int fd, long size) {
        return h.f.fd_filestat_set_size(fd, size);
    }

    @JSExport
    public static int fd_filestat_set_times(WasiHost h, int fd, long atim, long mtim, int fstFlags) {
        return h.f.fd_filestat_set_times(fd, atim, mtim, fstFlags);
    }

    @JSExport
    public static int fd_prestat_get(WasiHost h, int fd, int ptr) {
        return h.f.fd_prestat_get(fd, ptr);
    }

    @JSExport
    public static int fd_prestat_dir_name(WasiHost h, int fd, int path, int pathLen) {
        return h.f.fd_prestat_dir_name(fd, path, pathLen);
    }

    @JSExport
    public static int fd_read(WasiHost h, int fd, int iovs, int iovsLen, int nreadPtr) {
        return h.f.fd_read(fd, iovs, iovsLen, nreadPtr);
    }

    @JSExport
    public static int fd_pread(WasiHost h, int fd, int iovs, int iovsLen, long offset, int nreadPtr) {
        return h.f.fd_pread(fd, iovs, iovsLen, offset, nreadPtr);
    }

    @JSExport
    public static int fd_write(WasiHost h, int fd, int iovs, int iovsLen, int nwrittenPtr) {
        return h.f.fd_write(fd, iovs, iovsLen, nwrittenPtr);
    }

    @JSExport
    public static int fd_pwrite(WasiHost h, int fd, int iovs, int iovsLen, long offset, int nwrittenPtr) {
        return h.f.fd_pwrite(fd, iovs, iovsLen, offset, nwrittenPtr);
    }

    @JSExport
    public static int fd_readdir(WasiHost h, int fd, int buf, int bufLen, long cookie, int bufusedPtr) {
        return h.f.fd_readdir(fd, buf, bufLen, cookie, bufusedPtr);
    }

    @JSExport
    public static int fd_renumber(WasiHost h, int from, int to) {
        return h.f.fd_renumber(from, to);
    }

    @JSExport
    public static int fd_seek(WasiHost h, int fd, long offset, int whence, int newOffsetPtr) {
        return h.f.fd_seek(fd, offset, whence, newOffsetPtr);
    }

    @JSExport
    public static int fd_tell(WasiHost h, int fd, int offsetPtr) {
        return h.f.fd_tell(fd, offsetPtr);
    }

    @JSExport
    public static int path_create_directory(WasiHost h, int fd, int path, int pathLen) {
        return h.f.path_create_directory(fd, path, pathLen);
    }

    @JSExport
    public static int path_filestat_get(WasiHost h, int fd, int lookupFlags, int path, int pathLen, int buf) {
        return h.f.path_filestat_get(fd, lookupFlags, path, pathLen, buf);
    }

    @JSExport
    public static int path_filestat_set_times(
            WasiHost h, int fd, int lookupFlags, int path, int pathLen, long atim, long mtim, int fstFlags) {
        return h.f.path_filestat_set_times(fd, lookupFlags, path, pathLen, atim, mtim, fstFlags);
    }

    @JSExport
    public static int path_link(
            WasiHost h, int oldFd, int oldFlags, int oldPath, int oldPathLen, int newFd, int newPath, int newPathLen) {
        return h.f.path_link(oldFd, oldFlags, oldPath, oldPathLen, newFd, newPath, newPathLen);
    }

    @JSExport
    public static int path_open(
            WasiHost h,
            int fd,
            int dirFlags,
            int path,
            int pathLen,
            int oflags,
            long rightsBase,
            long rightsInheriting,
            int fdflags,
            int fdPtr) {
        return h.f.path_open(fd, dirFlags, path, pathLen, oflags, rightsBase, rightsInheriting, fdflags, fdPtr);
    }

    @JSExport
    public static int path_readlink(WasiHost h, int fd, int path, int pathLen, int buf, int bufLen, int bufusedPtr) {
        return h.f.path_readlink(fd, path, pathLen, buf, bufLen, bufusedPtr);
    }

    @JSExport
    public static int path_remove_directory(WasiHost h, int fd, int path, int pathLen) {
        return h.f.path_remove_directory(fd, path, pathLen);
    }

    @JSExport
    public static int path_rename(
            WasiHost h, int fd, int oldPath, int oldPathLen, int newFd, int newPath, int newPathLen) {
        return h.f.path_rename(fd, oldPath, oldPathLen, newFd, newPath, newPathLen);
    }

    @JSExport
    public static int path_symlink(WasiHost h, int oldPath, int oldPathLen, int fd, int newPath, int newPathLen) {
        return h.f.path_symlink(oldPath, oldPathLen, fd, newPath, newPathLen);
    }

    @JSExport
    public static int path_unlink_file(WasiHost h, int fd, int path, int pathLen) {
        return h.f.path_unlink_file(fd, path, pathLen);
    }

    @JSExport
    public static int poll_oneoff(WasiHost h, int in, int out, int nsubscriptions, int neventsPtr) {
        return h.f.poll_oneoff(in, out, nsubscriptions, neventsPtr);
    }

    @JSExport
    public static int sock_accept(WasiHost h, int fd, int flags, int fdPtr) {
        return h.f.sock_accept(fd, flags, fdPtr);
    }

    @JSExport
    public static int sock_recv(
            WasiHost h, int fd, int riData, int riDataLen, int riFlags, int roDataLenPtr, int roFlagsPtr) {
        return h.f.sock_recv(fd, riData, riDataLen, riFlags, roDataLenPtr, roFlagsPtr);
    }

    @JSExport
    public static int sock_send(WasiHost h, int fd, int siData, int siDataLen, int siFlags, int soDataLenPtr) {
        return h.f.sock_send(fd, siData, siDataLen, siFlags, soDataLenPtr);
    }

    @JSExport
    public static int sock_shutdown(WasiHost h, int fd, int how) {
        return h.f.sock_shutdown(fd, how);
    }
}
