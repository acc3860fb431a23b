package dev.teawasi.engine.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;
import dev.teawasi.engine.internal.store.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The start function as a resumable call, call depth across host re-entry, and allocation limits. */
class StartAndLimitsTest {
    private static final FuncType I32_TO_I32 = new FuncType(new byte[] {ValType.I32}, new byte[] {ValType.I32});
    private static final FuncType VOID_TO_I32 = new FuncType(new byte[0], new byte[] {ValType.I32});

    private static WasmModule wat(String text) {
        return WasmModule.compile(Wat.toWasm(text));
    }

    @Test
    void endlessStartFunctionRunsOutOfFuelInsteadOfHanging() {
        WasmModule m = wat("(module (global $g (export \"g\") (mut i32) (i32.const 0))"
                + " (func $s (loop $l (global.set $g (i32.add (global.get $g) (i32.const 1))) (br $l))) (start $s))");
        Instance inst = Instance.instantiateWithoutStart(m, new Imports(), new EngineConfig());
        Execution start = inst.startExecution();
        assertEquals(Execution.Status.OUT_OF_FUEL, start.run(10_000));
        int after = inst.global("g").get().asI32();
        assertTrue(after > 5_000 && after < 20_000, "iterations: " + after);
        assertEquals(Execution.Status.OUT_OF_FUEL, start.run(10_000)); // and continues where it stopped
        assertTrue(inst.global("g").get().asI32() > after);
    }

    @Test
    void startFunctionMaySuspendAndResume() {
        WasmModule m = wat("(module (import \"h\" \"read\" (func $read (result i32)))"
                + " (global $g (export \"g\") (mut i32) (i32.const 0))"
                + " (func $s (global.set $g (i32.add (call $read) (call $read)))) (start $s))");
        Instance inst = Instance.instantiateWithoutStart(
                m, new Imports().function("h", "read", VOID_TO_I32, c -> c.suspend()), new EngineConfig());
        Execution start = inst.startExecution();
        assertEquals(Execution.Status.SUSPENDED, start.run(Long.MAX_VALUE));
        start.resumeWith(Value.i32(40));
        assertEquals(Execution.Status.SUSPENDED, start.run(Long.MAX_VALUE));
        start.resumeWith(Value.i32(2));
        assertEquals(Execution.Status.DONE, start.run(Long.MAX_VALUE));
        assertEquals(42, inst.global("g").get().asI32());
    }

    @Test
    void startFunctionHonoursCallDepth() {
        WasmModule m = wat("(module (func $r (call $r)) (start $r))");
        Instance inst = Instance.instantiateWithoutStart(m, new Imports(), new EngineConfig());
        Trap t = assertThrows(Trap.class, () -> inst.startExecution().run(Long.MAX_VALUE));
        assertEquals(TrapKind.CALL_STACK_EXHAUSTED, t.kind());
        Trap t2 = assertThrows(Trap.class, () -> Instance.instantiate(m, new Imports()));
        assertEquals(TrapKind.CALL_STACK_EXHAUSTED, t2.kind());
    }

    @Test
    void noStartFunctionMeansNoExecution() {
        Instance inst = Instance.instantiateWithoutStart(wat("(module)"), new Imports(), new EngineConfig());
        assertNull(inst.startExecution());
    }

    @Test
    void instantiateRunsTheStartFunction() {
        WasmModule m = wat("(module (global $g (export \"g\") (mut i32) (i32.const 0))"
                + " (func $s (global.set $g (i32.const 7))) (start $s))");
        assertEquals(7, Instance.instantiate(m, new Imports()).global("g").get().asI32());
        assertEquals(
                0,
                Instance.instantiateWithoutStart(m, new Imports(), new EngineConfig())
                        .global("g")
                        .get()
                        .asI32());
    }

    /** deep(n) recurses 50 wasm frames, then re-enters itself through the host with n-1. */
    private static final String DEEP_THROUGH_HOST = "(module (import \"h\" \"cb\" (func $cb (param i32) (result i32)))"
            + " (func $down (param i32) (param i32) (result i32)"
            + "   (if (result i32) (i32.eqz (local.get 1)) (then (call $cb (local.get 0)))"
            + "     (else (call $down (local.get 0) (i32.sub (local.get 1) (i32.const 1))))))"
            + " (func (export \"deep\") (param i32) (result i32)"
            + "   (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))"
            + "     (else (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1)) (i32.const 50)))))))";

    @Test
    void hostReentryCountsAgainstTheSameCallDepth() {
        EngineConfig config = new EngineConfig();
        config.maxCallDepth = 1000;
        Instance[] self = new Instance[1];
        self[0] = Instance.instantiate(
                wat(DEEP_THROUGH_HOST),
                new Imports()
                        .function(
                                "h",
                                "cb",
                                I32_TO_I32,
                                c -> c.setI32(0, self[0].invoke("deep", Value.i32(c.i32(0)))[0].asI32())),
                config);
        // about 52 frames per level: 10 levels fit in 1000, 30 do not (each level alone would fit)
        assertEquals(10, self[0].invoke("deep", Value.i32(10))[0].asI32());
        Trap t = assertThrows(Trap.class, () -> self[0].invoke("deep", Value.i32(30)));
        assertEquals(TrapKind.CALL_STACK_EXHAUSTED, t.kind());
        assertEquals(5, self[0].invoke("deep", Value.i32(5))[0].asI32()); // the count is back to zero
    }

    @Test
    void memoryGrowBeyondTheConfiguredLimitReturnsMinusOne() {
        EngineConfig config = new EngineConfig();
        config.maxMemoryPages = 3;
        WasmModule m = wat("(module (memory (export \"m\") 1)"
                + " (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0))))");
        Instance inst = Instance.instantiate(m, new Imports(), config);
        assertEquals(1, inst.invoke("grow", Value.i32(2))[0].asI32());
        assertEquals(-1, inst.invoke("grow", Value.i32(1))[0].asI32());
        assertEquals(3, inst.memory("m").pages());
        assertEquals(3, inst.memory("m").limitPages());
    }

    @Test
    void memoryLargerThanTheLimitIsALinkError() {
        EngineConfig config = new EngineConfig();
        config.maxMemoryPages = 16;
        LinkException e = assertThrows(
                LinkException.class, () -> Instance.instantiate(wat("(module (memory 17))"), new Imports(), config));
        assertEquals("memory of 17 pages is larger than the limit of 16 pages (1 MiB)", e.getMessage());
        LinkException java = assertThrows(
                LinkException.class, () -> Instance.instantiate(wat("(module (memory 40000))"), new Imports()));
        assertTrue(
                java.getMessage().startsWith("memory of 40000 pages is larger than the limit of 32767 pages"),
                java.getMessage());
    }

    @Test
    void manyLargeTablesAreALinkErrorNotAnOutOfMemoryError() {
        StringBuilder wat = new StringBuilder("(module");
        for (int i = 0; i < 1000; i++) {
            wat.append(" (table 10000000 funcref)");
        }
        wat.append(")");
        WasmModule m = wat(wat.toString());
        LinkException e = assertThrows(LinkException.class, () -> Instance.instantiate(m, new Imports()));
        assertEquals(
                "the tables of this module need more than the limit of 10000000 elements in total", e.getMessage());
    }

    @Test
    void tableSizeAndTotalLimitsBoundGrowth() {
        EngineConfig config = new EngineConfig();
        config.maxTableSize = 100;
        config.maxTableElementsTotal = 150;
        WasmModule m = wat("(module (table $a 10 funcref) (table $b 10 funcref)"
                + " (func (export \"growA\") (param i32) (result i32) (table.grow $a (ref.null func) (local.get 0)))"
                + " (func (export \"growB\") (param i32) (result i32) (table.grow $b (ref.null func) (local.get 0))))");
        Instance inst = Instance.instantiate(m, new Imports(), config);
        assertEquals(-1, inst.invoke("growA", Value.i32(91))[0].asI32()); // past 100 per table
        assertEquals(10, inst.invoke("growA", Value.i32(90))[0].asI32()); // 100 + 10 = 110 of 150
        assertEquals(-1, inst.invoke("growB", Value.i32(41))[0].asI32()); // 151 in total
        assertEquals(10, inst.invoke("growB", Value.i32(40))[0].asI32());
        LinkException e = assertThrows(
                LinkException.class,
                () -> Instance.instantiate(wat("(module (table 101 funcref))"), new Imports(), config));
        assertEquals("table 0 of 101 elements is larger than the limit of 100 elements per table", e.getMessage());
    }

    /** Run by {@link #memoryGrowUnderAllocationFailureReturnsMinusOne} in a JVM with a small heap. */
    public static void main(String[] args) {
        WasmModule m = WasmModule.compile(java.util.Base64.getDecoder().decode(args[0]));
        Instance inst = Instance.instantiate(m, new Imports());
        System.out.println("grow=" + inst.invoke("grow", Value.i32(20000))[0].asI32() + " pages="
                + inst.memory("m").pages() + " again=" + inst.invoke("grow", Value.i32(1))[0].asI32());
    }

    @Test
    void memoryGrowUnderAllocationFailureReturnsMinusOne() throws IOException, InterruptedException {
        byte[] wasm = Wat.toWasm("(module (memory (export \"m\") 1)"
                + " (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0))))");
        String javaBin =
                Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        javaBin,
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StartAndLimitsTest.class.getName(),
                        java.util.Base64.getEncoder().encodeToString(wasm))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        // 20000 pages (1.25 GiB) cannot be allocated in a 64 MiB heap: -1, and the memory still works
        assertEquals("grow=-1 pages=1 again=1", out.strip());
        assertEquals(0, p.exitValue());
    }

    @Test
    void hostCreatedMemoryKeepsTheJavaLimit() {
        Memory mem = new Memory(1, -1);
        assertEquals(Memory.JAVA_MAX_PAGES, mem.limitPages());
        assertEquals(-1, mem.grow(Memory.JAVA_MAX_PAGES));
    }
}
