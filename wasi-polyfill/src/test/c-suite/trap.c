// exit: trap
/* A program that traps (unreachable via __builtin_trap) after writing output. */
#include "wt.h"

__attribute__((noinline)) static void crash(volatile int *p) {
    if (*p == 1) __builtin_trap();
}

int main(void) {
    printf("before trap\n");
    fflush(stdout);
    volatile int one = 1;
    crash(&one);
    printf("after trap\n");
    return 0;
}
