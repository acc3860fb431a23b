// sandbox: yes
/* Escape attempts with raw path_open from the preopen (fd 3): "..", absolute paths, detours, NUL, bad UTF-8;
 * then the same through libc. Every escape must fail; nothing outside the mount may be created. The harness
 * puts a file "secret.txt" beside the mount on the host and checks it is untouched. */
#include "wt.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>


static void try_open(const char *label, const char *path, int len, int oflags, int dirflags) {
    int32_t fd = -1;
    int e = wt_raw_path_open(3, dirflags, path, len, oflags, wt_inheriting(3), wt_inheriting(3), 0, &fd);
    printf("open %s: %s\n", label, e ? errname(e) : "ok");
    if (!e) (void)!__wasi_fd_close(fd);
}
#define TRY(path, oflags) try_open(#path, path, (int)strlen(path), oflags, 1)

int main(void) {
    SHOW("%s", "-- setup");
    OK(mkdir(ROOT "/a", 0755));
    OK(mkdir(ROOT "/a/b", 0755));
    int fd = OK(open(ROOT "/a/f", O_WRONLY | O_CREAT, 0644));
    close(fd);
    SHOW("%s", "-- allowed");
    TRY("a/f", 0);
    TRY("a/../a/f", 0);
    TRY("a/b/../f", 0);
    TRY("./a/./f", 0);
    TRY(".", 0);
    TRY("a//f", 0);
    SHOW("%s", "-- escapes");
    TRY("..", 0);
    TRY("../secret.txt", 0);
    TRY("../sandbox/a/f", 0);
    TRY("a/../..", 0);
    TRY("a/../../secret.txt", 0);
    TRY("a/b/../../../secret.txt", 0);
    TRY("a/b/../../..", __WASI_OFLAGS_DIRECTORY);
    TRY("/etc/passwd", 0);
    TRY("/", 0);
    TRY("/sandbox/a/f", 0);
    TRY("../created-outside", __WASI_OFLAGS_CREAT);
    TRY("a/../../created-outside", __WASI_OFLAGS_CREAT);
    SHOW("%s", "-- malformed");
    try_open("empty", "", 0, 0, 1);
    try_open("with NUL", "a/f\0x", 5, 0, 1);
    try_open("invalid UTF-8", "a/\xff\xfe", 4, 0, 1);
    SHOW("%s", "-- other path calls");
    RAW(__wasi_path_create_directory(3, "../made-outside"));
    RAW(__wasi_path_create_directory(3, "a/../../made-outside"));
    RAW(__wasi_path_remove_directory(3, ".."));
    RAW(__wasi_path_unlink_file(3, "../secret.txt"));
    RAW(__wasi_path_symlink("x", 3, "../link-outside"));
    RAW(__wasi_path_link(3, 0, "a/f", 3, "../hardlink-outside"));
    RAW(__wasi_path_link(3, 0, "../secret.txt", 3, "stolen"));
    RAW(__wasi_path_rename(3, "a/f", 3, "../renamed-outside"));
    RAW(__wasi_path_rename(3, "../secret.txt", 3, "stolen"));
    RAW(__wasi_path_rename(3, "a", 3, "../a"));
    __wasi_filestat_t fst;
    RAW(__wasi_path_filestat_get(3, 0, "../secret.txt", &fst));
    RAW(__wasi_path_filestat_set_times(3, 0, "../secret.txt", 1, 1, __WASI_FSTFLAGS_MTIM));
    char buf[32];
    __wasi_size_t n;
    RAW(__wasi_path_readlink(3, "../secret.txt", (uint8_t *)buf, sizeof buf, &n));
    SHOW("%s", "-- through libc");
    OK(open("/etc/passwd", O_RDONLY));
    OK(open(ROOT "/../secret.txt", O_RDONLY));
    OK(open(ROOT "/a/../../secret.txt", O_RDONLY));
    OK(open("secret.txt", O_RDONLY));
    OK(mkdir(ROOT "/../outside", 0755));
    OK(unlink(ROOT "/a/f"));
    OK(rmdir(ROOT "/a/b"));
    OK(rmdir(ROOT "/a"));
    return 0;
}
