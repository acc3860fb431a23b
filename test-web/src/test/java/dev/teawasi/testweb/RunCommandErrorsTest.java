package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `teawasi run` refusing bad input the same way on the JVM and on node: a clear one-line message, exit 2 for a bad
 * command line, 1 for an unreadable, malformed or non-WASI module, 134 when the fuel runs out; never a stack trace.
 */
class RunCommandErrorsTest {
    @TempDir
    static Path dir;

    static Path notWasm;
    static Path noStart;
    static Path unknownImport;
    static Path spin;

    @BeforeAll
    static void modules() throws IOException {
        notWasm = Files.write(dir.resolve("not.wasm"), "hello".getBytes());
        noStart = Files.write(dir.resolve("nostart.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        unknownImport = Files.write(dir.resolve("import.wasm"), new byte[] {
            0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 2, 9, 1, 3, 'e', 'n', 'v', 1, 'f', 0, 0
        });
        Path wat = Files.writeString(
                dir.resolve("spin.wat"),
                "(module (memory (export \"memory\") 1) (func (export \"_start\") (loop (br 0))))");
        spin = dir.resolve("spin.wasm");
        Processes.Result r =
                Processes.run(dir, List.of(Tools.wat2wasm().toString(), wat.toString(), "-o", spin.toString()), 60);
        assertEquals(0, r.exitCode, r::toString);
    }

    private static Processes.Result jvm(String... args) {
        List<String> c = new ArrayList<>(
                List.of(Artifacts.javaExecutable(), "-jar", Artifacts.demoJar().toString(), "run"));
        c.addAll(List.of(args));
        return Processes.run(dir, c, 120);
    }

    private static Processes.Result node(String... args) {
        List<String> c = new ArrayList<>(List.of(
                Tools.node().toString(), Artifacts.npmFile("bin/teawasi.mjs").toString(), "run"));
        c.addAll(List.of(args));
        return Processes.run(dir, c, 120);
    }

    /** Both runtimes: the exit code, one line on stderr starting as expected, identical on both, no stack trace. */
    private static void refuses(int exitCode, String messageStart, String... args) {
        Processes.Result j = jvm(args);
        Processes.Result n = node(args);
        for (Processes.Result r : List.of(j, n)) {
            assertEquals(exitCode, r.exitCode, r::toString);
            assertEquals("", r.stdout, r::toString);
            assertTrue(r.stderr.startsWith(messageStart), r::toString);
            assertEquals(1, r.stderr.split("\n").length, r::toString);
            assertFalse(
                    r.stderr.contains("Exception") || r.stderr.contains("\tat ") || r.stderr.contains("    at "),
                    r::toString);
        }
        assertEquals(j.stderr, n.stderr);
    }

    @Test
    void badCommandLinesExitWith2() {
        refuses(2, "teawasi run: missing the .wasm file");
        refuses(2, "teawasi run: unknown option '--mapdir'", "--mapdir", "a::b", "x.wasm");
        refuses(2, "teawasi run: --fuel needs a positive number", "--fuel", "0", "x.wasm");
        refuses(
                2,
                "teawasi: --dir " + dir.resolve("nope") + ": not a directory",
                "--dir",
                dir.resolve("nope").toString(),
                spin.toString());
    }

    @Test
    void unusableModulesExitWith1() {
        Path missing = dir.resolve("missing.wasm");
        refuses(1, "teawasi: cannot read " + missing + ": no such file", missing.toString());
        refuses(1, "teawasi: " + notWasm + ": ", notWasm.toString());
        refuses(1, "teawasi: " + noStart + ": the module exports no _start function", noStart.toString());
        refuses(1, "teawasi: " + unknownImport + ": ", unknownImport.toString());
    }

    @Test
    void fuelRunsOutWith134() {
        refuses(
                134,
                "teawasi: out of fuel: the run used up --fuel 100000 instructions",
                "--fuel",
                "100000",
                spin.toString());
    }
}
