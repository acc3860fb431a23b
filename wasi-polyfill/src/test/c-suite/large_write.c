/* Big writes: a 1 MiB single write to stdout (fully delivered, counted by the harness), a 4 MiB file written
 * in odd-sized chunks and read back with a checksum, a sparse file with data at 100 MiB. */
#include "wt.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static uint32_t mix(uint32_t h, const unsigned char *p, size_t n) {
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

int main(void) {
    size_t big = 1 << 20;
    char *line = malloc(big);
    for (size_t i = 0; i < big; i++) line[i] = (i % 64 == 63) ? '\n' : 'a' + (i % 26);
    size_t done = 0;
    while (done < big) {
        ssize_t n = write(1, line + done, big - done);
        if (n <= 0) { fprintf(stderr, "stdout write failed: %s\n", errname(errno)); return 1; }
        done += n;
    }

    int fd = open(ROOT "/big.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
    size_t total = 4u << 20, chunk = 65521, w = 0;
    unsigned char *buf = malloc(chunk);
    uint32_t hw = 2166136261u, hr = 2166136261u;
    while (w < total) {
        size_t n = total - w < chunk ? total - w : chunk;
        for (size_t i = 0; i < n; i++) buf[i] = (unsigned char)((w + i) * 7 + ((w + i) >> 13));
        hw = mix(hw, buf, n);
        if (write(fd, buf, n) != (ssize_t)n) { fprintf(stderr, "file write failed: %s\n", errname(errno)); return 1; }
        w += n;
    }
    struct stat st;
    fstat(fd, &st);
    fprintf(stderr, "file size=%lld\n", (long long)st.st_size);
    lseek(fd, 0, SEEK_SET);
    size_t r = 0;
    ssize_t n;
    unsigned char *rb = malloc(1 << 20);
    while ((n = read(fd, rb, 1 << 20)) > 0) { hr = mix(hr, rb, n); r += n; }
    fprintf(stderr, "read back %zu bytes, checksum %s\n", r, hw == hr ? "matches" : "DIFFERS");
    close(fd);
    unlink(ROOT "/big.bin");

    fd = open(ROOT "/sparse.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
    fprintf(stderr, "pwrite at 100MiB: %zd\n", pwrite(fd, "end", 3, 100LL << 20));
    fstat(fd, &st);
    fprintf(stderr, "sparse size=%lld\n", (long long)st.st_size);
    unsigned char probe[4] = {9, 9, 9, 9};
    fprintf(stderr, "pread in hole: %zd bytes, zero=%d\n", pread(fd, probe, 4, 50LL << 20),
            probe[0] == 0 && probe[3] == 0);
    close(fd);
    unlink(ROOT "/sparse.bin");
    return 0;
}
