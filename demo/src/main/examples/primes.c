// Example for the demo page: a long computation with progress output. Counts the primes below N by trial
// division (deliberately plain, so it takes a while), printing a progress bar every 0.5% (each print is a WASI call: where
// the page can pause the program, stop it, and let the browser paint).
//   primes [N]     default N = 10000000
#include <stdio.h>
#include <stdlib.h>

static int is_prime(unsigned n) {
    if (n < 2) {
        return 0;
    }
    if (n % 2 == 0) {
        return n == 2;
    }
    for (unsigned d = 3; d * d <= n; d += 2) {
        if (n % d == 0) {
            return 0;
        }
    }
    return 1;
}

int main(int argc, char **argv) {
    unsigned long limit = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000000;
    if (limit < 2 || limit > 4000000000UL) {
        fprintf(stderr, "primes: N must be between 2 and 4000000000\n");
        return 2;
    }
    unsigned long count = 0;
    unsigned long step = limit / 200 > 0 ? limit / 200 : 1;
    unsigned long next = step;
    for (unsigned long n = 0; n < limit; n++) {
        count += is_prime((unsigned) n);
        if (n + 1 == next) {
            int done = (int) ((unsigned long long) (n + 1) * 100 / limit);
            printf("\r\x1b[36m[%-25.*s]\x1b[0m %3d%%  %lu primes", done / 4,
                   "#########################", done, count);
            fflush(stdout);
            next += step;
        }
    }
    printf("\nprimes below %lu: \x1b[1;32m%lu\x1b[0m\n", limit, count);
    return 0;
}
