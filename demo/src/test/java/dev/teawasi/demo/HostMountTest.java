package dev.teawasi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.wasi.mount.MountedTree;
import dev.teawasi.wasi.mount.TreeEntry;
import dev.teawasi.wasi.vfs.DirectoryNode;
import dev.teawasi.wasi.vfs.FileNode;
import dev.teawasi.wasi.vfs.Vfs;
import dev.teawasi.web.cli.HostFileException;
import dev.teawasi.web.cli.HostMount;
import dev.teawasi.web.cli.MountWriteBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host directories in and out of the virtual file system, and the write-back never leaving the mount. */
class HostMountTest {
    @TempDir
    Path tmp;

    private Path mountDir() throws IOException, HostFileException {
        Path m = Files.createDirectories(tmp.resolve("m"));
        Files.writeString(tmp.resolve("outside.txt"), "outside");
        Files.writeString(m.resolve("a.txt"), "A");
        Files.createDirectories(m.resolve("d/e"));
        Files.writeString(m.resolve("d/e/deep.txt"), "deep");
        Files.createLink(m.resolve("hard"), m.resolve("a.txt"));
        Files.createSymbolicLink(m.resolve("up"), Path.of("../outside.txt"));
        return m;
    }

    @Test
    void loadsFilesDirectoriesHardLinksAndSymlinksAsTheyAre() throws IOException, HostFileException {
        Path m = mountDir();
        HostMount mount = HostMount.read(new NioHostFiles(), m.toString(), "/g", 1 << 20, "raise the limit");
        List<String> seen = new ArrayList<>();
        for (TreeEntry e : mount.entries()) {
            seen.add(e.toString());
        }
        assertEquals(
                List.of(
                        "FILE a.txt (1 bytes)",
                        "DIRECTORY d",
                        "DIRECTORY d/e",
                        "FILE d/e/deep.txt (4 bytes)",
                        "FILE hard => a.txt",
                        "SYMLINK up -> ../outside.txt"),
                seen);
        Vfs vfs = new Vfs();
        MountedTree tree = MountedTree.load(vfs.root(), mount.entries());
        assertEquals(2, vfs.stat("/a.txt").nlink);
        assertEquals("../outside.txt", vfs.readlink("/up"));
        // Nothing changed: the write-back writes nothing (unchanged files carry no data).
        List<TreeEntry> after = tree.export();
        assertTrue(after.stream().noneMatch(e -> e.content != null), after::toString);
        assertEquals(List.of(), MountWriteBack.apply(mount, after));
        assertEquals("A", Files.readString(m.resolve("hard")));
        assertTrue(Files.isSymbolicLink(m.resolve("up")));
    }

    @Test
    void writesBackEditsDeletionsAndNewEntries() throws IOException, HostFileException {
        Path m = mountDir();
        HostMount mount = HostMount.read(new NioHostFiles(), m.toString(), "/g", 1 << 20, "raise the limit");
        Vfs vfs = new Vfs();
        MountedTree tree = MountedTree.load(vfs.root(), mount.entries());
        FileNode a = (FileNode) vfs.lookup("/a.txt", false);
        a.write(1, "BC".getBytes(), 0, 2);
        vfs.remove("/d/e/deep.txt");
        vfs.remove("/d/e");
        vfs.writeFile("/new/n.txt", "new".getBytes());
        vfs.symlink("new/n.txt", "/sym");
        assertEquals(List.of(), MountWriteBack.apply(mount, tree.export()));
        assertEquals("ABC", Files.readString(m.resolve("a.txt")));
        assertEquals("ABC", Files.readString(m.resolve("hard")));
        assertEquals(2, Files.getAttribute(m.resolve("a.txt"), "unix:nlink"));
        assertFalse(Files.exists(m.resolve("d/e")));
        assertTrue(Files.isDirectory(m.resolve("d")));
        assertEquals("new", Files.readString(m.resolve("new/n.txt")));
        assertEquals(Path.of("new/n.txt"), Files.readSymbolicLink(m.resolve("sym")));
        assertEquals("outside", Files.readString(tmp.resolve("outside.txt")));
    }

    @Test
    void neverWritesThroughASymlinkOrOutOfTheMount() throws IOException, HostFileException {
        Path m = mountDir();
        Path victim = Files.createDirectories(tmp.resolve("victim"));
        Files.createSymbolicLink(m.resolve("tunnel"), victim);
        HostMount mount = HostMount.read(new NioHostFiles(), m.toString(), "/g", 1 << 20, "raise the limit");
        // A forged export: entries below a host symlink, with "..", and a file over a planted symlink.
        List<TreeEntry> after = new ArrayList<>(mount.entries());
        after.add(TreeEntry.file("tunnel/planted.txt", "x".getBytes(), 0, 0));
        after.add(TreeEntry.file("d/../../escaped.txt", "x".getBytes(), 0, 0));
        after.add(TreeEntry.directory("up/sub", 0, 0));
        List<String> warnings = MountWriteBack.apply(mount, after);
        assertEquals(3, warnings.size(), warnings::toString);
        assertFalse(Files.exists(victim.resolve("planted.txt")));
        assertFalse(Files.exists(tmp.resolve("escaped.txt")));
        assertEquals("outside", Files.readString(tmp.resolve("outside.txt")));
        // The guest replaced a file by a symlink to outside: not created on the host, the file stays as it was.
        Vfs vfs = new Vfs();
        MountedTree tree = MountedTree.load(vfs.root(), mount.entries());
        vfs.remove("/a.txt");
        vfs.symlink("../outside.txt", "/a.txt");
        List<String> problems = MountWriteBack.apply(mount, tree.export());
        assertTrue(
                problems.get(0).startsWith("a.txt: symlink to ../outside.txt not created on the host"),
                problems::toString);
        assertTrue(Files.isRegularFile(m.resolve("a.txt"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("A", Files.readString(m.resolve("a.txt")));
        assertEquals("outside", Files.readString(tmp.resolve("outside.txt")));
        assertTrue(Files.isRegularFile(m.resolve("hard"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void tooLargeOrMissingDirectoriesGiveOneLineErrors() throws IOException, HostFileException {
        Path m = mountDir();
        HostFileException big = assertThrows(
                HostFileException.class,
                () -> HostMount.read(
                        new NioHostFiles(), m.toString(), "/g", 2, "raise the limit with -Dteawasi.mountLimit=BYTES"));
        assertTrue(big.getMessage().endsWith("(raise the limit with -Dteawasi.mountLimit=BYTES)"), big.getMessage());
        HostFileException missing = assertThrows(
                HostFileException.class,
                () -> HostMount.read(
                        new NioHostFiles(), tmp.resolve("nope").toString(), "/g", 1 << 20, "raise the limit"));
        assertTrue(missing.getMessage().endsWith("not a directory"), missing.getMessage());
    }

    @Test
    void mountedTreeKeepsHostTimes() {
        Vfs vfs = new Vfs();
        List<TreeEntry> in = List.of(
                TreeEntry.directory("d", 5_000_000_007L, 6_000_000_009L),
                TreeEntry.file("d/f", new byte[] {1}, 1_000_000_001L, 2_000_000_003L));
        MountedTree tree = MountedTree.load(vfs.root(), in);
        DirectoryNode d = (DirectoryNode) vfs.lookup("/d", false);
        assertEquals(6_000_000_009L, d.mtim());
        List<TreeEntry> out = tree.export();
        assertEquals(2_000_000_003L, out.get(1).mtimNanos);
        assertEquals(1_000_000_001L, out.get(1).atimNanos);
        assertTrue(out.get(1).unchanged());
    }
}
