package dev.teawasi.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.wasi.mount.FileContent;
import dev.teawasi.wasi.mount.TreeEntry;
import dev.teawasi.web.cli.HostFileException;
import dev.teawasi.web.cli.HostMount;
import dev.teawasi.web.cli.MountWriteBack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults during the write-back never damage a host file: an injected read failure half-way through a file, and a
 * full disk (a 1 MiB tmpfs, where one can be mounted) under a 3 GiB file that is never held in one array.
 */
class MountWriteBackTest {
    @TempDir
    Path tmp;

    /** Bytes of a repeating pattern, produced on demand; fails after failAt bytes when failAt >= 0. */
    static FileContent pattern(long size, long failAt) {
        return new FileContent() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public int read(long pos, byte[] dst, int off, int len) {
                if (failAt >= 0 && pos + len > failAt) {
                    throw new UncheckedIOException(new IOException("injected read failure"));
                }
                int n = (int) Math.min(len, size - pos);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = (byte) ('a' + (pos + i) % 26);
                }
                return n;
            }
        };
    }

    private static List<TreeEntry> replacing(HostMount mount, String path, FileContent content) {
        List<TreeEntry> after = new ArrayList<>();
        for (TreeEntry e : mount.entries()) {
            after.add(
                    e.path.equals(path)
                            ? TreeEntry.file(path, content, e.atimNanos, e.mtimNanos)
                            : e.kind == TreeEntry.Kind.FILE
                                    ? TreeEntry.file(e.path, (FileContent) null, e.atimNanos, e.mtimNanos)
                                    : e);
        }
        return after;
    }

    private static void assertNoTemporaryFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".teawasi-")), "a temporary file left");
        }
    }

    @Test
    void anInjectedFailureLeavesTheHostFileAsItWas() throws IOException, HostFileException {
        Path m = Files.createDirectories(tmp.resolve("m"));
        byte[] old = new byte[300_000];
        new Random(7).nextBytes(old);
        Files.write(m.resolve("data.bin"), old);
        Files.writeString(m.resolve("other.txt"), "other");
        HostMount mount = HostMount.read(new NioHostFiles(), m.toString(), "/g", 1 << 30, "raise the limit");
        List<String> problems =
                MountWriteBack.apply(mount, replacing(mount, "data.bin", pattern(5_000_000, 2_500_000)));
        assertEquals(
                List.of("data.bin: cannot write: injected read failure (the host file was left as it was)"), problems);
        assertArrayEquals(old, Files.readAllBytes(m.resolve("data.bin")));
        assertEquals("other", Files.readString(m.resolve("other.txt")));
        assertNoTemporaryFiles(m);
    }

    @Test
    void aFullDiskUnderAFileLargerThanAnArrayLeavesTheHostFileAsItWas() throws Exception {
        Path m = Files.createDirectories(tmp.resolve("small-disk"));
        Process mountCmd = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", m.toString())
                .redirectErrorStream(true)
                .start();
        mountCmd.getInputStream().readAllBytes();
        boolean tmpfs = mountCmd.waitFor(20, TimeUnit.SECONDS) && mountCmd.exitValue() == 0;
        try {
            Files.writeString(m.resolve("big.bin"), "the user's old content");
            HostMount mount = HostMount.read(new NioHostFiles(), m.toString(), "/g", 1 << 30, "raise the limit");
            // 3 GiB: more than one Java array holds; streamed in pieces until the disk (or the injection) stops it
            FileContent big = pattern(3L << 30, tmpfs ? -1 : 64L << 20);
            List<String> problems = MountWriteBack.apply(mount, replacing(mount, "big.bin", big));
            assertEquals(
                    List.of("big.bin: cannot write: " + (tmpfs ? "No space left on device" : "injected read failure")
                            + " (the host file was left as it was)"),
                    problems);
            assertEquals("the user's old content", Files.readString(m.resolve("big.bin")));
            assertNoTemporaryFiles(m);
        } finally {
            if (tmpfs) {
                new ProcessBuilder("umount", m.toString()).start().waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void symlinkTargetsLeavingTheMountAreRecognized() {
        assertTrue(MountWriteBack.leavesMount("a", "/etc/passwd"));
        assertTrue(MountWriteBack.leavesMount("a", "../x"));
        assertTrue(MountWriteBack.leavesMount("d/a", "../../x"));
        assertTrue(MountWriteBack.leavesMount("d/a", "x/../../../y"));
        assertTrue(!MountWriteBack.leavesMount("d/a", "../x"));
        assertTrue(!MountWriteBack.leavesMount("d/a", "./e/../f"));
    }
}
