/* Smoke program for the benchmark harness: a little integer work, a file written to and read back from /sandbox,
   then "checksum: X" like the corpus programs. size = argv[1] (default 1000). Build: see build.sh. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000;
    uint32_t h = 2166136261u;
    for (long i = 0; i < n; i++) {
        h = (h ^ (uint32_t)i) * 16777619u;
    }
    FILE *f = fopen("/sandbox/smoke.txt", "w");
    if (!f) { perror("fopen w"); return 1; }
    fprintf(f, "%u\n", h);
    fclose(f);
    f = fopen("/sandbox/smoke.txt", "r");
    if (!f) { perror("fopen r"); return 1; }
    unsigned back = 0;
    if (fscanf(f, "%u", &back) != 1 || back != h) { fprintf(stderr, "read back %u\n", back); return 1; }
    fclose(f);
    printf("checksum: %08x\n", h);
    return 0;
}
