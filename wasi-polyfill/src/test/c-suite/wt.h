/* Shared helpers of teawasi's WASI C test programs: every call's outcome is printed deterministically, errors by
 * errno name, so two runtimes can be compared line by line. */
#ifndef WT_H
#define WT_H
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

static const char *errname(int e) {
    switch (e) {
    case 0: return "OK";
    case E2BIG: return "E2BIG"; case EACCES: return "EACCES"; case EADDRINUSE: return "EADDRINUSE";
    case EADDRNOTAVAIL: return "EADDRNOTAVAIL"; case EAFNOSUPPORT: return "EAFNOSUPPORT"; case EAGAIN: return "EAGAIN";
    case EALREADY: return "EALREADY"; case EBADF: return "EBADF"; case EBADMSG: return "EBADMSG"; case EBUSY: return "EBUSY";
    case ECANCELED: return "ECANCELED"; case ECHILD: return "ECHILD"; case ECONNABORTED: return "ECONNABORTED";
    case ECONNREFUSED: return "ECONNREFUSED"; case ECONNRESET: return "ECONNRESET"; case EDEADLK: return "EDEADLK";
    case EDESTADDRREQ: return "EDESTADDRREQ"; case EDOM: return "EDOM"; case EDQUOT: return "EDQUOT"; case EEXIST: return "EEXIST";
    case EFAULT: return "EFAULT"; case EFBIG: return "EFBIG"; case EHOSTUNREACH: return "EHOSTUNREACH"; case EIDRM: return "EIDRM";
    case EILSEQ: return "EILSEQ"; case EINPROGRESS: return "EINPROGRESS"; case EINTR: return "EINTR"; case EINVAL: return "EINVAL";
    case EIO: return "EIO"; case EISCONN: return "EISCONN"; case EISDIR: return "EISDIR"; case ELOOP: return "ELOOP";
    case EMFILE: return "EMFILE"; case EMLINK: return "EMLINK"; case EMSGSIZE: return "EMSGSIZE"; case EMULTIHOP: return "EMULTIHOP";
    case ENAMETOOLONG: return "ENAMETOOLONG"; case ENETDOWN: return "ENETDOWN"; case ENETRESET: return "ENETRESET";
    case ENETUNREACH: return "ENETUNREACH"; case ENFILE: return "ENFILE"; case ENOBUFS: return "ENOBUFS"; case ENODEV: return "ENODEV";
    case ENOENT: return "ENOENT"; case ENOEXEC: return "ENOEXEC"; case ENOLCK: return "ENOLCK"; case ENOLINK: return "ENOLINK";
    case ENOMEM: return "ENOMEM"; case ENOMSG: return "ENOMSG"; case ENOPROTOOPT: return "ENOPROTOOPT"; case ENOSPC: return "ENOSPC";
    case ENOSYS: return "ENOSYS"; case ENOTCONN: return "ENOTCONN"; case ENOTDIR: return "ENOTDIR"; case ENOTEMPTY: return "ENOTEMPTY";
    case ENOTRECOVERABLE: return "ENOTRECOVERABLE"; case ENOTSOCK: return "ENOTSOCK"; case ENOTSUP: return "ENOTSUP";
    case ENOTTY: return "ENOTTY"; case ENXIO: return "ENXIO"; case EOVERFLOW: return "EOVERFLOW"; case EOWNERDEAD: return "EOWNERDEAD";
    case EPERM: return "EPERM"; case EPIPE: return "EPIPE"; case EPROTO: return "EPROTO"; case EPROTONOSUPPORT: return "EPROTONOSUPPORT";
    case EPROTOTYPE: return "EPROTOTYPE"; case ERANGE: return "ERANGE"; case EROFS: return "EROFS"; case ESPIPE: return "ESPIPE";
    case ESRCH: return "ESRCH"; case ESTALE: return "ESTALE"; case ETIMEDOUT: return "ETIMEDOUT"; case ETXTBSY: return "ETXTBSY";
    case EXDEV: return "EXDEV"; case ENOTCAPABLE: return "ENOTCAPABLE";
    default: { static char buf[32]; snprintf(buf, sizeof buf, "errno%d", e); return buf; }
    }
}

/* Prints "expr: ok" or "expr: ENAME" for calls returning -1/errno (fd numbers are not printed: runtimes differ). */
__attribute__((unused)) static long wt_ok(const char *what, long r) {
    if (r < 0) printf("%s: %s\n", what, errname(errno));
    else printf("%s: ok\n", what);
    return r;
}
/* Prints the returned value or the errno name. */
__attribute__((unused)) static long wt_val(const char *what, long r) {
    if (r < 0) printf("%s: %s\n", what, errname(errno));
    else printf("%s = %ld\n", what, r);
    return r;
}
/* For raw __wasi_* calls, which return the errno directly. */
__attribute__((unused)) static int wt_raw(const char *what, int e) {
    printf("%s: %s\n", what, e == 0 ? "ok" : errname(e));
    return e;
}
#define OK(expr) wt_ok(#expr, (errno = 0, (long)(expr)))
#define VAL(expr) wt_val(#expr, (errno = 0, (long)(expr)))
#define RAW(expr) wt_raw(#expr, (int)(expr))
#define SHOW(fmt, ...) printf(fmt "\n", __VA_ARGS__)

/* The rights a directory fd passes on: what a path_open from it may ask for. */
__attribute__((unused)) static int64_t wt_inheriting(int fd) {
    __wasi_fdstat_t st;
    return __wasi_fd_fdstat_get(fd, &st) ? 0 : (int64_t)st.fs_rights_inheriting;
}

/* The preopened directory every program works in (mounted by the test harness). */
#define ROOT "/sandbox"

/* Raw imports taking (pointer, length) paths, so paths with NUL bytes or invalid UTF-8 reach the runtime. */
__attribute__((import_module("wasi_snapshot_preview1"), import_name("path_open")))
int32_t wt_raw_path_open(int32_t fd, int32_t dirflags, const char *path, int32_t path_len, int32_t oflags,
                         int64_t rights_base, int64_t rights_inheriting, int32_t fdflags, int32_t *opened);
__attribute__((import_module("wasi_snapshot_preview1"), import_name("path_filestat_get")))
int32_t wt_raw_path_filestat_get(int32_t fd, int32_t flags, const char *path, int32_t path_len, void *out);

#endif
