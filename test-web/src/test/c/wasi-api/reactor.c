// A WASI reactor (compiled with -mexec-model=reactor): _initialize runs the constructors, then the host calls add.
#include <stdio.h>

static int base;

__attribute__((constructor)) static void init(void) { base = 40; }

__attribute__((export_name("add"))) int add(int x) {
    printf("add %d\n", x);
    fflush(stdout);
    return base + x;
}
