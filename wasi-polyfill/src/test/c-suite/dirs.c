/* mkdir/rmdir/unlink errors, readdir with d_type, telldir/seekdir cookies, rewinddir, large directories,
 * entries added and removed while a listing is open. */
#include "wt.h"
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static const char *dtype(unsigned char t) {
    switch (t) {
    case DT_REG: return "reg"; case DT_DIR: return "dir"; case DT_LNK: return "lnk";
    case DT_UNKNOWN: return "unknown"; default: return "other";
    }
}

/* Lists a directory sorted (host order differs between runtimes), with types. */
static void list(const char *path) {
    DIR *d = opendir(path);
    if (!d) { SHOW("opendir %s: %s", path, errname(errno)); return; }
    char *names[512];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 512) {
        char *s = malloc(strlen(e->d_name) + 8);
        sprintf(s, "%s(%s)", e->d_name, dtype(e->d_type));
        names[n++] = s;
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    printf("%s:", path);
    for (int i = 0; i < n; i++) { printf(" %s", names[i]); free(names[i]); }
    printf("\n");
}

static void touch(const char *p) {
    int fd = open(p, O_WRONLY | O_CREAT, 0644);
    if (fd < 0) SHOW("touch %s: %s", p, errname(errno)); else close(fd);
}

int main(void) {
    OK(mkdir(ROOT "/d", 0755));
    OK(mkdir(ROOT "/d", 0755));
    OK(mkdir(ROOT "/d/", 0755));
    OK(mkdir(ROOT "/nope/sub", 0755));
    OK(mkdir(ROOT "/d/sub", 0755));
    touch(ROOT "/d/file");
    OK(symlink("file", ROOT "/d/ln"));
    list(ROOT "/d");
    OK(rmdir(ROOT "/d"));
    OK(rmdir(ROOT "/d/file"));
    OK(rmdir(ROOT "/d/missing"));
    OK(unlink(ROOT "/d/sub"));
    OK(unlink(ROOT "/d/missing"));
    OK(unlink(ROOT "/d/file/"));
    OK(rmdir(ROOT "/d/ln"));
    OK(rmdir(ROOT "/d/sub/."));
    OK(mkdir(ROOT "/d/file", 0755));
    OK(opendir(ROOT "/d/file") ? 0 : -1);
    OK(opendir(ROOT "/d/missing") ? 0 : -1);

    /* 300 entries with long names: readdir refills its buffer many times. */
    OK(mkdir(ROOT "/big", 0755));
    char p[300];
    for (int i = 0; i < 300; i++) {
        snprintf(p, sizeof p, ROOT "/big/entry-%03d-%s", i, "padding-padding-padding-padding-padding-padding");
        touch(p);
    }
    DIR *d = opendir(ROOT "/big");
    int count = 0, dots = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') dots++; else count++;
    }
    SHOW("big: %d entries, %d dot entries", count, dots);

    /* telldir/seekdir: remember a position mid-listing, read on, come back, read the same names again. */
    rewinddir(d);
    for (int i = 0; i < 100; i++) readdir(d);
    long pos = telldir(d);
    char first[3][300];
    for (int i = 0; i < 3; i++) strcpy(first[i], readdir(d)->d_name);
    for (int i = 0; i < 50; i++) readdir(d);
    seekdir(d, pos);
    int same = 1;
    for (int i = 0; i < 3; i++) same &= strcmp(first[i], readdir(d)->d_name) == 0;
    SHOW("seekdir returns to the same entries: %d", same);
    rewinddir(d);
    count = 0;
    while (readdir(d)) count++;
    SHOW("after rewinddir: %d entries", count);

    /* Entries removed while the listing is open are not reported twice and the rest is still listed once. */
    rewinddir(d);
    for (int i = 0; i < 10; i++) readdir(d);
    for (int i = 0; i < 300; i += 2) {
        snprintf(p, sizeof p, ROOT "/big/entry-%03d-%s", i, "padding-padding-padding-padding-padding-padding");
        unlink(p);
    }
    char *seen[400];
    int ns = 0, dup = 0;
    while ((e = readdir(d)) && ns < 400) {
        for (int i = 0; i < ns; i++) dup |= strcmp(seen[i], e->d_name) == 0;
        seen[ns++] = strdup(e->d_name);
    }
    int odd_seen = 0;
    for (int i = 0; i < ns; i++) {
        int num;
        if (sscanf(seen[i], "entry-%d", &num) == 1 && num % 2 == 1) odd_seen++;
        free(seen[i]);
    }
    SHOW("no duplicates: %d, surviving odd entries after position seen: %d", !dup, odd_seen >= 140);
    closedir(d);
    for (int i = 1; i < 300; i += 2) {
        snprintf(p, sizeof p, ROOT "/big/entry-%03d-%s", i, "padding-padding-padding-padding-padding-padding");
        unlink(p);
    }
    list(ROOT "/big");
    OK(rmdir(ROOT "/big"));

    /* fdopendir on an fd opened with O_DIRECTORY; readdir of a file fd fails. */
    int fd = OK(open(ROOT "/d", O_RDONLY | O_DIRECTORY));
    d = fdopendir(fd);
    SHOW("fdopendir: %s", d ? "ok" : errname(errno));
    if (d) closedir(d);
    fd = OK(open(ROOT "/d/ln", O_RDONLY));
    d = fdopendir(fd);
    SHOW("fdopendir on file: %s", d ? "ok" : errname(errno));
    close(fd);
    /* Cleanup leaves the mount empty. */
    unlink(ROOT "/d/ln");
    unlink(ROOT "/d/file");
    rmdir(ROOT "/d/file");
    rmdir(ROOT "/d/sub");
    OK(rmdir(ROOT "/d"));
    list(ROOT);
    return 0;
}
