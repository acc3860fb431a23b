/* A WASI reactor: _initialize sets up state, the host then calls add_and_print. */
#include <stdio.h>
static int counter;
__attribute__((constructor)) static void init(void) { counter = 100; }
__attribute__((export_name("add_and_print"))) int add_and_print(int x) {
    counter += x;
    printf("counter=%d\n", counter);
    fflush(stdout);
    return counter;
}
