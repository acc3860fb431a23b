// Example for the demo page: a small file tool over the WASI filesystem (the page's FileSystem).
//   ftool find [DIR] [-name GLOB]     list files and directories below DIR (default ".")
//   ftool grep [-i] PATTERN PATH...   print the lines that contain PATTERN, searching directories recursively
//   ftool wc PATH...                  count lines, words and bytes of files (directories recursively)
//   ftool du [DIR]                    total bytes per directory
// Output uses ANSI colours (directories blue, matches red), as a terminal program would.
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define BLUE "\x1b[1;34m"
#define RED "\x1b[1;31m"
#define GREEN "\x1b[32m"
#define RESET "\x1b[0m"

static int failures;

static void fail(const char *path) {
    fprintf(stderr, "ftool: %s: %s\n", path, strerror(errno));
    failures++;
}

typedef void (*visit_fn)(const char *path, const struct stat *st, void *state);

/** Calls visit for path and, for a directory, every entry below it (in the order readdir gives). */
static void walk(const char *path, visit_fn visit, void *state) {
    struct stat st;
    if (stat(path, &st) != 0) {
        fail(path);
        return;
    }
    visit(path, &st, state);
    if (!S_ISDIR(st.st_mode)) {
        return;
    }
    DIR *dir = opendir(path);
    if (dir == NULL) {
        fail(path);
        return;
    }
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) {
            continue;
        }
        size_t n = strlen(path) + strlen(entry->d_name) + 2;
        char *child = malloc(n);
        snprintf(child, n, strcmp(path, "/") == 0 ? "%s%s" : "%s/%s", path, entry->d_name);
        walk(child, visit, state);
        free(child);
    }
    closedir(dir);
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash != NULL && slash[1] != '\0' ? slash + 1 : path;
}

struct find_state {
    const char *glob;
    long found;
};

static void find_visit(const char *path, const struct stat *st, void *state) {
    struct find_state *s = state;
    if (s->glob != NULL && fnmatch(s->glob, base_name(path), 0) != 0) {
        return;
    }
    s->found++;
    if (S_ISDIR(st->st_mode)) {
        size_t n = strlen(path);
        printf(BLUE "%s%s" RESET "\n", path, n > 0 && path[n - 1] == '/' ? "" : "/");
    } else {
        printf("%s " GREEN "(%lld bytes)" RESET "\n", path, (long long) st->st_size);
    }
}

static int cmd_find(int argc, char **argv) {
    struct find_state s = {NULL, 0};
    const char *dir = ".";
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "-name") == 0 && i + 1 < argc) {
            s.glob = argv[++i];
        } else {
            dir = argv[i];
        }
    }
    walk(dir, find_visit, &s);
    printf("%ld found\n", s.found);
    return failures ? 1 : 0;
}

struct grep_state {
    const char *pattern;
    int ignore_case;
    long matches;
};

/** The first occurrence of pattern in line, or NULL. */
static const char *find_in(const char *line, const char *pattern, int ignore_case) {
    size_t n = strlen(pattern);
    for (const char *p = line; *p != '\0'; p++) {
        size_t i = 0;
        while (i < n && p[i] != '\0'
               && (ignore_case ? tolower((unsigned char) p[i]) == tolower((unsigned char) pattern[i])
                               : p[i] == pattern[i])) {
            i++;
        }
        if (i == n) {
            return p;
        }
    }
    return NULL;
}

static void grep_visit(const char *path, const struct stat *st, void *state) {
    struct grep_state *s = state;
    if (!S_ISREG(st->st_mode)) {
        return;
    }
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fail(path);
        return;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long number = 0;
    size_t plen = strlen(s->pattern);
    while ((len = getline(&line, &cap, f)) > 0) {
        number++;
        if (line[len - 1] == '\n') {
            line[len - 1] = '\0';
        }
        const char *hit = find_in(line, s->pattern, s->ignore_case);
        if (hit == NULL) {
            continue;
        }
        s->matches++;
        printf("\x1b[35m%s\x1b[0m:" GREEN "%ld" RESET ":", path, number);
        const char *p = line;
        while (hit != NULL) {
            printf("%.*s" RED "%.*s" RESET, (int) (hit - p), p, (int) plen, hit);
            p = hit + plen;
            hit = plen > 0 ? find_in(p, s->pattern, s->ignore_case) : NULL;
        }
        printf("%s\n", p);
    }
    free(line);
    fclose(f);
}

static int cmd_grep(int argc, char **argv) {
    struct grep_state s = {NULL, 0, 0};
    int i = 0;
    if (i < argc && strcmp(argv[i], "-i") == 0) {
        s.ignore_case = 1;
        i++;
    }
    if (i >= argc) {
        fprintf(stderr, "usage: ftool grep [-i] PATTERN PATH...\n");
        return 2;
    }
    s.pattern = argv[i++];
    if (i == argc) {
        walk(".", grep_visit, &s);
    }
    for (; i < argc; i++) {
        walk(argv[i], grep_visit, &s);
    }
    printf("%ld matching line%s\n", s.matches, s.matches == 1 ? "" : "s");
    return failures ? 2 : s.matches > 0 ? 0 : 1;
}

struct wc_state {
    long lines, words, bytes, files;
};

static void wc_visit(const char *path, const struct stat *st, void *state) {
    struct wc_state *total = state;
    if (!S_ISREG(st->st_mode)) {
        return;
    }
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fail(path);
        return;
    }
    long lines = 0, words = 0, bytes = 0;
    int in_word = 0, c;
    while ((c = getc(f)) != EOF) {
        bytes++;
        if (c == '\n') {
            lines++;
        }
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    fclose(f);
    printf("%8ld %8ld %8ld %s\n", lines, words, bytes, path);
    total->lines += lines;
    total->words += words;
    total->bytes += bytes;
    total->files++;
}

static int cmd_wc(int argc, char **argv) {
    struct wc_state total = {0, 0, 0, 0};
    if (argc == 0) {
        walk(".", wc_visit, &total);
    }
    for (int i = 0; i < argc; i++) {
        walk(argv[i], wc_visit, &total);
    }
    if (total.files != 1) {
        printf("%8ld %8ld %8ld total (%ld files)\n", total.lines, total.words, total.bytes, total.files);
    }
    return failures ? 1 : 0;
}

struct du_state {
    long long bytes;
};

static void du_visit(const char *path, const struct stat *st, void *state) {
    (void) path;
    ((struct du_state *) state)->bytes += st->st_size;
}

static int cmd_du(int argc, char **argv) {
    const char *dir = argc > 0 ? argv[0] : ".";
    DIR *d = opendir(dir);
    if (d == NULL) {
        fail(dir);
        return 1;
    }
    long long all = 0;
    struct dirent *entry;
    while ((entry = readdir(d)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) {
            continue;
        }
        char child[1024];
        snprintf(child, sizeof child, strcmp(dir, "/") == 0 ? "%s%s" : "%s/%s", dir, entry->d_name);
        struct du_state s = {0};
        walk(child, du_visit, &s);
        printf("%10lld  %s\n", s.bytes, child);
        all += s.bytes;
    }
    closedir(d);
    printf("%10lld  total\n", all);
    return failures ? 1 : 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: ftool find [DIR] [-name GLOB] | grep [-i] PATTERN PATH... | wc PATH... | du [DIR]\n");
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "find") == 0) {
        return cmd_find(argc - 2, argv + 2);
    }
    if (strcmp(cmd, "grep") == 0) {
        return cmd_grep(argc - 2, argv + 2);
    }
    if (strcmp(cmd, "wc") == 0) {
        return cmd_wc(argc - 2, argv + 2);
    }
    if (strcmp(cmd, "du") == 0) {
        return cmd_du(argc - 2, argv + 2);
    }
    fprintf(stderr, "ftool: unknown command '%s' (find, grep, wc, du)\n", cmd);
    return 2;
}
