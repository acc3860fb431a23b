// Works in the preopened /data: reads in.txt, writes its upper case to out.txt, removes gone.txt, prints what it did.
#include <ctype.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
    FILE *in = fopen("/data/in.txt", "r");
    if (!in) { perror("in.txt"); return 1; }
    FILE *out = fopen("/data/out.txt", "w");
    if (!out) { perror("out.txt"); return 1; }
    int c, n = 0;
    while ((c = fgetc(in)) != EOF) { fputc(toupper(c), out); n++; }
    fclose(in);
    fclose(out);
    printf("copied %d bytes\n", n);
    printf("unlink gone.txt: %d\n", unlink("/data/gone.txt"));
    return 0;
}
