// sandbox: yes
/* Capabilities of descriptors: preopen info, renumbering and closing preopens, rights only ever reduced and
 * enforced, fd_fdstat_set_flags, operations on the wrong kind of fd. */
#include "wt.h"
#include <fcntl.h>
#include <unistd.h>

#define R(x) ((int64_t)(x))

int main(void) {
    __wasi_prestat_t pre;
    char name[64];
    RAW(__wasi_fd_prestat_get(3, &pre));
    SHOW("prestat tag=%u name_len=%u", pre.tag, (unsigned)pre.u.dir.pr_name_len);
    RAW(__wasi_fd_prestat_dir_name(3, (uint8_t *)name, pre.u.dir.pr_name_len));
    SHOW("preopen name=%.*s", (int)pre.u.dir.pr_name_len, name);
    RAW(__wasi_fd_prestat_dir_name(3, (uint8_t *)name, 2));
    RAW(__wasi_fd_prestat_get(4, &pre));

    /* A file opened with read rights only. */
    __wasi_fd_t f;
    RAW(__wasi_path_open(3, 0, "f.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_READ |
                         __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_FILESTAT_GET, 0, 0, &f));
    __wasi_ciovec_t iov = {(const uint8_t *)"data", 4};
    __wasi_size_t n;
    RAW(__wasi_fd_write(f, &iov, 1, &n));
    __wasi_fdstat_t st;
    RAW(__wasi_fd_fdstat_get(f, &st));
    SHOW("rights base has write=%d read=%d tell=%d", (st.fs_rights_base & __WASI_RIGHTS_FD_WRITE) != 0,
         (st.fs_rights_base & __WASI_RIGHTS_FD_READ) != 0, (st.fs_rights_base & __WASI_RIGHTS_FD_TELL) != 0);
    RAW(__wasi_fd_fdstat_set_rights(f, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK, 0));
    RAW(__wasi_fd_write(f, &iov, 1, &n));
    RAW(__wasi_fd_fdstat_get(f, &st));
    SHOW("after reduce: write=%d read=%d", (st.fs_rights_base & __WASI_RIGHTS_FD_WRITE) != 0,
         (st.fs_rights_base & __WASI_RIGHTS_FD_READ) != 0);
    RAW(__wasi_fd_fdstat_set_rights(f, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK, 0));
    __wasi_filesize_t pos;
    RAW(__wasi_fd_seek(f, 0, __WASI_WHENCE_SET, &pos));
    RAW(__wasi_fd_tell(f, &pos));
    uint8_t b[8];
    __wasi_iovec_t riov = {b, sizeof b};
    RAW(__wasi_fd_read(f, &riov, 1, &n));
    SHOW("read %u bytes", (unsigned)n);
    __wasi_filestat_t fst;
    RAW(__wasi_fd_filestat_get(f, &fst));
    RAW(__wasi_fd_filestat_set_size(f, 0));
    RAW(__wasi_fd_close(f));

    /* A directory fd without PATH_CREATE_FILE, whose inheriting rights exclude writing. */
    __wasi_fd_t d;
    RAW(__wasi_path_create_directory(3, "sub"));
    RAW(__wasi_path_open(3, 0, "sub", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_PATH_OPEN | __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_PATH_FILESTAT_GET,
                         __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK, 0, &d));
    RAW(__wasi_path_open(d, 0, "new.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_READ, 0, 0, &f));
    RAW(__wasi_path_open(3, 0, "sub/g.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_READ, 0, 0, &f));
    RAW(__wasi_fd_close(f));
    RAW(__wasi_path_open(d, 0, "g.txt", 0, __WASI_RIGHTS_FD_WRITE, 0, 0, &f));
    RAW(__wasi_path_open(d, 0, "g.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, &f));
    RAW(__wasi_fd_fdstat_get(f, &st));
    SHOW("opened through d: write=%d read=%d", (st.fs_rights_base & __WASI_RIGHTS_FD_WRITE) != 0,
         (st.fs_rights_base & __WASI_RIGHTS_FD_READ) != 0);
    RAW(__wasi_fd_write(f, &iov, 1, &n));
    RAW(__wasi_fd_close(f));
    RAW(__wasi_fd_close(d));

    /* Wrong kinds of fd. */
    RAW(__wasi_path_open(1, 0, "x", 0, 0, 0, 0, &f));
    uint8_t dirbuf[128];
    __wasi_size_t used;
    RAW(__wasi_fd_readdir(1, dirbuf, sizeof dirbuf, 0, &used));
    RAW(__wasi_fd_read(3, &riov, 1, &n));
    RAW(__wasi_fd_write(3, &iov, 1, &n));
    RAW(__wasi_fd_seek(3, 0, __WASI_WHENCE_SET, &pos));
    RAW(__wasi_fd_fdstat_set_flags(3, __WASI_FDFLAGS_APPEND));

    /* Renumber: the preopen moves to another number; the old number becomes free. */
    RAW(__wasi_path_open(3, 0, "f.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, &f));
    RAW(__wasi_fd_renumber(3, f));
    RAW(__wasi_fd_prestat_get(f, &pre));
    SHOW("moved preopen name_len=%u", (unsigned)pre.u.dir.pr_name_len);
    RAW(__wasi_fd_prestat_get(3, &pre));
    RAW(__wasi_fd_renumber(f, 1234));
    RAW(__wasi_fd_renumber(1234, f));
    RAW(__wasi_path_open(f, 0, "f.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, &d));
    RAW(__wasi_fd_close(d));
    RAW(__wasi_path_unlink_file(f, "f.txt"));
    RAW(__wasi_path_remove_directory(f, "sub/g.txt"));
    RAW(__wasi_path_unlink_file(f, "sub/g.txt"));
    RAW(__wasi_path_remove_directory(f, "sub"));
    /* Closing the preopen removes the capability for good. */
    RAW(__wasi_fd_close(f));
    RAW(__wasi_path_open(f, 0, ".", 0, 0, 0, 0, &d));
    RAW(__wasi_fd_prestat_get(f, &pre));
    OK(open(ROOT "/anything", O_RDONLY | O_CREAT, 0644));
    return 0;
}
