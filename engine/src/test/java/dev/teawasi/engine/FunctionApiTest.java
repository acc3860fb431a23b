package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Function (typed calls, host functions), HostCall, Execution (slices, suspension), Trap. */
class FunctionApiTest {
    private static final ValueType[] NONE = new ValueType[0];

    static Module wat(String text) {
        return Module.compile(Wat.toWasm(text));
    }

    @Test
    void typedCallsWithValuesAndBoxes() {
        Instance inst = Instance.instantiate(
                wat("(module"
                        + " (func (export \"add\") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))"
                        + " (func (export \"mix\") (param i64 f32 f64) (result f64 i64)"
                        + "   (f64.add (f64.promote_f32 (local.get 1)) (local.get 2)) (local.get 0))"
                        + " (func (export \"none\")))"),
                new Imports());
        Function add = inst.function("add");
        assertEquals(FunctionType.of(List.of(ValueType.I32, ValueType.I32), List.of(ValueType.I32)), add.type());
        assertEquals(ExternKind.FUNCTION, add.kind());
        assertArrayEquals(new Value[] {Value.i32(5)}, add.call(Value.i32(2), Value.i32(3)));
        assertEquals(5, add.apply(2, 3));
        Object[] mixed = (Object[]) inst.function("mix").apply(7L, 1.5f, 0.25);
        assertEquals(1.75, mixed[0]);
        assertEquals(7L, mixed[1]);
        assertNull(inst.function("none").apply());
        assertEquals(0, inst.function("none").call().length);
        assertEquals("function (func (param i32 i32) (result i32))", add.toString());
    }

    @Test
    void argumentsAreChecked() {
        Function add = Instance.instantiate(
                        wat("(module (func (export \"add\") (param i32 i32) (result i32)"
                                + " (i32.add (local.get 0) (local.get 1))))"),
                        new Imports())
                .function("add");
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> add.call(Value.i32(1)));
        assertEquals("expected 2 arguments [i32, i32], got 1", count.getMessage());
        IllegalArgumentException type =
                assertThrows(IllegalArgumentException.class, () -> add.call(Value.i32(1), Value.i64(2)));
        assertEquals("argument 1 must be i32, got i64", type.getMessage());
        IllegalArgumentException boxed = assertThrows(IllegalArgumentException.class, () -> add.apply(1, "2"));
        assertEquals("argument 1 must be i32, got String", boxed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> add.apply(1));
        assertThrows(IllegalArgumentException.class, () -> add.call((Value[]) null));
    }

    @Test
    void hostFunctionsSeeTypedArgumentsAndSetTypedResults() {
        FunctionType t = FunctionType.of(
                new ValueType[] {
                    ValueType.I32, ValueType.I64, ValueType.F32, ValueType.F64, ValueType.EXTERNREF, ValueType.FUNCREF
                },
                new ValueType[] {
                    ValueType.I32, ValueType.I64, ValueType.F32, ValueType.F64, ValueType.EXTERNREF, ValueType.FUNCREF
                });
        List<Object> seen = new ArrayList<>();
        Function echo = Function.host(t, c -> {
            seen.add(c.type());
            seen.add(c.i32(0));
            seen.add(c.i64(1));
            seen.add(c.f32(2));
            seen.add(c.f32Bits(2));
            seen.add(c.f64(3));
            seen.add(c.f64Bits(3));
            seen.add(c.externref(4));
            seen.add(c.funcref(5));
            seen.add(c.param(0));
            c.setI32(0, c.i32(0) + 1);
            c.setI64(1, c.i64(1) + 1);
            c.setF32(2, c.f32(2) * 2);
            c.setF64(3, c.f64(3) * 2);
            c.setExternref(4, "out");
            c.setFuncref(5, c.funcref(5));
        });
        Object[] r = (Object[]) echo.apply(1, 2L, 1.5f, 2.5, "in", echo);
        assertEquals(
                List.of(
                        t,
                        1,
                        2L,
                        1.5f,
                        Float.floatToRawIntBits(1.5f),
                        2.5,
                        Double.doubleToRawLongBits(2.5),
                        "in",
                        echo,
                        Value.i32(1)),
                seen);
        assertEquals(2, r[0]);
        assertEquals(3L, r[1]);
        assertEquals(3.0f, r[2]);
        assertEquals(5.0, r[3]);
        assertEquals("out", r[4]);
        assertSame(echo, r[5]);
    }

    @Test
    void hostCallBitsSettersAndValueSetter() {
        FunctionType t = FunctionType.of(
                new ValueType[] {ValueType.F32}, new ValueType[] {ValueType.F32, ValueType.F64, ValueType.I32});
        Function f = Function.host(t, c -> {
            c.setF32Bits(0, c.f32Bits(0));
            c.setF64Bits(1, 0x7ff4000000000001L);
            c.set(2, Value.i32(9));
            assertThrows(IllegalArgumentException.class, () -> c.set(2, Value.i64(9)));
            assertThrows(IndexOutOfBoundsException.class, () -> c.set(3, Value.i32(9)));
            assertThrows(IllegalArgumentException.class, () -> c.i32(0));
            assertThrows(IndexOutOfBoundsException.class, () -> c.param(1));
            assertThrows(IllegalArgumentException.class, () -> c.externref(0));
            assertNull(c.memory());
            assertNull(c.caller());
        });
        Value[] r = f.call(Value.f32Bits(0x7fa00001));
        assertEquals(0x7fa00001, r[0].asF32Bits());
        assertEquals(0x7ff4000000000001L, r[1].asF64Bits());
        assertEquals(9, r[2].asI32());
    }

    @Test
    void hostFunctionSeesTheCallersMemoryAndInstance() {
        Instance[] caller = new Instance[1];
        Imports imports = new Imports()
                .function("env", "print", FunctionType.of(new ValueType[] {ValueType.I32, ValueType.I32}, NONE), c -> {
                    caller[0] = c.caller();
                    c.memory()
                            .writeString(
                                    100,
                                    c.memory().readString(c.i32(0), c.i32(1)).toUpperCase());
                });
        Instance inst = Instance.instantiate(
                wat("(module (import \"env\" \"print\" (func $p (param i32 i32)))"
                        + " (memory (export \"m\") 1) (data (i32.const 16) \"hello\")"
                        + " (func (export \"go\") (call $p (i32.const 16) (i32.const 5))))"),
                imports);
        inst.function("go").apply();
        assertSame(inst, caller[0]);
        assertEquals("HELLO", inst.memory("m").readString(100, 5));
    }

    @Test
    void hostExceptionsReachTheCallerUnchangedAndHostTrapsTrap() {
        RuntimeException boom = new RuntimeException("boom");
        Instance inst = Instance.instantiate(
                wat("(module (import \"env\" \"f\" (func $f)) (func (export \"go\") (call $f)))"),
                new Imports().function("env", "f", FunctionType.of(NONE, NONE), c -> {
                    throw boom;
                }));
        assertSame(boom, assertThrows(RuntimeException.class, () -> inst.function("go")
                .apply()));
        Trap mine = new Trap(TrapKind.HOST, "no such file");
        Instance inst2 = Instance.instantiate(
                wat("(module (import \"env\" \"f\" (func $f)) (func (export \"go\") (call $f)))"),
                new Imports().function("env", "f", FunctionType.of(NONE, NONE), c -> {
                    throw mine;
                }));
        Trap t = assertThrows(Trap.class, () -> inst2.function("go").apply());
        assertSame(mine, t);
        assertEquals(TrapKind.HOST, t.kind());
        assertEquals(List.of(), t.wasmStackTrace());
    }

    @Test
    void trapsCarryKindMessageAndStack() {
        Instance inst = Instance.instantiate(
                wat("(module (func $inner (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))"
                        + " (func (export \"div\") (param i32) (result i32) (call $inner (local.get 0))))"),
                new Imports());
        Trap t = assertThrows(Trap.class, () -> inst.function("div").apply(0));
        assertEquals(TrapKind.INTEGER_DIVIDE_BY_ZERO, t.kind());
        assertEquals("integer divide by zero", t.getMessage());
        assertEquals(List.of("func[0] at +0x4", "func[1] at +0x2"), t.wasmStackTrace());
        assertThrows(
                UnsupportedOperationException.class, () -> t.wasmStackTrace().clear());
    }

    @Test
    void executionRunsInSlicesAndResumesExactly() {
        Instance inst = Instance.instantiate(
                wat("(module (func (export \"count\") (param i32) (result i32) (local i32)"
                        + " (loop $l (local.set 1 (i32.add (local.get 1) (i32.const 1))) (br_if $l (i32.lt_u (local.get 1) (local.get 0))))"
                        + " (local.get 1)))"),
                new Imports());
        Execution e = inst.function("count").start(Value.i32(100_000));
        assertNull(e.status());
        assertEquals(inst.function("count").type(), e.type());
        int slices = 0;
        while (e.run(1000) == Execution.Status.OUT_OF_FUEL) {
            slices++;
            assertThrows(IllegalStateException.class, e::results);
        }
        assertEquals(Execution.Status.DONE, e.status());
        assertEquals(100_000, e.results()[0].asI32());
        assertTrue(slices >= 95 && slices <= 105, "slices: " + slices);
        assertEquals(Execution.Status.DONE, e.run(1));
        assertThrows(IllegalArgumentException.class, () -> e.run(0));
    }

    @Test
    void hostFunctionSuspendsAndTheEmbedderResumes() {
        int[] calls = {0};
        Imports imports = new Imports()
                .function("env", "read", FunctionType.of(NONE, new ValueType[] {ValueType.I32}), c -> {
                    if (++calls[0] == 1) {
                        c.suspend(); // no data yet
                    } else {
                        c.setI32(0, 20);
                    }
                });
        Instance inst = Instance.instantiate(
                wat("(module (import \"env\" \"read\" (func $r (result i32)))"
                        + " (func (export \"twice\") (result i32) (i32.add (call $r) (call $r))))"),
                imports);
        Execution e = inst.function("twice").start();
        assertEquals(Execution.Status.SUSPENDED, e.run(1000));
        e.resume(); // calls read again: now it answers 20
        assertEquals(Execution.Status.DONE, e.run(1000));
        assertEquals(40, e.results()[0].asI32());

        calls[0] = 0;
        Execution e2 = inst.function("twice").start();
        assertEquals(Execution.Status.SUSPENDED, e2.run(1000));
        assertThrows(IllegalArgumentException.class, () -> e2.resumeWith(Value.i64(1)));
        e2.resumeWith(Value.i32(5));
        assertEquals(Execution.Status.DONE, e2.run(1000));
        assertEquals(25, e2.results()[0].asI32());
        assertThrows(IllegalStateException.class, () -> e2.resumeWith(Value.i32(5)));
        assertThrows(IllegalStateException.class, e2::resume);

        calls[0] = 0;
        IllegalStateException sync = assertThrows(
                IllegalStateException.class, () -> inst.function("twice").apply());
        assertTrue(sync.getMessage().contains("suspended"), sync.getMessage());
    }

    @Test
    void sameFunctionSameObjectEverywhere() {
        Function host = Function.host(FunctionType.of(NONE, NONE), c -> {});
        Instance inst = Instance.instantiate(
                wat("(module (import \"h\" \"f\" (func $f)) (export \"f\" (func $f))"
                        + " (table (export \"t\") 1 funcref) (elem (i32.const 0) $f))"),
                new Imports().define("h", "f", host));
        assertSame(host, inst.function("f"));
        assertSame(host, inst.table("t").get(0));
        assertThrows(IllegalArgumentException.class, () -> Function.host(null, c -> {}));
        assertThrows(IllegalArgumentException.class, () -> Function.host(FunctionType.of(NONE, NONE), null));
    }
}
