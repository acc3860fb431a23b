package dev.teawasi.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.engine.internal.runtime.WasmModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * --fuel is one budget for the whole run: the module's start function, _initialize and _start (or the invoked
 * export) share it, so a run never gets more than the fuel it was given, however the work is split.
 */
class OneFuelBudgetTest {
    /** A loop of 500 taken branches (about 500 fuel) in a function named $name. */
    private static String spin(String name) {
        return " (func " + name + " (local i32) (local.set 0 (i32.const 500))"
                + " (loop (local.set 0 (i32.sub (local.get 0) (i32.const 1))) (br_if 0 (local.get 0))))";
    }

    private static final WasmModule COMMAND = WasmModule.compile(
            ExportCallTest.wat("(module (memory 1)" + spin("$s") + " (start $s)" + spin("(export \"_start\")") + ")"));
    private static final WasmModule REACTOR = WasmModule.compile(ExportCallTest.wat("(module (memory 1)" + spin("$s")
            + " (start $s)" + spin("(export \"_initialize\")") + spin("(export \"work\")") + ")"));

    private static WasiProcess process(WasmModule m) {
        return WasiProcess.instantiate(m, WasiConfig.builder().deterministic().build());
    }

    @Test
    void startFunctionAndStartShareTheFuel() {
        // each function alone fits in 800, both together do not
        assertEquals(
                WasiResult.Status.OUT_OF_FUEL, process(COMMAND).runCommand(800).status());
        assertEquals(WasiResult.Status.EXITED, process(COMMAND).runCommand(1100).status());
        // in slices the same total suffices
        WasiProcess p = process(COMMAND);
        WasiResult r = p.runCommand(300);
        int slices = 1;
        while (r.status() == WasiResult.Status.OUT_OF_FUEL) {
            r = p.resume(300);
            slices++;
        }
        assertEquals(WasiResult.Status.EXITED, r.status());
        assertEquals(4, slices);
    }

    @Test
    void startInitializeAndTheExportShareTheFuel() {
        assertEquals(
                WasiResult.Status.OUT_OF_FUEL,
                ExportCall.prepare(process(REACTOR), "work", List.of())
                        .run(1100)
                        .status());
        assertEquals(
                WasiResult.Status.EXITED,
                ExportCall.prepare(process(REACTOR), "work", List.of())
                        .run(1600)
                        .status());
    }
}
