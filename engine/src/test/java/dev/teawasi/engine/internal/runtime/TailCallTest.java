package dev.teawasi.engine.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.exec.HostCall;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;
import dev.teawasi.engine.internal.store.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** return_call and return_call_indirect: constant frame depth, mixed value types, host callees, trap stacks. */
class TailCallTest {
    private static final FuncType I64_TO_I64 = new FuncType(new byte[] {ValType.I64}, new byte[] {ValType.I64});

    private static final String WAT = "(module"
            + " (import \"h\" \"twice\" (func $twice (param i64) (result i64)))"
            + " (type $even (func (param i32 i64 f64) (result i64 f64)))"
            + " (table funcref (elem $even $odd))"
            // even/odd through the table with three value types; n=0 returns (acc, x)
            + " (func $even (param $n i32) (param $acc i64) (param $x f64) (result i64 f64)"
            + "   (if (i32.eqz (local.get $n)) (then (return (local.get $acc) (local.get $x))))"
            + "   (return_call_indirect (type $even) (i32.sub (local.get $n) (i32.const 1))"
            + "     (i64.add (local.get $acc) (i64.const 2)) (f64.add (local.get $x) (f64.const 0.5)) (i32.const 1)))"
            + " (func $odd (param $n i32) (param $acc i64) (param $x f64) (result i64 f64) (local $spare i64)"
            + "   (local.set $spare (i64.const 1))"
            + "   (return_call $even (local.get $n) (i64.add (local.get $acc) (local.get $spare)) (local.get $x)))"
            + " (func (export \"run\") (param i32) (result i64 f64)"
            + "   (return_call $even (local.get 0) (i64.const 0) (f64.const 0)))"
            // a host callee in tail position: its results are returned
            + " (func (export \"host-tail\") (param i64) (result i64)"
            + "   (return_call $twice (i64.add (local.get 0) (i64.const 1))))"
            + " (func $boom (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))"
            + " (func $mid (param i32) (result i32) (return_call $boom (local.get 0)))"
            + " (func (export \"trap\") (param i32) (result i32) (i32.add (i32.const 1) (call $mid (local.get 0))))"
            + ")";

    private static Instance instance(dev.teawasi.engine.internal.exec.HostFunction twice, EngineConfig config) {
        return Instance.instantiate(
                WasmModule.compile(Wat.toWasm(WAT)), new Imports().function("h", "twice", I64_TO_I64, twice), config);
    }

    @Test
    void deepTailRecursionRunsInConstantFrames() {
        EngineConfig small = new EngineConfig();
        small.maxCallDepth = 10; // far below the 1,000,000 tail calls
        Instance inst = instance(c -> c.setI64(0, c.i64(0) * 2), small);
        Value[] r = inst.invoke("run", Value.i32(1_000_000));
        // n even steps (each adds 2 and counts down), each followed by an odd step (adds 1); x grows by 0.5 per even
        assertEquals(3_000_000L, r[0].asI64());
        assertEquals(500_000.0, Double.longBitsToDouble(r[1].f64Bits()));
    }

    @Test
    void hostCalleeInTailPositionReturnsItsResults() {
        Instance inst = instance(c -> c.setI64(0, c.i64(0) * 2), new EngineConfig());
        assertEquals(42L, inst.invoke("host-tail", Value.i64(20))[0].asI64());
    }

    @Test
    void hostCalleeInTailPositionCanSuspend() {
        Instance inst = instance(HostCall::suspend, new EngineConfig());
        Execution e = inst.start("host-tail", Value.i64(4));
        assertEquals(Execution.Status.SUSPENDED, e.run(Long.MAX_VALUE));
        e.resumeWith(Value.i64(99));
        assertEquals(Execution.Status.DONE, e.run(Long.MAX_VALUE));
        assertEquals(99L, e.results()[0].asI64());
    }

    @Test
    void fuelPausesInsideTailRecursion() {
        Instance inst = instance(c -> c.setI64(0, 0), new EngineConfig());
        Execution e = inst.start("run", Value.i32(100_000));
        int slices = 0;
        while (e.run(1000) == Execution.Status.OUT_OF_FUEL) {
            slices++;
        }
        assertEquals(300_000L, e.results()[0].asI64());
        assertEquals(true, slices >= 100, "slices: " + slices);
    }

    @Test
    void aTailCallReplacesItsCallerInTheTrapStack() {
        Instance inst = instance(c -> c.setI64(0, 0), new EngineConfig());
        Trap t = assertThrows(Trap.class, () -> inst.invoke("trap", Value.i32(0)));
        assertEquals(TrapKind.INTEGER_DIVIDE_BY_ZERO, t.kind());
        // $mid is gone: $boom's caller is the exported function
        List<String> stack = t.wasmStackTrace();
        assertEquals(2, stack.size(), stack.toString());
        assertEquals("func[5] at +0x4", stack.get(0));
        assertEquals(true, stack.get(1).startsWith("func[7] at "), stack.toString());
    }
}
