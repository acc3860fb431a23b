// Does file actions given as arguments, in order, for the write-back tests (paths are in a preopened --dir):
//   write PATH TEXT   replace PATH's content by TEXT      big PATH MIB   write MIB MiB (a repeating pattern)
//   rename FROM TO    rename                              rm PATH        remove a file
//   symlink TARGET PATH                                   wait           read one line of stdin first
//   say TEXT          print TEXT and a newline            spin           loop forever (until a signal)
//   exit N            proc_exit(N)                        cat PATH       print PATH's content
//   append PATH TEXT  append TEXT to PATH (created if missing)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void check(int ok, const char *what, const char *path) {
    if (!ok) {
        perror(what);
        fprintf(stderr, "file-actions: %s %s failed\n", what, path);
        exit(3);
    }
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "write") && i + 2 < argc) {
            FILE *f = fopen(argv[i + 1], "w");
            check(f != NULL, "open", argv[i + 1]);
            check(fputs(argv[i + 2], f) >= 0 && fclose(f) == 0, "write", argv[i + 1]);
            i += 2;
        } else if (!strcmp(a, "big") && i + 2 < argc) {
            static char buf[1 << 20];
            for (size_t k = 0; k < sizeof buf; k++) buf[k] = (char) ('a' + k % 26);
            FILE *f = fopen(argv[i + 1], "w");
            check(f != NULL, "open", argv[i + 1]);
            long mib = atol(argv[i + 2]);
            for (long m = 0; m < mib; m++) check(fwrite(buf, 1, sizeof buf, f) == sizeof buf, "write", argv[i + 1]);
            check(fclose(f) == 0, "close", argv[i + 1]);
            i += 2;
        } else if (!strcmp(a, "rename") && i + 2 < argc) {
            check(rename(argv[i + 1], argv[i + 2]) == 0, "rename", argv[i + 1]);
            i += 2;
        } else if (!strcmp(a, "rm") && i + 1 < argc) {
            check(unlink(argv[i + 1]) == 0, "unlink", argv[i + 1]);
            i += 1;
        } else if (!strcmp(a, "symlink") && i + 2 < argc) {
            check(symlink(argv[i + 1], argv[i + 2]) == 0, "symlink", argv[i + 2]);
            i += 2;
        } else if (!strcmp(a, "cat") && i + 1 < argc) {
            FILE *f = fopen(argv[i + 1], "r");
            check(f != NULL, "open", argv[i + 1]);
            char buf[4096];
            size_t n;
            while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout);
            fclose(f);
            fflush(stdout);
            i += 1;
        } else if (!strcmp(a, "append") && i + 2 < argc) {
            FILE *f = fopen(argv[i + 1], "a");
            check(f != NULL, "open", argv[i + 1]);
            check(fputs(argv[i + 2], f) >= 0 && fclose(f) == 0, "append", argv[i + 1]);
            i += 2;
        } else if (!strcmp(a, "wait")) {
            char line[256];
            if (!fgets(line, sizeof line, stdin)) line[0] = 0;
        } else if (!strcmp(a, "say") && i + 1 < argc) {
            puts(argv[i + 1]);
            fflush(stdout);
            i += 1;
        } else if (!strcmp(a, "spin")) {
            volatile unsigned n = 0;
            for (;;) n++;
        } else if (!strcmp(a, "exit") && i + 1 < argc) {
            exit(atoi(argv[i + 1]));
        } else {
            fprintf(stderr, "file-actions: bad argument %s\n", a);
            return 2;
        }
    }
    return 0;
}
