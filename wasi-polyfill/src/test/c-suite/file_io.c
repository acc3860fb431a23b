/* open/read/write/pread/pwrite/lseek/ftruncate/posix_fallocate/fcntl and their error paths. */
#include "wt.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static void dump(int fd, const char *what) {
    char buf[128];
    off_t save = lseek(fd, 0, SEEK_CUR);
    lseek(fd, 0, SEEK_SET);
    ssize_t n = read(fd, buf, sizeof buf);
    printf("%s: %zd bytes [", what, n);
    for (ssize_t i = 0; i < n; i++) putchar(buf[i] ? buf[i] : '.');
    printf("]\n");
    lseek(fd, save, SEEK_SET);
}

int main(void) {
    char buf[64];
    int fd = OK(open(ROOT "/f.txt", O_RDWR | O_CREAT | O_EXCL, 0644));
    OK(open(ROOT "/f.txt", O_RDWR | O_CREAT | O_EXCL, 0644));
    VAL(write(fd, "hello world", 11));
    VAL(lseek(fd, 0, SEEK_CUR));
    VAL(lseek(fd, 0, SEEK_SET));
    VAL(read(fd, buf, 5));
    SHOW("read: %.5s", buf);
    VAL(lseek(fd, -3, SEEK_END));
    VAL(read(fd, buf, 64));
    SHOW("tail: %.3s", buf);
    VAL(read(fd, buf, 64));
    VAL(lseek(fd, 2, SEEK_CUR));
    VAL(lseek(fd, -100, SEEK_SET));
    VAL(lseek(fd, 0, 42));
    /* pread/pwrite do not move the offset. */
    VAL(lseek(fd, 1, SEEK_SET));
    VAL(pread(fd, buf, 4, 6));
    SHOW("pread: %.4s", buf);
    VAL(pwrite(fd, "W", 1, 6));
    VAL(lseek(fd, 0, SEEK_CUR));
    VAL(pread(fd, buf, 10, 100));
    VAL(pread(fd, buf, 4, -1));
    dump(fd, "after pwrite");
    /* Writing past the end leaves a hole of zeros. */
    VAL(pwrite(fd, "Z", 1, 15));
    dump(fd, "with hole");
    OK(ftruncate(fd, 4));
    dump(fd, "truncated");
    OK(ftruncate(fd, 8));
    dump(fd, "grown");
    OK(ftruncate(fd, -1));
    struct stat st;
    OK(posix_fallocate(fd, 0, 20) == 0 ? 0 : (errno = posix_fallocate(fd, 0, 20), -1));
    OK(fstat(fd, &st));
    SHOW("size after fallocate=%lld", (long long)st.st_size);
    OK(close(fd));
    OK(close(fd));
    VAL(write(fd, "x", 1));
    VAL(read(fd, buf, 1));
    VAL(lseek(fd, 0, SEEK_SET));

    /* O_TRUNC, read-only and write-only descriptors. */
    fd = OK(open(ROOT "/f.txt", O_WRONLY | O_TRUNC));
    OK(fstat(fd, &st));
    SHOW("size after O_TRUNC=%lld", (long long)st.st_size);
    VAL(write(fd, "abc", 3));
    VAL(read(fd, buf, 1));
    OK(close(fd));
    fd = OK(open(ROOT "/f.txt", O_RDONLY));
    VAL(write(fd, "x", 1));
    OK(ftruncate(fd, 0));
    VAL(read(fd, buf, 10));
    OK(close(fd));

    /* O_APPEND: every write goes to the end, whatever the offset; pwrite too on Linux is not specified. */
    fd = OK(open(ROOT "/f.txt", O_WRONLY | O_APPEND));
    VAL(fcntl(fd, F_GETFL) & (O_APPEND | O_NONBLOCK));
    VAL(lseek(fd, 0, SEEK_SET));
    VAL(write(fd, "def", 3));
    VAL(lseek(fd, 0, SEEK_CUR));
    OK(fcntl(fd, F_SETFL, O_APPEND | O_NONBLOCK));
    VAL(fcntl(fd, F_GETFL) & (O_APPEND | O_NONBLOCK));
    OK(fcntl(fd, F_SETFL, 0));
    VAL(fcntl(fd, F_GETFL) & (O_APPEND | O_NONBLOCK));
    VAL(lseek(fd, 1, SEEK_SET));
    VAL(write(fd, "X", 1));
    OK(close(fd));
    fd = OK(open(ROOT "/f.txt", O_RDONLY));
    VAL(fcntl(fd, F_GETFL) & O_ACCMODE);
    dump(fd, "final");
    OK(close(fd));
    fd = OK(open(ROOT "/f.txt", O_WRONLY));
    VAL(fcntl(fd, F_GETFL) & O_ACCMODE);
    OK(close(fd));
    fd = OK(open(ROOT "/f.txt", O_RDWR));
    VAL(fcntl(fd, F_GETFL) & O_ACCMODE);
    OK(close(fd));

    /* Error paths of open. */
    OK(open(ROOT "/missing.txt", O_RDONLY));
    OK(open(ROOT "/missing/x.txt", O_RDWR | O_CREAT, 0644));
    OK(open(ROOT "/f.txt", O_RDONLY | O_DIRECTORY));
    OK(open(ROOT "/f.txt/", O_RDONLY));
    OK(open(ROOT "/f.txt/x", O_RDONLY));
    OK(mkdir(ROOT "/d", 0755));
    OK(open(ROOT "/d", O_RDWR));
    OK(open(ROOT "/d", O_WRONLY));
    fd = OK(open(ROOT "/d", O_RDONLY));
    VAL(read(fd, buf, 1));
    VAL(write(fd, "x", 1));
    OK(close(fd));
    OK(open(ROOT "/d/", O_RDONLY | O_DIRECTORY));
    OK(open(ROOT "/new/", O_RDWR | O_CREAT, 0644));
    OK(open(ROOT, O_RDONLY | O_DIRECTORY));
    OK(unlink(ROOT "/f.txt"));
    OK(rmdir(ROOT "/d"));
    return 0;
}
