package dev.teawasi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.wasm.Parser;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.Instance;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.Value;
import org.junit.jupiter.api.Test;

/** The hand-assembled bulk-memory module is valid and does what the micro-benchmark times, on both runtimes. */
class MemoryOpsModuleTest {
    @Test
    void teawasiCopiesAndFills() {
        Instance t = Instance.instantiate(WasmModule.compile(MemoryOpsModule.bytes()), new Imports());
        byte[] mem = t.memory("memory").buffer();
        for (int i = 0; i < 100; i++) {
            mem[i] = (byte) (i * 7 + 1);
        }
        t.invoke("copy", Value.i32(1000), Value.i32(0), Value.i32(100), Value.i32(3));
        t.invoke("fill", Value.i32(5000), Value.i32(0x5a), Value.i32(10), Value.i32(2));
        byte[] after = t.memory("memory").buffer();
        for (int i = 0; i < 100; i++) {
            assertEquals((byte) (i * 7 + 1), after[1000 + i]);
        }
        assertEquals(0x5a, after[5009]);
        assertEquals(0, after[5010]);
    }

    @Test
    void chicoryCopiesAndFills() {
        com.dylibso.chicory.runtime.Instance c = com.dylibso.chicory.runtime.Instance.builder(
                        Parser.parse(MemoryOpsModule.bytes()))
                .build();
        c.memory().write(0, new byte[] {1, 2, 3, 4});
        c.export("copy").apply(1000, 0, 4, 2);
        c.export("fill").apply(2000, 9, 3, 1);
        assertEquals(4, c.memory().read(1003));
        assertEquals(9, c.memory().read(2002));
        assertEquals(0, c.memory().read(2003));
    }

    @Test
    void microBenchmarkReportsEveryCase() {
        String table = MemoryBench.report(0.001);
        assertEquals(2 + 8, table.split("\n").length, table);
    }
}
