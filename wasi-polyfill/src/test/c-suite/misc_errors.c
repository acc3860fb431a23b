/* Error paths a libc reaches on bad descriptors and unsupported operations; random_get; sched_yield. */
#include "wt.h"
#include <fcntl.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
    char buf[16];
    struct stat st;
    OK(close(-1));
    OK(close(1234));
    VAL(read(1234, buf, 1));
    VAL(write(1234, buf, 1));
    VAL(lseek(1234, 0, SEEK_SET));
    OK(fstat(1234, &st));
    OK(fsync(1234));
    OK(fdatasync(1234));
    OK(ftruncate(1234, 0));
    OK(fcntl(1234, F_GETFL));
    /* Seeking a pipe or terminal is ESPIPE on every runtime that knows what stdin is. */
    int fd = OK(open(ROOT "/m.txt", O_RDWR | O_CREAT, 0644));
    OK(fsync(fd));
    OK(fdatasync(fd));
    OK(shutdown(fd, SHUT_RDWR));
    VAL(recv(fd, buf, 1, 0));
    VAL(send(fd, buf, 1, 0));
    OK(close(fd));
    OK(unlink(ROOT "/m.txt"));
    OK(sched_yield());

    unsigned char r1[32], r2[32];
    OK(getentropy(r1, sizeof r1));
    OK(getentropy(r2, sizeof r2));
    int differ = memcmp(r1, r2, sizeof r1) != 0, nonzero = 0;
    for (int i = 0; i < 32; i++) nonzero |= r1[i];
    SHOW("random differs=%d nonzero=%d", differ, nonzero != 0);
    OK(getentropy(r1, 257));
    unsigned char big[5000];
    RAW(__wasi_random_get(big, sizeof big));

    /* Raw calls with invalid arguments. */
    RAW(__wasi_fd_advise(1234, 0, 0, __WASI_ADVICE_NORMAL));
    RAW(__wasi_fd_allocate(1234, 0, 1));
    __wasi_prestat_t pre;
    RAW(__wasi_fd_prestat_get(0, &pre));
    RAW(__wasi_fd_prestat_get(1234, &pre));
    __wasi_fdstat_t fdst;
    RAW(__wasi_fd_fdstat_get(1234, &fdst));
    RAW(__wasi_fd_fdstat_get(3, &fdst));
    SHOW("fd 3 filetype=%u (3 = directory)", fdst.fs_filetype);
    return 0;
}
