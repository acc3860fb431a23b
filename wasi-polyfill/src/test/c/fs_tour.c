/* A tour of the file system calls a libc program makes; prints one line per step to stdout. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void check(const char *what, int ok) { printf("%s: %s\n", what, ok ? "ok" : strerror(errno)); }

int main(void) {
    check("mkdir", mkdir("/sandbox/dir", 0755) == 0);
    FILE *f = fopen("/sandbox/dir/a.txt", "w");
    check("fopen w", f != NULL);
    fprintf(f, "hello %d\n", 42);
    fclose(f);
    struct stat st;
    check("stat", stat("/sandbox/dir/a.txt", &st) == 0 && st.st_size == 9 && S_ISREG(st.st_mode));
    check("rename", rename("/sandbox/dir/a.txt", "/sandbox/dir/b.txt") == 0);
    check("link", link("/sandbox/dir/b.txt", "/sandbox/dir/c.txt") == 0);
    check("symlink", symlink("b.txt", "/sandbox/dir/s") == 0);
    char target[64] = {0};
    check("readlink", readlink("/sandbox/dir/s", target, sizeof target) == 5 && strcmp(target, "b.txt") == 0);
    check("stat nlink", stat("/sandbox/dir/c.txt", &st) == 0 && st.st_nlink == 2);
    int fd = open("/sandbox/dir/s", O_RDWR | O_APPEND);
    check("open via symlink", fd >= 0);
    check("write append", write(fd, "more\n", 5) == 5);
    check("pread", ({ char b[5]; pread(fd, b, 5, 0) == 5 && memcmp(b, "hello", 5) == 0; }));
    check("ftruncate", ftruncate(fd, 6) == 0);
    check("lseek end", lseek(fd, 0, SEEK_END) == 6);
    close(fd);
    DIR *d = opendir("/sandbox/dir");
    check("opendir", d != NULL);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) printf("entry %s\n", e->d_name);
    closedir(d);
    check("escape refused", open("/sandbox/../etc/passwd", O_RDONLY) < 0);
    check("absolute outside refused", open("/etc/passwd", O_RDONLY) < 0);
    check("unlink", unlink("/sandbox/dir/s") == 0);
    check("rmdir non-empty fails", rmdir("/sandbox/dir") != 0 && errno == ENOTEMPTY);
    struct timespec ts = {0, 1000000};
    check("nanosleep", nanosleep(&ts, NULL) == 0);
    check("clock", clock_gettime(CLOCK_MONOTONIC, &ts) == 0);
    return 3;
}
