package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BothClis;
import dev.teawasi.testweb.support.Processes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The --max-* flags of `run` (README, "Limits") on the JVM and on node, and the big-module probes of issue 12 made
 * small: a tiny limit instead of a huge module where the point is the same.
 */
class LimitFlagsTest {
    @TempDir
    static Path dir;

    static Path grow;
    static Path manyTables;
    static Path table10;
    static Path deep;
    static Path fileActions;

    @BeforeAll
    static void modules() throws IOException {
        grow = BothClis.wat(
                dir,
                "grow",
                "(module " + HostileInputTest.EXIT_IMPORT
                        + "(func (export \"_start\") (if (i32.eq (memory.grow (i32.const 100)) (i32.const -1))"
                        + " (then (call $exit (i32.const 42)))) (call $exit (i32.const 1))))");
        table10 = BothClis.wat(
                dir,
                "table10",
                "(module (memory (export \"memory\") 1) (table 10 funcref)" + " (func (export \"_start\")))");
        deep = BothClis.wat(
                dir,
                "recurse",
                "(module (memory (export \"memory\") 1)"
                        + " (func $r (call $r)) (func (export \"_start\") (call $r)))");
        // 1000 tables of 10M elements each in a 6 KB module (issue 12's probe), written directly as binary
        java.io.ByteArrayOutputStream tables = new java.io.ByteArrayOutputStream();
        tables.write(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0});
        java.io.ByteArrayOutputStream sec = new java.io.ByteArrayOutputStream();
        sec.write(new byte[] {(byte) 0xe8, 0x07}); // 1000
        for (int i = 0; i < 1000; i++) {
            sec.write(new byte[] {0x70, 0x00, (byte) 0x80, (byte) 0xad, (byte) 0xe2, 0x04}); // funcref, min 10M
        }
        tables.write(4);
        writeLeb(tables, sec.size());
        sec.writeTo(tables);
        tables.write(new byte[] {
            5, 3, 1, 0, 1, 7, 0x13, 2, 6, '_', 's', 't', 'a', 'r', 't', 0, 0, 6, 'm', 'e', 'm', 'o', 'r', 'y', 2, 0, 10,
            4, 1, 2, 0, 0x0b
        });
        manyTables = Files.write(dir.resolve("tables.wasm"), tables.toByteArray());
        Path src = Artifacts.root().resolve("test-web/src/test/resources/c/file-actions.c");
        fileActions = dir.resolve("file-actions.wasm");
        Processes.Result r = Processes.run(
                dir,
                List.of(
                        "/usr/bin/clang",
                        "--target=wasm32-wasi",
                        "-O2",
                        "-Wl,--strip-all",
                        "-o",
                        fileActions.toString(),
                        src.toString()),
                120);
        assertEquals(0, r.exitCode, r::toString);
    }

    private static void writeLeb(OutputStream out, int v) throws IOException {
        do {
            int b = v & 0x7f;
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    @Test
    void maxMemoryMakesMemoryGrowReturnMinusOne() {
        assertEquals(1, BothClis.run(dir, "run", grow.toString())[0].exitCode);
        assertEquals(42, BothClis.run(dir, "run", "--max-memory", "1M", grow.toString())[0].exitCode);
        assertEquals(42, BothClis.run(dir, "run", "--max-memory=64K", grow.toString())[0].exitCode);
    }

    @Test
    void tooManyTableElementsAreALinkErrorNotAnOutOfMemory() {
        Processes.Result r = BothClis.run(dir, "run", manyTables.toString())[0];
        assertEquals(1, r.exitCode, r::toString);
        assertTrue(r.stderr.startsWith("teawasi: " + manyTables + ": "), r::toString);
        assertEquals(1, r.stderr.split("\n").length, r::toString);
        Processes.Result small = BothClis.run(dir, "run", "--max-table-elements", "5", table10.toString())[0];
        assertEquals(1, small.exitCode, small::toString);
        assertEquals(0, BothClis.run(dir, "run", "--max-table-elements", "10", table10.toString())[0].exitCode);
    }

    @Test
    void maxCallDepthBoundsRecursion() {
        Processes.Result r = BothClis.run(dir, "run", "--max-call-depth", "100", deep.toString())[0];
        assertEquals(134, r.exitCode);
        assertTrue(r.stderr.startsWith("teawasi: wasm trap: call stack exhausted\n"), r::toString);
        assertTrue(r.stderr.contains("  ... 86 frames omitted ...\n"), r::toString);
    }

    @Test
    void maxFsBytesGivesTheGuestEnospc() throws IOException {
        Path host = Files.createDirectories(dir.resolve("fs-limit"));
        Files.writeString(host.resolve("keep.txt"), "keep");
        Processes.Result r = BothClis.run(
                dir,
                "run",
                "--max-fs-bytes",
                "256K",
                "--dir",
                host + "::/m",
                fileActions.toString(),
                "big",
                "/m/big.bin",
                "1")[0];
        assertEquals(3, r.exitCode, r::toString);
        assertTrue(r.stderr.contains(": No space left on device\n"), r::toString);
        assertEquals("keep", Files.readString(host.resolve("keep.txt")));
        Processes.Result load =
                BothClis.run(dir, "run", "--max-fs-bytes", "2", "--dir", host + "::/m", fileActions.toString())[0];
        assertEquals(2, load.exitCode, load::toString);
        assertTrue(load.stderr.startsWith("teawasi: --dir " + host + ": cannot load it: "), load::toString);
    }

    @Test
    void maxInodesGivesTheGuestEnospc() throws IOException {
        Path host = Files.createDirectories(dir.resolve("inode-limit"));
        Files.writeString(host.resolve("keep.txt"), "keep");
        // the root and keep.txt use 2 of 3 inodes: the first new file fits, the second is ENOSPC
        Processes.Result r = BothClis.run(
                dir,
                "run",
                "--max-inodes",
                "3",
                "--dir",
                host + "::/m",
                fileActions.toString(),
                "write",
                "/m/a.txt",
                "a",
                "write",
                "/m/b.txt",
                "b")[0];
        assertEquals(3, r.exitCode, r::toString);
        assertTrue(r.stderr.contains("open: No space left on device\n"), r::toString);
        assertEquals("a", Files.readString(host.resolve("a.txt")));
        assertTrue(!Files.exists(host.resolve("b.txt")));
        Processes.Result load =
                BothClis.run(dir, "run", "--max-inodes", "1", "--dir", host + "::/m", fileActions.toString())[0];
        assertEquals(2, load.exitCode, load::toString);
        assertTrue(load.stderr.startsWith("teawasi: --dir " + host + ": cannot load it: "), load::toString);
        assertTrue(load.stderr.contains("inodes"), load::toString);
    }

    @Test
    void maxModuleBytesAndBadValuesAreRefused() {
        Processes.Result r = BothClis.run(dir, "run", "--max-module-bytes", "100", fileActions.toString())[0];
        assertEquals(1, r.exitCode);
        assertEquals(
                "teawasi: cannot read " + fileActions + ": larger than the module size limit of 100 bytes\n", r.stderr);
        for (String[] bad : new String[][] {
            {"--max-memory", "lots"},
            {"--max-fs-bytes", "-1"},
            {"--max-call-depth", "0"},
            {"--max-table-elements", "1e9"},
            {"--max-inodes", "-5"}
        }) {
            Processes.Result u = BothClis.run(dir, "run", bad[0], bad[1], grow.toString())[0];
            assertEquals(2, u.exitCode, u::toString);
            assertTrue(u.stderr.startsWith("teawasi run: " + bad[0] + " needs a "), u::toString);
        }
    }
}
