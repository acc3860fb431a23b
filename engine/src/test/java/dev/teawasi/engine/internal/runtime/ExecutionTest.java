package dev.teawasi.engine.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.exec.HostCall;
import dev.teawasi.engine.internal.exec.HostFunction;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;
import dev.teawasi.engine.internal.store.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Host calls, fuel slices, suspension, exceptions from host functions, deep recursion and trap stacks. */
class ExecutionTest {
    private static final FuncType I32_TO_I32 = new FuncType(new byte[] {ValType.I32}, new byte[] {ValType.I32});
    private static final FuncType VOID_TO_I32 = new FuncType(new byte[0], new byte[] {ValType.I32});

    private static final String LOOP = "(module"
            + "  (import \"host\" \"read\" (func $read (result i32)))"
            + "  (func (export \"count\") (param i32) (result i32) (local i32)"
            + "    (loop $l (local.set 1 (i32.add (local.get 1) (i32.const 1)))"
            + "      (br_if $l (i32.lt_u (local.get 1) (local.get 0))))"
            + "    (local.get 1))"
            + "  (func (export \"sum-reads\") (param i32) (result i32) (local i32)"
            + "    (block $done (loop $l"
            + "      (br_if $done (i32.eqz (local.get 0)))"
            + "      (local.set 1 (i32.add (local.get 1) (call $read)))"
            + "      (local.set 0 (i32.sub (local.get 0) (i32.const 1)))"
            + "      (br $l)))"
            + "    (local.get 1))"
            + "  (func $rec (export \"rec\") (param i32) (result i32)"
            + "    (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))"
            + "      (else (i32.add (i32.const 1) (call $rec (i32.sub (local.get 0) (i32.const 1)))))))"
            + "  (func $boom (unreachable))"
            + "  (func $mid (call $boom))"
            + "  (func (export \"trap\") (call $mid))"
            + ")";

    /** down(n) counts n down through the host function h.cb, which the tests make call back into down. */
    private static final String DOWN_THROUGH_HOST = "(module (import \"h\" \"cb\" (func $cb (param i32) (result i32)))"
            + " (func $down (export \"down\") (param i32) (result i32)"
            + "   (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))"
            + "     (else (i32.add (i32.const 1) (call $cb (i32.sub (local.get 0) (i32.const 1))))))))";

    private static Instance instance(HostFunction read) {
        WasmModule m = WasmModule.compile(Wat.toWasm(LOOP));
        return Instance.instantiate(m, new Imports().function("host", "read", VOID_TO_I32, read));
    }

    @Test
    void fuelSlicesResumeExactly() {
        Instance inst = instance(c -> c.setI32(0, 1));
        Execution e = inst.start("count", Value.i32(1_000_000));
        int slices = 0;
        while (e.run(1000) == Execution.Status.OUT_OF_FUEL) {
            slices++;
        }
        assertEquals(1_000_000, e.results()[0].asI32());
        assertTrue(slices >= 900 && slices <= 1100, "slices: " + slices);
    }

    @Test
    void suspendThenResumeCallsTheHostAgain() {
        int[] calls = {0};
        Instance inst = instance(c -> {
            calls[0]++;
            if (calls[0] % 2 == 1) {
                c.suspend(); // no data yet: ask again later
            } else {
                c.setI32(0, 10);
            }
        });
        Execution e = inst.start("sum-reads", Value.i32(3));
        int suspensions = 0;
        Execution.Status s;
        while ((s = e.run(Long.MAX_VALUE)) == Execution.Status.SUSPENDED) {
            suspensions++;
            e.resume();
        }
        assertEquals(Execution.Status.DONE, s);
        assertEquals(3, suspensions);
        assertEquals(6, calls[0]);
        assertEquals(30, e.results()[0].asI32());
    }

    @Test
    void suspendThenResumeWithResults() {
        Instance inst = instance(HostCall::suspend);
        Execution e = inst.start("sum-reads", Value.i32(4));
        int n = 0;
        while (e.run(Long.MAX_VALUE) == Execution.Status.SUSPENDED) {
            e.resumeWith(Value.i32(++n * 100));
        }
        assertEquals(4, n);
        assertEquals(1000, e.results()[0].asI32());
    }

    static final class Exit extends RuntimeException {
        final int code;

        Exit(int code) {
            this.code = code;
        }
    }

    @Test
    void hostExceptionPropagatesUnchangedAndInstanceStaysUsable() {
        boolean[] fail = {true};
        Instance inst = instance(c -> {
            if (fail[0]) {
                throw new Exit(3);
            }
            c.setI32(0, 2);
        });
        Exit ex = assertThrows(Exit.class, () -> inst.invoke("sum-reads", Value.i32(5)));
        assertEquals(3, ex.code);
        fail[0] = false;
        assertEquals(10, inst.invoke("sum-reads", Value.i32(5))[0].asI32());
    }

    @Test
    void deepRecursionTrapsCleanly() {
        Instance inst = instance(c -> c.setI32(0, 0));
        Trap t = assertThrows(Trap.class, () -> inst.invoke("rec", Value.i32(100_000)));
        assertEquals(TrapKind.CALL_STACK_EXHAUSTED, t.kind());
        assertEquals(10_000, inst.invoke("rec", Value.i32(10_000))[0].asI32());
        EngineConfig deep = new EngineConfig();
        deep.maxCallDepth = 200_000;
        Instance big = Instance.instantiate(
                inst.module(), new Imports().function("host", "read", VOID_TO_I32, c -> c.setI32(0, 0)), deep);
        assertEquals(150_000, big.invoke("rec", Value.i32(150_000))[0].asI32());
    }

    @Test
    void trapCarriesWasmStack() {
        Instance inst = instance(c -> c.setI32(0, 0));
        Trap t = assertThrows(Trap.class, () -> inst.invoke("trap"));
        assertEquals(TrapKind.UNREACHABLE, t.kind());
        List<String> stack = t.wasmStackTrace();
        assertEquals(3, stack.size(), stack.toString());
        // every frame names the function and the offset of its instruction: the trap's, then each call's
        assertEquals("func[4] at +0x0", stack.get(0), stack.toString());
        assertEquals("func[5] at +0x0", stack.get(1), stack.toString());
        assertEquals("func[6] at +0x0", stack.get(2), stack.toString());
    }

    @Test
    void callerFramesPointAtTheCall() {
        String wat = "(module (func $div (param i32) (result i32) (i32.div_s (i32.const 7) (local.get 0)))"
                + " (func (export \"div\") (param i32) (result i32) (call $div (local.get 0))))";
        Instance inst = Instance.instantiate(WasmModule.compile(Wat.toWasm(wat)), new Imports());
        Trap t = assertThrows(Trap.class, () -> inst.invoke("div", Value.i32(0)));
        assertEquals(TrapKind.INTEGER_DIVIDE_BY_ZERO, t.kind());
        // i32.const 7 and local.get 0 (2 bytes each), then the division at +4; local.get 0, then the call at +2
        assertEquals(List.of("func[0] at +0x4", "func[1] at +0x2"), t.wasmStackTrace());
    }

    @Test
    void trappingInstructionOffsetForMemoryAndIndirectCalls() {
        String wat = "(module (memory 1) (table 2 funcref) (elem (i32.const 0) $f) (type $v (func))"
                + " (func $f (param i32) (result i32) (local.get 0))"
                + " (func (export \"load\") (param i32) (result i32) (nop) (i32.load offset=4 (local.get 0)))"
                + " (func (export \"store64\") (param i32) (nop) (i64.store8 (local.get 0) (i64.const 1)))"
                + " (func (export \"icall\") (param i32) (nop) (call_indirect (type $v) (local.get 0))))";
        Instance inst = Instance.instantiate(WasmModule.compile(Wat.toWasm(wat)), new Imports());
        Trap load = assertThrows(Trap.class, () -> inst.invoke("load", Value.i32(65533)));
        assertEquals(TrapKind.MEMORY_OUT_OF_BOUNDS, load.kind());
        // nop (1 byte), local.get 0 (2 bytes), then the load at +3
        assertEquals(List.of("func[1] at +0x3"), load.wasmStackTrace());
        Trap store = assertThrows(Trap.class, () -> inst.invoke("store64", Value.i32(65536)));
        // nop, local.get 0, i64.const 1 (2 bytes), then the store at +5
        assertEquals(List.of("func[2] at +0x5"), store.wasmStackTrace());
        Trap mismatch = assertThrows(Trap.class, () -> inst.invoke("icall", Value.i32(0)));
        assertEquals(TrapKind.INDIRECT_CALL_TYPE_MISMATCH, mismatch.kind());
        assertEquals(List.of("func[3] at +0x3"), mismatch.wasmStackTrace());
        Trap uninit = assertThrows(Trap.class, () -> inst.invoke("icall", Value.i32(1)));
        assertEquals(TrapKind.UNINITIALIZED_ELEMENT, uninit.kind());
        assertEquals(List.of("func[3] at +0x3"), uninit.wasmStackTrace());
    }

    @Test
    void hostToWasmReentry() {
        WasmModule m = WasmModule.compile(Wat.toWasm(DOWN_THROUGH_HOST));
        Instance[] self = new Instance[1];
        self[0] = Instance.instantiate(
                m,
                new Imports()
                        .function(
                                "h",
                                "cb",
                                I32_TO_I32,
                                c -> c.setI32(0, self[0].invoke("down", Value.i32(c.i32(0)))[0].asI32())));
        assertEquals(50, self[0].invoke("down", Value.i32(50))[0].asI32());
        Trap t = assertThrows(Trap.class, () -> self[0].invoke("down", Value.i32(100_000)));
        assertEquals(TrapKind.CALL_STACK_EXHAUSTED, t.kind());
        assertEquals(7, self[0].invoke("down", Value.i32(7))[0].asI32());
    }

    @Test
    void reentryLimitIsCountedPerThread() throws Exception {
        WasmModule m = WasmModule.compile(Wat.toWasm(DOWN_THROUGH_HOST));
        // threads with their own instances, each nesting 150 host->wasm calls at once, many times: with a shared
        // counter they would add up past the limit of 200 (and lose updates)
        Thread[] threads = new Thread[4];
        Throwable[] failure = new Throwable[1];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(
                    () -> {
                        Instance[] self = new Instance[1];
                        self[0] = Instance.instantiate(
                                m,
                                new Imports()
                                        .function(
                                                "h",
                                                "cb",
                                                I32_TO_I32,
                                                c -> c.setI32(
                                                        0, self[0].invoke("down", Value.i32(c.i32(0)))[0].asI32())));
                        try {
                            for (int r = 0; r < 200; r++) {
                                assertEquals(150, self[0].invoke("down", Value.i32(150))[0].asI32());
                            }
                        } catch (Throwable e) {
                            synchronized (failure) {
                                failure[0] = e;
                            }
                        }
                    },
                    "reentry-" + i);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure[0] != null) {
            throw new AssertionError("a thread failed", failure[0]);
        }
    }

    @Test
    void hostFunctionsCallableFromHostAndAsExports() {
        String wat = "(module (import \"h\" \"id\" (func $id (param i32) (result i32))) (export \"id\" (func $id))"
                + " (func (export \"twice\") (param i32) (result i32) (call $id (i32.add (local.get 0) (local.get 0)))))";
        List<Integer> seen = new ArrayList<>();
        HostFunction id = c -> {
            seen.add(c.i32(0));
            c.setI32(0, c.i32(0));
        };
        Instance inst = Instance.instantiate(
                WasmModule.compile(Wat.toWasm(wat)), new Imports().function("h", "id", I32_TO_I32, id));
        assertEquals(42, inst.invoke("id", Value.i32(42))[0].asI32());
        assertEquals(84, inst.invoke("twice", Value.i32(42))[0].asI32());
        assertEquals(List.of(42, 84), seen);
        assertArrayEquals(new String[] {"id", "twice"}, inst.exportNames());
        assertSame(inst.function("id"), inst.function("id"));
    }
}
