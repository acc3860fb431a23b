// A C program for the page without WebAssembly: arguments, environment, a large allocation (memory.grow), and a
// line of stdin that the page supplies later (fd_read suspends through JSPI). Exits with 3.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    printf("args:");
    for (int i = 1; i < argc; i++) {
        printf(" [%s]", argv[i]);
    }
    printf("\n");
    const char *who = getenv("WHO");
    printf("WHO=%s\n", who ? who : "(unset)");
    size_t n = 8u << 20;
    unsigned char *p = malloc(n);
    if (p == NULL) {
        printf("malloc failed\n");
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        p[i] = (unsigned char) (i * 7 + (i >> 12));
    }
    unsigned sum = 0;
    for (size_t i = 0; i < n; i += 4093) {
        sum = sum * 31 + p[i];
    }
    printf("sum %u\n", sum);
    printf("name? ");
    fflush(stdout);
    char line[100];
    if (fgets(line, sizeof line, stdin) != NULL) {
        line[strcspn(line, "\n")] = 0;
        printf("hello, %s!\n", line);
    }
    return 3;
}
