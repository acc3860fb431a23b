package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BothClis;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits of teawasi.run (limits.maxMemory, maxTableElements, maxCallDepth, fuel, timeout) on node's own WebAssembly
 * (the module rewritten; node 20 has no JSPI, so time and fuel limits end the run by throwing) and on the
 * interpreter, the same stack overflow report on both, TypeErrors for bad limits, and createWebAssembly's separately
 * limited namespace (test resource node/run-limits.mjs).
 */
@DisabledIfSystemProperty(named = Tools.SKIP_NODE, matches = "true", disabledReason = "-D" + Tools.SKIP_NODE + "=true")
class RunLimitsNodeTest {
    @TempDir
    static Path dir;

    private static final String EXIT = "(import \"wasi_snapshot_preview1\" \"proc_exit\" (func $exit (param i32)))";

    @Test
    void limitsOnNativeAndInterpreter() throws Exception {
        BothClis.wat(
                dir,
                "endless-start",
                "(module (memory (export \"memory\") 1)"
                        + " (func $forever (loop $l (br $l))) (start $forever) (func (export \"_start\")))");
        BothClis.wat(
                dir,
                "endless-main",
                "(module (memory (export \"memory\") 1)"
                        + " (func $spin (loop $l (br $l))) (func (export \"_start\") (call $spin)))");
        BothClis.wat(
                dir,
                "grow",
                "(module " + EXIT + " (memory (export \"memory\") 1)"
                        + " (func (export \"_start\") (call $exit (i32.add (i32.const 100)"
                        + " (memory.grow (i32.const 4))))))");
        BothClis.wat(
                dir,
                "table-grow",
                "(module " + EXIT + " (memory (export \"memory\") 1) (table $t 1 funcref)"
                        + " (func (export \"_start\") (call $exit (i32.add (i32.const 100)"
                        + " (table.grow $t (ref.null func) (i32.const 20))))))");
        BothClis.wat(
                dir,
                "many-tables",
                "(module (memory (export \"memory\") 1) "
                        + "(table 10000000 funcref) ".repeat(1000)
                        + "(func (export \"_start\")))");
        BothClis.wat(dir, "big-memory", "(module (memory (export \"memory\") 100) (func (export \"_start\")))");
        BothClis.wat(
                dir,
                "big-table",
                "(module (memory (export \"memory\") 1) (table 1000 funcref) (func (export \"_start\")))");
        BothClis.wat(
                dir,
                "recurse",
                "(module (memory (export \"memory\") 1)"
                        + " (func $down (param i32) (result i32) (i32.add (call $down (i32.add (local.get 0)"
                        + " (i32.const 1))) (i32.const 1)))"
                        + " (func (export \"_start\") (drop (call $down (i32.const 0)))))");
        BothClis.wat(
                dir,
                "recurse-start",
                "(module (memory (export \"memory\") 1)"
                        + " (func $down (param i32) (result i32) (i32.add (call $down (i32.add (local.get 0)"
                        + " (i32.const 1))) (i32.const 1)))"
                        + " (func $start (drop (call $down (i32.const 0)))) (start $start)"
                        + " (func (export \"_start\")))");
        Path script = Artifacts.root().resolve("test-web/src/test/resources/node/run-limits.mjs");
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
