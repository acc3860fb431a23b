// A fixed sequence of changes under /sandbox, for the host's change events: create, write, append, rename,
// symlink, hard link, utimes, truncate, unlink, rmdir.
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

int main(void) {
    mkdir("/sandbox/dir", 0755);
    int fd = open("/sandbox/dir/log", O_WRONLY | O_CREAT | O_APPEND, 0644);
    for (int i = 0; i < 1000; i++) {
        write(fd, "0123456789", 10);
    }
    close(fd);
    rename("/sandbox/dir/log", "/sandbox/dir/log.1");
    symlink("log.1", "/sandbox/dir/current");
    link("/sandbox/dir/log.1", "/sandbox/hard");
    struct timeval tv[2] = {{1, 0}, {2, 0}};
    utimes("/sandbox/hard", tv);
    truncate("/sandbox/dir/log.1", 5);
    unlink("/sandbox/dir/current");
    unlink("/sandbox/dir/log.1");
    rmdir("/sandbox/dir");
    puts("done");
    return 0;
}
