// sandbox: yes
/* Symlink escapes: targets are checked when followed. Chains inside work; loops and very long chains give ELOOP;
 * absolute targets and targets climbing out fail when followed, also with O_CREAT (wasmer CVE-2024-38358) and
 * through intermediate directories; readlink of such a link still shows the text. */
#include "wt.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>


static void try_open(const char *path, int oflags, int dirflags) {
    int32_t fd = -1;
    int e = wt_raw_path_open(3, dirflags, path, (int)strlen(path), oflags, wt_inheriting(3), wt_inheriting(3), 0, &fd);
    printf("open %s%s%s: %s\n", path, oflags & __WASI_OFLAGS_CREAT ? " (create)" : "",
           dirflags ? "" : " (nofollow)", e ? errname(e) : "ok");
    if (!e) (void)!__wasi_fd_close(fd);
}

int main(void) {
    char buf[64];
    struct stat st;
    int fd = open(ROOT "/file", O_WRONLY | O_CREAT, 0644);
    write(fd, "inside", 6);
    close(fd);
    OK(mkdir(ROOT "/d", 0755));
    SHOW("%s", "-- chains inside the sandbox");
    OK(symlink("file", ROOT "/c1"));
    OK(symlink("c1", ROOT "/c2"));
    OK(symlink("d/../c2", ROOT "/c3"));
    OK(symlink("../c3", ROOT "/d/c4"));
    try_open("c3", 0, 1);
    try_open("d/c4", 0, 1);
    try_open("c1", 0, 0);
    try_open("d/c4/", 0, 1);
    OK(symlink(".", ROOT "/self"));
    try_open("self/self/self/file", 0, 1);
    SHOW("%s", "-- loops and long chains");
    OK(symlink("loop2", ROOT "/loop1"));
    OK(symlink("loop1", ROOT "/loop2"));
    try_open("loop1", 0, 1);
    try_open("loop1", __WASI_OFLAGS_CREAT, 1);
    OK(symlink("selfloop", ROOT "/selfloop"));
    try_open("selfloop", 0, 1);
    try_open("selfloop/x", 0, 1);
    char name[32], target[32];
    for (int i = 0; i < 100; i++) {
        snprintf(name, sizeof name, ROOT "/long%d", i);
        snprintf(target, sizeof target, i == 99 ? "file" : "long%d", i + 1);
        symlink(target, name);
    }
    try_open("long90", 0, 1);
    try_open("long0", 0, 1);
    SHOW("%s", "-- escaping targets");
    OK(symlink("../secret.txt", ROOT "/up"));
    OK(symlink("/etc/passwd", ROOT "/abs"));
    OK(symlink("..", ROOT "/parent"));
    OK(symlink("../..", ROOT "/d/grandparent"));
    OK(symlink("d/../../secret.txt", ROOT "/detour"));
    OK(symlink("../created-by-symlink", ROOT "/plant"));
    OK(symlink("/tmp/created-by-abs-symlink", ROOT "/plant-abs"));
    VAL(readlink(ROOT "/up", buf, sizeof buf));
    SHOW("readlink up -> %.13s", buf);
    try_open("up", 0, 1);
    try_open("abs", 0, 1);
    try_open("parent", __WASI_OFLAGS_DIRECTORY, 1);
    try_open("parent/secret.txt", 0, 1);
    try_open("d/grandparent/secret.txt", 0, 1);
    try_open("detour", 0, 1);
    try_open("plant", __WASI_OFLAGS_CREAT, 1);
    try_open("plant-abs", __WASI_OFLAGS_CREAT, 1);
    try_open("plant", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, 1);
    try_open("up", 0, 0);
    OK(stat(ROOT "/up", &st));
    OK(lstat(ROOT "/up", &st));
    OK(mkdir(ROOT "/parent/made-through-link", 0755));
    OK(link(ROOT "/up", ROOT "/hardlink-of-up"));
    OK(symlink("x", ROOT "/parent/symlink-through-link"));
    OK(rename(ROOT "/file", ROOT "/parent/renamed-through-link"));
    fd = open(ROOT "/plant", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    SHOW("libc open(plant, O_CREAT): %s", fd < 0 ? errname(errno) : "ok");
    SHOW("%s", "-- cleanup");
    for (int i = 0; i < 100; i++) {
        snprintf(name, sizeof name, ROOT "/long%d", i);
        unlink(name);
    }
    const char *links[] = {"c1", "c2", "c3", "d/c4", "self", "loop1", "loop2", "selfloop", "up", "abs", "parent",
                           "d/grandparent", "detour", "plant", "plant-abs", "hardlink-of-up", "file"};
    for (unsigned i = 0; i < sizeof links / sizeof links[0]; i++) {
        snprintf(name, sizeof name, ROOT "/%s", links[i]);
        unlink(name);
    }
    OK(rmdir(ROOT "/d"));
    return 0;
}
