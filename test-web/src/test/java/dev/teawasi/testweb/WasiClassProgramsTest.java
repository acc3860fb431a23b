package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Tools;
import dev.teawasi.testweb.support.WasiPrograms;
import dev.teawasi.testweb.support.WasiPrograms.Program;
import dev.teawasi.testweb.support.WasiPrograms.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C programs of wasi-polyfill/src/test/c-suite through the ES module's WASI class on node's own WebAssembly
 * and on teawasi's WebAssembly polyfill (test resource node/wasi-class-run.mjs), against the same expected output as
 * `teawasi run`: identical outputs on both. The mount is an
 * empty directory of the run's in-memory file system (the host-mount fixture programs run in FileSystemProgramsTest).
 */
@DisabledIfSystemProperty(named = Tools.SKIP_NODE, matches = "true", disabledReason = "-D" + Tools.SKIP_NODE + "=true")
class WasiClassProgramsTest {
    @TempDir
    static Path dir;

    static Path runner() {
        return Artifacts.root().resolve("test-web/src/test/resources/node/wasi-class-run.mjs");
    }

    @TestFactory
    Stream<DynamicTest> nativeWebAssembly() {
        return WasiPrograms.all().stream()
                .filter(p -> p.fixture == null)
                .map(p -> DynamicTest.dynamicTest(p.name, () -> check(p, "native")));
    }

    /** teawasi.run on node's own WebAssembly with limits.timeout: the module rewritten to be preemptible. */
    @TestFactory
    Stream<DynamicTest> nativePreempted() {
        return WasiPrograms.all().stream()
                .filter(p -> p.fixture == null)
                .map(p -> DynamicTest.dynamicTest(p.name, () -> check(p, "native-preempted")));
    }

    @TestFactory
    Stream<DynamicTest> interpreterPolyfill() {
        return WasiPrograms.all().stream()
                .filter(p -> p.fixture == null)
                .map(p -> DynamicTest.dynamicTest(p.name, () -> check(p, "interpreter")));
    }

    static List<String> command(Program p, String engine, Path wasm, Path box) {
        List<String> prefix = new ArrayList<>(List.of(
                Tools.node().toString(),
                runner().toString(),
                Artifacts.npmFile("teawasi.js").toString(),
                "--engine",
                engine));
        return WasiPrograms.command(prefix, p, wasm, box);
    }

    static void check(Program p, String engine) {
        Path wasm = WasiPrograms.wasm(p);
        Path box = WasiPrograms.newBox(dir, p);
        Run r = WasiPrograms.run(box, command(p, engine, wasm, box), p.stdin, 300);
        if (p.exit < 0) {
            assertEquals(134, r.exitCode, r::toString);
            assertTrue(r.stderr.contains("wasm trap: "), r::toString);
        } else {
            assertEquals(p.exit, r.exitCode, r::toString);
        }
        String expected = WasiPrograms.expected(p, false);
        if (expected.startsWith("@stdout-sha256 ")) {
            assertEquals(expected.trim().substring(15), WasiPrograms.sha256(r.stdout), r::toString);
        } else {
            assertEquals(expected, r.stdout, r::toString);
        }
    }
}
