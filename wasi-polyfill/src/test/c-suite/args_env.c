// args: alpha "" "with space" --flag=1 ünïcode
// env: TEAWASI_A=1 TEAWASI_B=two=2 TEAWASI_EMPTY=
// exit: 7
/* argv (argv[0] is the program name) and environ, then a non-zero return from main. */
#include "wt.h"
#include <unistd.h>

extern char **environ;

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
    SHOW("argc=%d", argc);
    const char *slash = strrchr(argv[0], '/');
    SHOW("argv[0] basename=%s", slash ? slash + 1 : argv[0]);
    for (int i = 1; i < argc; i++) SHOW("argv[%d]=[%s] len=%zu", i, argv[i], strlen(argv[i]));
    SHOW("argv[argc]==NULL: %d", argv[argc] == NULL);
    /* Only our variables: the host environment is never passed through. */
    char *mine[64];
    int n = 0, total = 0;
    for (char **e = environ; *e; e++) {
        total++;
        if (strncmp(*e, "TEAWASI_", 8) == 0 && n < 64) mine[n++] = *e;
    }
    qsort(mine, n, sizeof mine[0], cmp);
    for (int i = 0; i < n; i++) SHOW("env %s", mine[i]);
    SHOW("environ count=%d", total);
    SHOW("getenv(TEAWASI_B)=%s", getenv("TEAWASI_B"));
    SHOW("getenv(TEAWASI_EMPTY)=[%s]", getenv("TEAWASI_EMPTY"));
    SHOW("getenv(MISSING)=%p", (void *)getenv("TEAWASI_MISSING"));
    /* Raw sizes agree with what libc saw. */
    __wasi_size_t c, sz;
    RAW(__wasi_args_sizes_get(&c, &sz));
    SHOW("args_sizes count=%u", (unsigned)c);
    RAW(__wasi_environ_sizes_get(&c, &sz));
    SHOW("environ_sizes count=%u", (unsigned)c);
    fflush(stdout);
    return 7;
}
