// One million (argv[1]) 10-byte appends to /sandbox/appends.log with write(2), unbuffered: the VFS file must grow
// amortised. Prints the final size.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    int fd = open("/sandbox/appends.log", O_WRONLY | O_CREAT | O_APPEND | O_TRUNC, 0644);
    if (fd < 0) { perror("open"); return 1; }
    for (long i = 0; i < n; i++) {
        if (write(fd, "0123456789", 10) != 10) { perror("write"); return 1; }
    }
    struct stat st;
    fstat(fd, &st);
    printf("size %lld\n", (long long)st.st_size);
    return 0;
}
