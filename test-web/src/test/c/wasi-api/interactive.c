// Interactive stdin: says ready, polls stdin with a 50 ms timeout until something is typed (counting the timeouts), then
// echoes each line in upper case until the end of input, sleeps 100 ms and says bye.
#include <ctype.h>
#include <poll.h>
#include <stdio.h>
#include <time.h>

int main(void) {
    printf("ready\n");
    fflush(stdout);
    struct pollfd p = {0, POLLIN, 0};
    int timeouts = 0;
    for (;;) {
        int r = poll(&p, 1, 50);
        if (r < 0) { perror("poll"); return 1; }
        if (r == 0) { timeouts++; continue; }
        break;
    }
    printf("waited %s\n", timeouts > 0 ? "yes" : "no");
    fflush(stdout);
    char line[256];
    while (fgets(line, sizeof line, stdin)) {
        for (char *c = line; *c; c++) *c = (char)toupper((unsigned char)*c);
        printf("echo: %s", line);
        fflush(stdout);
    }
    struct timespec d = {0, 100 * 1000000L};
    nanosleep(&d, NULL);
    printf("bye\n");
    return 0;
}
