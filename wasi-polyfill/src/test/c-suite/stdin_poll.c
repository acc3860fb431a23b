// stdin: line one\nsecond line\nthird\n
/* Reads stdin in small pieces until EOF, poll() on stdin/files/timeouts, raw poll_oneoff, isatty. */
#include "wt.h"
#include <ctype.h>
#include <fcntl.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>

static long long mono(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void) {
    /* Data is waiting on stdin (a pipe or file given by the test), so it polls readable. */
    struct pollfd p[2] = {{0, POLLIN, 0}};
    VAL(poll(p, 1, 5000));
    SHOW("stdin revents has POLLIN: %d", (p[0].revents & POLLIN) != 0);
    char buf[7];
    long total = 0;
    ssize_t n;
    while ((n = read(0, buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++) putchar(toupper((unsigned char)buf[i]));
        total += n;
    }
    SHOW("read returned %zd at EOF, total %ld", n, total);
    VAL(read(0, buf, sizeof buf));
    VAL(write(0, "x", 1) < 0 ? -1 : 0);

    /* Regular files are always ready. */
    int fd = open(ROOT "/p.txt", O_RDWR | O_CREAT, 0644);
    p[0] = (struct pollfd){fd, POLLIN | POLLOUT, 0};
    p[1] = (struct pollfd){1, POLLOUT, 0};
    VAL(poll(p, 2, 0));
    SHOW("file revents in=%d out=%d; stdout out=%d", (p[0].revents & POLLIN) != 0, (p[0].revents & POLLOUT) != 0,
         (p[1].revents & POLLOUT) != 0);
    close(fd);
    unlink(ROOT "/p.txt");

    /* Timeout only. */
    long long t0 = mono();
    VAL(poll(NULL, 0, 30));
    SHOW("poll timeout waited >= 30ms: %d", mono() - t0 >= 30000000LL);

    /* Raw poll_oneoff: a relative clock, then a clock with a bad fd (absolute clocks: poll_abstime.c). */
    __wasi_subscription_t in[3];
    __wasi_event_t out[3];
    __wasi_size_t nev = 0;
    memset(in, 0, sizeof in);
    in[0].userdata = 11;
    in[0].u.tag = __WASI_EVENTTYPE_CLOCK;
    in[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    in[0].u.u.clock.timeout = 10 * 1000 * 1000;
    RAW(__wasi_poll_oneoff(in, out, 1, &nev));
    SHOW("relative clock: n=%u userdata=%llu error=%u type=%u", (unsigned)nev, (unsigned long long)out[0].userdata,
         out[0].error, out[0].type);
    in[1].userdata = 21;
    in[1].u.tag = __WASI_EVENTTYPE_FD_READ;
    in[1].u.u.fd_read.file_descriptor = 77;
    in[0].u.u.clock.flags = 0;
    in[0].u.u.clock.timeout = 1000LL * 1000 * 1000;
    RAW(__wasi_poll_oneoff(in, out, 2, &nev));
    for (unsigned i = 0; i < nev; i++)
        SHOW("event userdata=%llu error=%s type=%u", (unsigned long long)out[i].userdata,
             out[i].error ? errname(out[i].error) : "OK", out[i].type);
    RAW(__wasi_poll_oneoff(in, out, 0, &nev));

    SHOW("isatty(0)=%d isatty(1)=%d isatty(2)=%d", isatty(0), isatty(1), isatty(2));
    SHOW("isatty(99)=%d %s", isatty(99), errname(errno));
    return 0;
}
