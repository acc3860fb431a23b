// exit: 113
/* __wasi_proc_exit ends the run at once with its code, from deep inside a call chain. */
#include "wt.h"

static void deep(int n) {
    if (n == 0) {
        printf("exiting from depth\n");
        fflush(stdout);
        __wasi_proc_exit(113);
    }
    deep(n - 1);
    printf("unwound %d\n", n); /* never printed */
}

int main(void) {
    deep(50);
    return 0;
}
