/* Reads stdin to EOF, writes it upper-cased to stdout, prints the byte count to stderr, exits with argv[1]. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv) {
    char buf[256];
    long total = 0;
    ssize_t n;
    while ((n = read(0, buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++) buf[i] = (char)toupper((unsigned char)buf[i]);
        write(1, buf, (size_t)n);
        total += n;
    }
    fprintf(stderr, "read %ld bytes\n", total);
    exit(argc > 1 ? atoi(argv[1]) : 0);
}
