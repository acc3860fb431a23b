package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WASI class's options and behaviour under node (test resource node/wasi-api-checks.mjs): TypeErrors naming
 * each bad option, env as object and list, stdin as text/bytes/ArrayBuffer/function, memory.grow, exit codes,
 * clocks, the import object's shape; on node's own WebAssembly with the small C programs of src/test/c/wasi-api.
 */
@DisabledIfSystemProperty(named = Tools.SKIP_NODE, matches = "true", disabledReason = "-D" + Tools.SKIP_NODE + "=true")
class WasiApiChecksTest {
    @TempDir
    static Path dir;

    /** Compiles src/test/c/wasi-api/NAME.c into dir with clang --target=wasm32-wasi. */
    static void compile(Path out, String... names) {
        Path src = Artifacts.root().resolve("test-web/src/test/c/wasi-api");
        for (String name : names) {
            // a reactor (no main; _initialize) for names starting with "reactor"
            List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/clang", "--target=wasm32-wasi", "-O2"));
            if (name.startsWith("reactor")) {
                cmd.add("-mexec-model=reactor");
            }
            cmd.addAll(List.of(
                    "-o",
                    out.resolve(name + ".wasm").toString(),
                    src.resolve(name + ".c").toString()));
            Processes.Result r = Processes.run(out, cmd, 120);
            if (r.exitCode != 0) {
                fail("clang failed on " + name + ".c (scripts/setup.sh installs clang lld wasi-libc"
                        + " libclang-rt-14-dev-wasm32):\n" + r);
            }
        }
    }

    @Test
    void optionsAndBehaviourOnNode() {
        compile(dir, "echo_args", "grow", "sleep", "exit7", "files", "reactor", "interactive");
        Path script = Artifacts.root().resolve("test-web/src/test/resources/node/wasi-api-checks.mjs");
        Processes.Result r = Processes.run(
                dir,
                List.of(
                        Tools.node().toString(),
                        script.toString(),
                        Artifacts.npmFile("teawasi.js").toString(),
                        dir.toString()),
                120);
        assertEquals(0, r.exitCode, r::toString);
        assertTrue(r.stdout.trim().endsWith(" passed, 0 failed"), r::toString);
    }
}
