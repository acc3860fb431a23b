// Fills /sandbox until the file system is full: first bytes (one file), then inodes (empty files). Every failure
// must be an ordinary errno (ENOSPC), never a crash of the host; after freeing space, writing works again.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
    static char block[4096];
    memset(block, 'x', sizeof block);
    int fd = open("/sandbox/fill", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        printf("open fill: %s\n", strerror(errno));
        return 1;
    }
    long total = 0;
    ssize_t n;
    while ((n = write(fd, block, sizeof block)) > 0 && total < (1L << 30)) {
        total += n;
    }
    printf("wrote %ld bytes, then: %s\n", total, n < 0 ? strerror(errno) : "no error");
    close(fd);
    struct stat st;
    stat("/sandbox/fill", &st);
    printf("fill has %lld bytes\n", (long long) st.st_size);
    int files = 0;
    for (;;) {
        char name[32];
        snprintf(name, sizeof name, "/sandbox/f%d", files);
        int f = open(name, O_WRONLY | O_CREAT, 0644);
        if (f < 0) {
            printf("created %d files, then: %s\n", files, strerror(errno));
            break;
        }
        close(f);
        if (++files > 100000) {
            printf("no inode limit\n");
            break;
        }
    }
    printf("mkdir: %s\n", mkdir("/sandbox/d", 0755) < 0 ? strerror(errno) : "ok");
    printf("symlink: %s\n", symlink("f0", "/sandbox/s") < 0 ? strerror(errno) : "ok");
    unlink("/sandbox/fill");
    unlink("/sandbox/f1");
    fd = open("/sandbox/f0", O_WRONLY | O_APPEND);
    n = write(fd, block, 100);
    printf("after freeing: wrote %zd, mkdir: %s\n", n, mkdir("/sandbox/d", 0755) < 0 ? strerror(errno) : "ok");
    close(fd);
    return 0;
}
