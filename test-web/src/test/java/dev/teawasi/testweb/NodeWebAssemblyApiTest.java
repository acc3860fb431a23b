package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.JsApiSuite;
import dev.teawasi.testweb.support.NoWebAssemblyReport;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ES module's WebAssembly namespace in node: the JS API suite (each member, conversions, errors, JSPI) on
 * teawasi.WebAssembly, with node's own WebAssembly untouched beside it.
 */
@DisabledIfSystemProperty(named = Tools.SKIP_NODE, matches = "true", disabledReason = "-D" + Tools.SKIP_NODE + "=true")
class NodeWebAssemblyApiTest {
    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> suite() {
        JsApiSuite.layOut(dir, "run-node.mjs");
        Processes.Result r = Processes.run(
                dir,
                List.of(
                        Tools.node().toString(),
                        dir.resolve("run-node.mjs").toString(),
                        Artifacts.npmFile("teawasi.js").toString(),
                        dir.toString()),
                120);
        assertEquals(0, r.exitCode, r::toString);
        return JsApiSuite.tests(r.stdout, "node");
    }

    /**
     * WebAssembly deleted before teawasi loads: the test's small WASI shim (the Chromium page's) runs a C program on
     * teawasi.WebAssembly, its stdin read suspending (JSPI) until the script supplies a line, timers running meanwhile.
     */
    @Test
    void withoutWebAssemblyACProgramRunsThroughGlueOnThePolyfill() {
        Path run = dir.resolve("no-webassembly");
        try {
            Files.createDirectories(run);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JsApiSuite.copyResource("no-webassembly-node.mjs", run);
        JsApiSuite.copyResource("wasi-shim.js", run);
        JsApiSuite.copyResource("greet.c", run);
        Processes.Result cc = Processes.run(
                run, List.of("/usr/bin/clang", "--target=wasm32-wasi", "-O2", "-o", "greet.wasm", "greet.c"), 120);
        assertEquals(
                0, cc.exitCode, () -> "clang failed (are wasi-libc and libclang-rt-14-dev-wasm32 installed?): " + cc);
        Processes.Result r = Processes.run(
                run,
                List.of(
                        Tools.node().toString(),
                        "no-webassembly-node.mjs",
                        Artifacts.npmFile("teawasi.js").toString(),
                        run.toString()),
                120);
        assertEquals(0, r.exitCode, r::toString);
        NoWebAssemblyReport.check(r.stdout, "[]");
    }

    /** teawasi.d.ts: typical uses of the namespace type-check (strict) with TypeScript 7 and 5. */
    @Test
    void typesCheck() throws IOException {
        Path ts = Files.createDirectories(dir.resolve("types"));
        Files.copy(Artifacts.npmFile("teawasi.d.ts"), ts.resolve("teawasi.d.ts"));
        JsApiSuite.copyResource("types-check.ts", ts);
        Path modules = Artifacts.root().resolve("node_modules");
        for (List<String> tsc : List.of(
                List.of(modules.resolve(".bin/tsc").toString()),
                List.of(
                        Tools.node().toString(),
                        modules.resolve("typescript5/bin/tsc").toString()))) {
            List<String> command = new ArrayList<>(tsc);
            command.addAll(List.of(
                    "--noEmit",
                    "--strict",
                    "--target",
                    "es2020",
                    "--module",
                    "nodenext",
                    "--lib",
                    "es2020,dom",
                    "types-check.ts"));
            Processes.Result r = Processes.run(ts, command, 120);
            assertEquals(0, r.exitCode, r::toString);
        }
    }
}
