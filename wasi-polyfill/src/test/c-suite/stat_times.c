/* stat/fstat/lstat, file types, link counts, utimes/utimensat/futimens with exact times, UTIME_OMIT/UTIME_NOW. */
#include "wt.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static const char *kind(mode_t m) {
    if (S_ISREG(m)) return "file";
    if (S_ISDIR(m)) return "dir";
    if (S_ISLNK(m)) return "symlink";
    if (S_ISCHR(m)) return "chardev";
    if (S_ISBLK(m)) return "blockdev";
    if (S_ISSOCK(m)) return "socket";
    if (S_ISFIFO(m)) return "fifo";
    return "unknown";
}

static void show(const char *path) {
    struct stat st;
    if (OK(stat(path, &st)) != 0) return;
    if (S_ISDIR(st.st_mode)) { SHOW("  %s kind=dir", path); return; }
    SHOW("  %s kind=%s nlink=%llu size=%lld atime=%lld.%09ld mtime=%lld.%09ld", path, kind(st.st_mode),
             (unsigned long long)st.st_nlink, (long long)st.st_size,
             (long long)st.st_atim.tv_sec, st.st_atim.tv_nsec, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

int main(void) {
    struct stat st, st2;
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    int fd = OK(open(ROOT "/a.txt", O_RDWR | O_CREAT | O_TRUNC, 0644));
    VAL(write(fd, "0123456789", 10));
    OK(fstat(fd, &st));
    SHOW("fstat kind=%s size=%lld nlink=%llu", kind(st.st_mode), (long long)st.st_size, (unsigned long long)st.st_nlink);
    SHOW("fresh mtime recent: %d", st.st_mtim.tv_sec >= now.tv_sec - 5);
    OK(stat(ROOT "/a.txt", &st2));
    SHOW("same dev/ino as fstat: %d", st.st_dev == st2.st_dev && st.st_ino == st2.st_ino);
    OK(stat(ROOT, &st));
    SHOW("root kind=%s", kind(st.st_mode));
    SHOW("root dev equals file dev: %d", st.st_dev == st2.st_dev);
    SHOW("root ino differs from file: %d", st.st_ino != st2.st_ino);

    /* Exact times with nanoseconds. */
    struct timespec ts[2] = {{1000000000, 123456789}, {1234567890, 987654321}};
    OK(utimensat(AT_FDCWD, ROOT "/a.txt", ts, 0));
    show(ROOT "/a.txt");
    struct timespec omit[2] = {{0, UTIME_OMIT}, {1500000000, 5}};
    OK(futimens(fd, omit));
    show(ROOT "/a.txt");
    struct timeval tv[2] = {{1600000000, 250000}, {1700000000, 750000}};
    OK(utimes(ROOT "/a.txt", tv));
    show(ROOT "/a.txt");
    struct timespec nowts[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
    OK(futimens(fd, nowts));
    OK(fstat(fd, &st));
    SHOW("atime now: %d mtime kept: %d", st.st_atim.tv_sec >= now.tv_sec - 5, st.st_mtim.tv_sec == 1700000000);
    OK(futimens(fd, NULL));
    OK(fstat(fd, &st));
    SHOW("both now: %d", st.st_atim.tv_sec >= now.tv_sec - 5 && st.st_mtim.tv_sec >= now.tv_sec - 5);
    struct timespec bad[2] = {{0, 1000000000}, {0, 0}};
    OK(futimens(fd, bad));
    /* Writing updates mtime. */
    OK(utimensat(AT_FDCWD, ROOT "/a.txt", ts, 0));
    VAL(write(fd, "x", 1));
    OK(fstat(fd, &st));
    SHOW("write moved mtime: %d", st.st_mtim.tv_sec >= now.tv_sec - 5);
    OK(close(fd));

    /* Directories, symlinks, errors. */
    OK(mkdir(ROOT "/dir", 0755));
    show(ROOT "/dir");
    OK(symlink("a.txt", ROOT "/link"));
    OK(lstat(ROOT "/link", &st));
    SHOW("lstat link kind=%s size=%lld", kind(st.st_mode), (long long)st.st_size);
    OK(stat(ROOT "/link", &st));
    SHOW("stat link kind=%s size=%lld", kind(st.st_mode), (long long)st.st_size);
    OK(symlink("nowhere", ROOT "/dangling"));
    OK(stat(ROOT "/dangling", &st));
    OK(lstat(ROOT "/dangling", &st));
    OK(stat(ROOT "/missing", &st));
    OK(stat(ROOT "/a.txt/", &st));
    OK(stat(ROOT "/dir/", &st));
    OK(stat(ROOT "/a.txt/x", &st));
    OK(lstat(ROOT "/link/", &st));
    OK(utimensat(AT_FDCWD, ROOT "/link", ts, AT_SYMLINK_NOFOLLOW));
    OK(lstat(ROOT "/link", &st));
    SHOW("symlink mtime=%lld", (long long)st.st_mtim.tv_sec);
    OK(stat(ROOT "/link", &st));
    SHOW("target mtime unchanged by nofollow: %d", st.st_mtim.tv_sec != 1234567890);
    OK(fstat(99, &st));
    OK(fstat(1, &st));
    SHOW("stdout kind is not file/dir: %d", !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode));
    unlink(ROOT "/link");
    unlink(ROOT "/dangling");
    unlink(ROOT "/a.txt");
    rmdir(ROOT "/dir");
    return 0;
}
