#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    printf("before\n");
    fflush(stdout);
    size_t n = 1 << 20;
    char *p = malloc(n);           /* grows the memory */
    if (!p) return 1;
    memset(p, 'x', n);
    printf("pages grew\n");
    printf("after %zu\n", strlen(memset(p, 'y', n - 1) ? (p[n - 1] = 0, p) : p) + 1);
    return 0;
}
