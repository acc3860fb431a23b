#include <stdio.h>
#include <string.h>
extern char **environ;
int main(int argc, char **argv) {
    printf("argv:");
    for (int i = 0; i < argc; i++) printf("%s%s", i ? "|" : " ", argv[i]);
    printf("\nenv:");
    for (int i = 0; environ[i]; i++) printf("%s%s", i ? "|" : " ", environ[i]);
    printf("\nstdin: ");
    char buf[256];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) fwrite(buf, 1, n, stdout);
    fflush(stdout);
    return 0;
}
