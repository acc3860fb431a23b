// Example for the demo page: works in /home (the page's persistent directory) when there is one, else in the
// current directory; appends to notes/log.txt and lists it. Run it twice (or reload the page) to see the log grow.
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv) {
    (void) argv;
    if (chdir("/home") == 0) {
        printf("in /home\n");
    }
    if (mkdir("notes", 0755) != 0 && errno != EEXIST) {
        perror("mkdir notes");
        return 1;
    }
    FILE *log = fopen("notes/log.txt", "a");
    if (log == NULL) {
        perror("open notes/log.txt");
        return 1;
    }
    fprintf(log, "run with %d argument%s\n", argc - 1, argc == 2 ? "" : "s");
    fclose(log);

    const char *dirs[] = {".", "notes"};
    for (int d = 0; d < 2; d++) {
        DIR *dir = opendir(dirs[d]);
        if (dir == NULL) {
            perror(dirs[d]);
            return 1;
        }
        printf("%s:\n", dirs[d]);
        struct dirent *entry;
        while ((entry = readdir(dir)) != NULL) {
            if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) {
                continue;
            }
            char path[512];
            snprintf(path, sizeof path, "%s/%s", dirs[d], entry->d_name);
            struct stat st;
            if (stat(path, &st) != 0) {
                perror(path);
                return 1;
            }
            printf("  %-20s %s %lld bytes\n", entry->d_name, S_ISDIR(st.st_mode) ? "dir " : "file",
                   (long long) st.st_size);
        }
        closedir(dir);
    }
    FILE *in = fopen("notes/log.txt", "r");
    char line[256];
    printf("notes/log.txt:\n");
    while (in != NULL && fgets(line, sizeof line, in) != NULL) {
        printf("  %s", line);
    }
    if (in != NULL) {
        fclose(in);
    }
    return 0;
}
