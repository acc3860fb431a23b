package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Tools;
import dev.teawasi.testweb.support.WasiPrograms;
import dev.teawasi.testweb.support.WasiPrograms.Program;
import dev.teawasi.testweb.support.WasiPrograms.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C programs of wasi-polyfill/src/test/c-suite through `teawasi run` on the JVM (the jar) and on node (the TeaVM
 * build), against the committed expected output; and through node's own node:wasi, to show where node agrees
 * (the @node lines of the expected files are where it does not follow the spec). After every run the host box
 * must hold exactly the mount and the untouched secret.txt beside it: escapes never reach the host, and what the
 * program changed inside the mount was written back.
 */
class WasiCProgramsTest {

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> teawasiOnTheJvm() {
        List<String> prefix =
                List.of(Artifacts.javaExecutable(), "-jar", Artifacts.demoJar().toString(), "run");
        return WasiPrograms.all().stream().map(p -> DynamicTest.dynamicTest(p.name, () -> check(p, prefix, false)));
    }

    @TestFactory
    Stream<DynamicTest> teawasiOnNode() {
        List<String> prefix = List.of(
                Tools.node().toString(), Artifacts.npmFile("bin/teawasi.mjs").toString(), "run");
        return WasiPrograms.all().stream().map(p -> DynamicTest.dynamicTest(p.name, () -> check(p, prefix, false)));
    }

    @TestFactory
    Stream<DynamicTest> nodeWasiWhereItFollowsTheSpec() {
        List<String> prefix = List.of(
                Tools.node().toString(),
                Artifacts.root().resolve("scripts/node-wasi-run.mjs").toString());
        return WasiPrograms.all().stream()
                .filter(p -> p.nodeSkip == null)
                .map(p -> DynamicTest.dynamicTest(p.name, () -> check(p, prefix, true)));
    }

    private static void check(Program p, List<String> prefix, boolean nodeWasi) {
        Path wasm = WasiPrograms.wasm(p);
        Path box = WasiPrograms.newBox(dir, p);
        Run r = WasiPrograms.run(box, WasiPrograms.command(prefix, p, wasm, box), p.stdin, 300);
        if (p.exit < 0) {
            assertEquals(134, r.exitCode, r::toString);
            if (!nodeWasi) {
                assertTrue(r.stderr.contains("wasm trap: unreachable"), r::toString);
            }
        } else {
            assertEquals(p.exit, r.exitCode, r::toString);
        }
        String expected = WasiPrograms.expected(p, nodeWasi);
        if (expected.startsWith("@stdout-sha256 ")) {
            assertEquals(expected.trim().substring(15), sha256(r.stdout), r::toString);
        } else {
            assertEquals(expected, r.stdout, r::toString);
        }
        String tree = WasiPrograms.listTree(box);
        String expectedTree = "m dir\nsecret.txt file [" + WasiPrograms.SECRET + "]\n";
        if ("mount".equals(p.fixture)) {
            expectedTree =
                    WasiPrograms.annotated(WasiPrograms.sourceDir().resolve("expected/" + p.name + ".tree"), nodeWasi);
            assertEquals(1234567890L, WasiPrograms.mtimeSeconds(box.resolve("m/times.txt")), "times.txt mtime");
        }
        assertEquals(expectedTree, tree, () -> "host tree after the run of " + p.name + "\n" + r);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
