// exit: 42
/* exit() runs atexit handlers and flushes stdio before proc_exit; output after it never appears. */
#include "wt.h"

static void bye(void) { printf("atexit handler ran\n"); }

int main(void) {
    atexit(bye);
    printf("buffered line without flush");
    printf("\n");
    fprintf(stderr, "to stderr\n");
    exit(42);
    printf("not reached\n");
}
