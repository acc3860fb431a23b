// Example for the demo page: reads lines from stdin and echoes them in upper case until end of input.
// In the browser every read waits for the user to type, without blocking the tab.
#include <ctype.h>
#include <stdio.h>

int main(void) {
    char line[1024];
    int lines = 0;
    printf("Type a line and press Enter; end the input with Ctrl-D.\n");
    fflush(stdout);
    while (fgets(line, sizeof line, stdin) != NULL) {
        for (char *p = line; *p != '\0'; p++) {
            *p = (char) toupper((unsigned char) *p);
        }
        fputs(line, stdout);
        fflush(stdout);
        lines++;
    }
    printf("%d line%s read\n", lines, lines == 1 ? "" : "s");
    return 0;
}
