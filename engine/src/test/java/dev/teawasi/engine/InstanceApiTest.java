package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Instance: instantiation, exports, start function, limits (memory, tables, call depth, fuel), link errors. */
class InstanceApiTest {
    static final FunctionType I32_TO_I32 = FunctionType.of(List.of(ValueType.I32), List.of(ValueType.I32));
    static final FunctionType VOID = FunctionType.of(List.of(), List.of());

    static Module wat(String text) {
        return Module.compile(Wat.toWasm(text));
    }

    @Test
    void exportsByKind() {
        Instance inst = Instance.instantiate(
                wat("(module (func (export \"f\")) (memory (export \"m\") 1)"
                        + " (table (export \"t\") 1 funcref) (global (export \"g\") i32 (i32.const 3)))"),
                new Imports());
        assertTrue(inst.export("f") instanceof Function);
        assertTrue(inst.export("m") instanceof Memory);
        assertTrue(inst.export("t") instanceof Table);
        assertTrue(inst.export("g") instanceof Global);
        assertNull(inst.export("nope"));
        assertSame(inst.export("f"), inst.function("f"));
        assertSame(inst.export("m"), inst.memory("m"));
        assertSame(inst.export("t"), inst.table("t"));
        assertSame(inst.export("g"), inst.global("g"));
        assertNull(inst.function("m"));
        assertNull(inst.memory("f"));
        assertNull(inst.table("g"));
        assertNull(inst.global("t"));
        assertEquals(4, inst.module().exports().size());
    }

    @Test
    void startFunctionRunsOnInstantiate() {
        Module m = wat("(module (global $g (export \"g\") (mut i32) (i32.const 0))"
                + " (func $s (global.set $g (i32.const 9))) (start $s))");
        assertEquals(9, Instance.instantiate(m, new Imports()).global("g").get().asI32());
        Instance later = Instance.instantiateWithoutStart(m, new Imports(), new InstanceLimits());
        assertEquals(0, later.global("g").get().asI32());
        Execution start = later.startFunction();
        assertEquals(Execution.Status.DONE, start.run(1000));
        assertEquals(9, later.global("g").get().asI32());
        assertNull(Instance.instantiateWithoutStart(wat("(module)"), new Imports(), new InstanceLimits())
                .startFunction());
    }

    @Test
    void endlessStartFunctionEndsWhenTheFuelDoes() {
        Module m = wat("(module (func $s (loop $l (br $l))) (start $s))");
        Trap t = assertThrows(
                Trap.class, () -> Instance.instantiate(m, new Imports(), new InstanceLimits().fuel(100_000)));
        assertEquals(TrapKind.OUT_OF_FUEL, t.kind());
        Instance inst = Instance.instantiateWithoutStart(m, new Imports(), new InstanceLimits());
        assertEquals(Execution.Status.OUT_OF_FUEL, inst.startFunction().run(5000));
    }

    @Test
    void startFunctionSuspendingDuringInstantiateIsRefused() {
        Module m = wat("(module (import \"h\" \"wait\" (func $w)) (start $w))");
        Imports imports = new Imports().function("h", "wait", VOID, HostCall::suspend);
        assertThrows(IllegalStateException.class, () -> Instance.instantiate(m, imports));
        Instance inst = Instance.instantiateWithoutStart(m, imports, new InstanceLimits());
        Execution start = inst.startFunction();
        assertEquals(Execution.Status.SUSPENDED, start.run(100));
        start.resumeWith();
        assertEquals(Execution.Status.DONE, start.run(100));
    }

    @Test
    void linkErrorsNameTheImport() {
        Module m = wat("(module (import \"env\" \"f\" (func (param i32))))");
        LinkError unknown = assertThrows(LinkError.class, () -> Instance.instantiate(m, new Imports()));
        assertEquals("unknown import: env.f", unknown.getMessage());
        LinkError wrong = assertThrows(
                LinkError.class, () -> Instance.instantiate(m, new Imports().function("env", "f", VOID, c -> {})));
        assertEquals("incompatible import type: env.f must be a function (func (param i32))", wrong.getMessage());
        LinkError kind = assertThrows(
                LinkError.class,
                () -> Instance.instantiate(m, new Imports().define("env", "f", Memory.create(MemoryType.of(1, -1)))));
        assertTrue(kind.getMessage().startsWith("incompatible import type: env.f"), kind.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Instance.instantiate(m, null));
    }

    @Test
    void trapDuringInitialisationIsATrap() {
        Trap t = assertThrows(
                Trap.class,
                () -> Instance.instantiate(wat("(module (memory 1) (data (i32.const 65535) \"ab\"))"), new Imports()));
        assertEquals(TrapKind.MEMORY_OUT_OF_BOUNDS, t.kind());
    }

    @Test
    void memoryLimit() {
        InstanceLimits limits = new InstanceLimits().maxMemoryPages(2);
        assertEquals(2, limits.maxMemoryPages());
        Module m = wat(
                "(module (memory (export \"m\") 1) (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0))))");
        Instance inst = Instance.instantiate(m, new Imports(), limits);
        assertEquals(1, inst.function("grow").apply(1));
        assertEquals(-1, inst.function("grow").apply(1));
        assertEquals(-1, inst.memory("m").grow(1));
        LinkError e = assertThrows(
                LinkError.class, () -> Instance.instantiate(wat("(module (memory 3))"), new Imports(), limits));
        assertEquals("memory of 3 pages is larger than the limit of 2 pages (0 MiB)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InstanceLimits().maxMemoryPages(40000));
    }

    @Test
    void tableLimits() {
        InstanceLimits limits = new InstanceLimits().maxTableSize(5).maxTableElementsTotal(8);
        assertEquals(5, limits.maxTableSize());
        assertEquals(8, limits.maxTableElementsTotal());
        Instance inst = Instance.instantiate(
                wat("(module (table (export \"a\") 4 funcref) (table (export \"b\") 2 funcref))"),
                new Imports(),
                limits);
        assertEquals(-1, inst.table("a").grow(2, null)); // 6 > 5 per table
        assertEquals(4, inst.table("a").grow(1, null));
        assertEquals(2, inst.table("b").grow(1, null)); // 5 + 3 = 8 in total
        assertEquals(-1, inst.table("b").grow(1, null));
        assertThrows(
                LinkError.class, () -> Instance.instantiate(wat("(module (table 6 funcref))"), new Imports(), limits));
        assertThrows(
                LinkError.class,
                () -> Instance.instantiate(wat("(module (table 5 funcref) (table 5 funcref))"), new Imports(), limits));
        assertThrows(IllegalArgumentException.class, () -> new InstanceLimits().maxTableSize(-1));
        assertThrows(IllegalArgumentException.class, () -> new InstanceLimits().maxTableElementsTotal(-1));
    }

    @Test
    void callDepthLimitCountsHostReentry() {
        InstanceLimits limits = new InstanceLimits().maxCallDepth(100);
        assertEquals(100, limits.maxCallDepth());
        Module m = wat("(module (import \"h\" \"cb\" (func $cb (param i32) (result i32)))"
                + " (func $down (export \"down\") (param i32) (result i32)"
                + "   (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))"
                + "     (else (i32.add (i32.const 1) (call $cb (i32.sub (local.get 0) (i32.const 1))))))))");
        Instance[] self = new Instance[1];
        Imports imports = new Imports()
                .function(
                        "h",
                        "cb",
                        I32_TO_I32,
                        c -> c.setI32(0, (Integer) self[0].function("down").apply(c.i32(0))));
        self[0] = Instance.instantiate(m, imports, limits);
        assertEquals(90, self[0].function("down").apply(90));
        // each level is one wasm frame and one host call: 150 levels exceed the depth of 100 (but not the 200
        // nested host calls the engine allows for the sake of Java's stack)
        Trap t = assertThrows(Trap.class, () -> self[0].function("down").apply(150));
        assertEquals(TrapKind.CALL_STACK_EXHAUSTED, t.kind());
        Instance plain = Instance.instantiate(
                wat("(module (func $r (export \"r\") (param i32) (result i32)"
                        + " (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))"
                        + " (else (call $r (i32.sub (local.get 0) (i32.const 1)))))))"),
                new Imports(),
                limits);
        assertEquals(0, plain.function("r").apply(90));
        assertEquals(
                TrapKind.CALL_STACK_EXHAUSTED,
                assertThrows(Trap.class, () -> plain.function("r").apply(150)).kind());
        assertThrows(IllegalArgumentException.class, () -> new InstanceLimits().maxCallDepth(0));
    }

    @Test
    void fuelIsSharedByEveryCallAndCanBeTopped() {
        Module m = wat(
                "(module (func (export \"spin\") (param i32) (local i32)"
                        + " (loop $l (local.set 1 (i32.add (local.get 1) (i32.const 1))) (br_if $l (i32.lt_u (local.get 1) (local.get 0))))))");
        InstanceLimits limits = new InstanceLimits().fuel(10_000);
        assertEquals(10_000, limits.fuel());
        Instance inst = Instance.instantiate(m, new Imports(), limits);
        assertEquals(10_000, inst.fuel());
        inst.function("spin").apply(3000);
        long left = inst.fuel();
        assertTrue(left > 6000 && left < 7100, "left: " + left);
        inst.function("spin").apply(3000);
        assertTrue(inst.fuel() < left - 2900, "left: " + inst.fuel());
        Trap t = assertThrows(Trap.class, () -> inst.function("spin").apply(10_000));
        assertEquals(TrapKind.OUT_OF_FUEL, t.kind());
        assertEquals("out of fuel", t.getMessage());
        assertEquals(0, inst.fuel());
        inst.addFuel(20_000);
        inst.function("spin").apply(10_000);
        assertTrue(inst.fuel() > 9000, "left: " + inst.fuel());
        Instance unlimited = Instance.instantiate(m, new Imports());
        assertEquals(-1, unlimited.fuel());
        assertThrows(IllegalStateException.class, () -> unlimited.addFuel(1));
        assertThrows(IllegalArgumentException.class, () -> inst.addFuel(-1));
        assertThrows(IllegalArgumentException.class, () -> new InstanceLimits().fuel(-2));
    }

    @Test
    void importsFromAnotherInstanceAreShared() {
        Instance a = Instance.instantiate(
                wat("(module (memory (export \"mem\") 1) (global (export \"g\") (mut i32) (i32.const 1))"
                        + " (table (export \"tab\") 2 funcref) (func (export \"seven\") (result i32) (i32.const 7)))"),
                new Imports());
        Instance b = Instance.instantiate(
                wat(
                        "(module (import \"a\" \"mem\" (memory 1)) (import \"a\" \"g\" (global (mut i32)))"
                                + " (import \"a\" \"tab\" (table 2 funcref)) (import \"a\" \"seven\" (func $s (result i32)))"
                                + " (export \"mem\" (memory 0)) (export \"seven\" (func $s))"
                                + " (func (export \"poke\") (i32.store (i32.const 8) (call $s)) (global.set 0 (i32.const 5))))"),
                new Imports().instance("a", a));
        b.function("poke").apply();
        assertEquals(7, a.memory("mem").readI32(8));
        assertEquals(5, a.global("g").get().asI32());
        assertSame(a.memory("mem"), b.memory("mem"));
        assertSame(a.function("seven"), b.function("seven"));
    }
}
