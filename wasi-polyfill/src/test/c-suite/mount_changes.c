// fixture: mount
/* Changes a pre-populated mount in every way the write-back must carry to the host: the test harness fills the
 * mount with keep.txt, edit.txt, gone.txt, olddir/inner.txt, link-a (hard link pair link-a/link-b), sym -> keep.txt,
 * then compares the host tree after the run with the expected listing. */
#include "wt.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void put(const char *p, const char *text) {
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) { SHOW("put %s: %s", p, errname(errno)); return; }
    write(fd, text, strlen(text));
    close(fd);
}

int main(void) {
    char buf[64];
    struct stat st;
    int fd = OK(open(ROOT "/keep.txt", O_RDONLY));
    ssize_t n = read(fd, buf, sizeof buf);
    close(fd);
    SHOW("keep.txt: %.*s", (int)n, buf);
    OK(stat(ROOT "/link-a", &st));
    SHOW("link-a nlink=%llu", (unsigned long long)st.st_nlink);
    VAL(readlink(ROOT "/sym", buf, sizeof buf));
    /* Change: append, delete, remove a tree, create new files, dirs, symlinks, hard links, rename. */
    fd = OK(open(ROOT "/edit.txt", O_WRONLY | O_APPEND));
    write(fd, " edited", 7);
    close(fd);
    OK(unlink(ROOT "/gone.txt"));
    OK(unlink(ROOT "/olddir/inner.txt"));
    OK(rmdir(ROOT "/olddir"));
    OK(mkdir(ROOT "/newdir", 0755));
    OK(mkdir(ROOT "/newdir/deeper", 0755));
    put(ROOT "/newdir/deeper/new.txt", "new file");
    OK(symlink("newdir/deeper/new.txt", ROOT "/newsym"));
    OK(link(ROOT "/newdir/deeper/new.txt", ROOT "/new-hardlink"));
    put(ROOT "/link-b", "through b");
    OK(rename(ROOT "/keep.txt", ROOT "/renamed.txt"));
    put(ROOT "/keep.txt", "replaced");
    OK(unlink(ROOT "/sym"));
    OK(symlink("renamed.txt", ROOT "/sym"));
    put(ROOT "/times.txt", "fixed times");
    struct timespec ts[2] = {{1000000000, 0}, {1234567890, 0}};
    OK(utimensat(AT_FDCWD, ROOT "/times.txt", ts, 0));
    /* A file replaced by a directory and a directory replaced by a file. */
    OK(unlink(ROOT "/to-dir"));
    OK(mkdir(ROOT "/to-dir", 0755));
    OK(rmdir(ROOT "/to-file"));
    put(ROOT "/to-file", "was a dir");
    put(ROOT "/empty.txt", "");
    return 0;
}
