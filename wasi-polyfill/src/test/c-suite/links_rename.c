/* link/symlink/readlink/unlink and rename with the POSIX rules (over files, over empty and non-empty dirs). */
#include "wt.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static void put(const char *p, const char *text) {
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) { SHOW("put %s: %s", p, errname(errno)); return; }
    write(fd, text, strlen(text));
    close(fd);
}

static void cat(const char *p) {
    char buf[64];
    int fd = open(p, O_RDONLY);
    if (fd < 0) { SHOW("cat %s: %s", p, errname(errno)); return; }
    ssize_t n = read(fd, buf, sizeof buf);
    close(fd);
    SHOW("cat %s: [%.*s]", p, (int)n, buf);
}

static long nlink(const char *p) {
    struct stat st;
    return stat(p, &st) < 0 ? -1 : (long)st.st_nlink;
}

int main(void) {
    char buf[64];
    struct stat st;
    put(ROOT "/a", "AAA");
    OK(link(ROOT "/a", ROOT "/b"));
    SHOW("nlink a=%ld b=%ld", nlink(ROOT "/a"), nlink(ROOT "/b"));
    put(ROOT "/b", "BBBB");
    cat(ROOT "/a");
    OK(link(ROOT "/a", ROOT "/b"));
    OK(link(ROOT "/missing", ROOT "/c"));
    OK(mkdir(ROOT "/dir", 0755));
    OK(link(ROOT "/dir", ROOT "/dirlink"));
    OK(unlink(ROOT "/a"));
    SHOW("nlink b=%ld", nlink(ROOT "/b"));
    cat(ROOT "/b");

    /* An open file survives unlinking. */
    int fd = OK(open(ROOT "/b", O_RDWR));
    OK(unlink(ROOT "/b"));
    OK(stat(ROOT "/b", &st));
    VAL(pread(fd, buf, 10, 0));
    VAL(pwrite(fd, "!", 1, 4));
    OK(fstat(fd, &st));
    SHOW("unlinked open file size=%lld nlink=%llu", (long long)st.st_size, (unsigned long long)st.st_nlink);
    OK(close(fd));

    /* Symlinks and readlink. */
    put(ROOT "/target", "T");
    OK(symlink("target", ROOT "/s1"));
    OK(symlink("s1", ROOT "/s2"));
    OK(symlink("dir", ROOT "/sdir"));
    OK(symlink("x", ROOT "/s1"));
    VAL(readlink(ROOT "/s2", buf, sizeof buf));
    SHOW("readlink s2 -> %.2s", buf);
    VAL(readlink(ROOT "/s1", buf, 3));
    SHOW("truncated readlink -> %.3s", buf);
    VAL(readlink(ROOT "/target", buf, sizeof buf));
    VAL(readlink(ROOT "/missing", buf, sizeof buf));
    cat(ROOT "/s2");
    put(ROOT "/sdir/inside", "via symlinked dir");
    cat(ROOT "/dir/inside");
    fd = OK(open(ROOT "/s1", O_RDONLY | O_NOFOLLOW));
    if (fd >= 0) close(fd);
    fd = OK(open(ROOT "/sdir/inside", O_RDONLY | O_NOFOLLOW));
    if (fd >= 0) close(fd);
    OK(symlink("", ROOT "/empty"));
    OK(mkdir(ROOT "/s1", 0755));
    OK(unlink(ROOT "/sdir"));
    OK(stat(ROOT "/dir", &st));
    OK(link(ROOT "/s1", ROOT "/hardlink-to-symlink"));
    OK(lstat(ROOT "/hardlink-to-symlink", &st));
    SHOW("hard link to symlink is a %s", S_ISLNK(st.st_mode) ? "symlink" : "file");

    /* rename. */
    put(ROOT "/r1", "one");
    put(ROOT "/r2", "two");
    OK(rename(ROOT "/r1", ROOT "/r2"));
    cat(ROOT "/r2");
    OK(stat(ROOT "/r1", &st));
    OK(rename(ROOT "/r2", ROOT "/r2"));
    cat(ROOT "/r2");
    OK(rename(ROOT "/missing", ROOT "/x"));
    OK(mkdir(ROOT "/e1", 0755));
    OK(mkdir(ROOT "/e2", 0755));
    OK(rename(ROOT "/e1", ROOT "/e2"));
    OK(stat(ROOT "/e1", &st));
    OK(rename(ROOT "/r2", ROOT "/e2"));
    OK(rename(ROOT "/e2", ROOT "/r2"));
    OK(rename(ROOT "/e2", ROOT "/dir"));
    OK(rename(ROOT "/e2", ROOT "/e2/sub"));
    OK(rename(ROOT "/r2", ROOT "/r2/"));
    OK(rename(ROOT "/r2", ROOT "/nodir/r2"));
    OK(rename(ROOT "/e2", ROOT "/dir/e2"));
    put(ROOT "/dir/e2/deep", "deep");
    OK(rename(ROOT "/dir", ROOT "/moved"));
    cat(ROOT "/moved/e2/deep");
    OK(rename(ROOT "/s2", ROOT "/s3"));
    VAL(readlink(ROOT "/s3", buf, sizeof buf));
    cat(ROOT "/s3");

    /* Cleanup leaves the mount empty. */
    unlink(ROOT "/moved/e2/deep");
    unlink(ROOT "/moved/inside");
    OK(rmdir(ROOT "/moved/e2"));
    OK(rmdir(ROOT "/moved"));
    unlink(ROOT "/s1");
    unlink(ROOT "/s3");
    unlink(ROOT "/empty");
    unlink(ROOT "/hardlink-to-symlink");
    unlink(ROOT "/target");
    unlink(ROOT "/r2");
    return 0;
}
