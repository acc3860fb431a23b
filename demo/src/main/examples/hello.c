// Example for the demo page: prints its arguments and environment, then exits with the number of arguments.
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(int argc, char **argv) {
    printf("Hello from WebAssembly, running on teawasi!\n");
    for (int i = 0; i < argc; i++) {
        printf("argv[%d] = %s\n", i, argv[i]);
    }
    for (char **e = environ; *e != NULL; e++) {
        printf("env: %s\n", *e);
    }
    return argc - 1;
}
