package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Memory, Table and Global objects: host-created, exported, shared between instances. */
class MemoryTableGlobalApiTest {
    static Module wat(String text) {
        return Module.compile(Wat.toWasm(text));
    }

    @Test
    void memoryGrowAndSize() {
        Memory m = Memory.create(MemoryType.of(1, 3));
        assertEquals(ExternKind.MEMORY, m.kind());
        assertEquals(1, m.pages());
        assertEquals(65536, m.byteLength());
        assertEquals(MemoryType.of(1, 3), m.type());
        assertEquals(1, m.grow(2));
        assertEquals(-1, m.grow(1));
        assertEquals(-1, m.grow(-1));
        assertEquals(3 * 65536, m.byteLength());
        assertEquals(MemoryType.of(3, 3), m.type());
        assertEquals("memory of 3 pages", m.toString());
        assertThrows(IllegalArgumentException.class, () -> Memory.create(MemoryType.of(40000, -1)));
    }

    @Test
    void memoryTypedAccessIsLittleEndian() {
        Memory m = Memory.create(MemoryType.of(1, -1));
        m.writeI32(0, 0x01020304);
        assertEquals(4, m.readByte(0));
        assertEquals(0x01020304, m.readI32(0));
        m.writeI64(8, 0x0102030405060708L);
        assertEquals(0x0102030405060708L, m.readI64(8));
        assertEquals(8, m.readByte(8));
        m.writeF32(16, 1.5f);
        assertEquals(1.5f, m.readF32(16));
        m.writeF64(24, -2.5);
        assertEquals(-2.5, m.readF64(24));
        m.writeByte(32, (byte) 0xFE);
        assertEquals((byte) 0xFE, m.readByte(32));
        assertEquals(5, m.writeString(40, "héllo".substring(0, 4)));
        assertEquals("héll", m.readString(40, 5));
    }

    @Test
    void memoryBulkAccess() {
        Memory m = Memory.create(MemoryType.of(1, -1));
        m.write(100, new byte[] {1, 2, 3, 4});
        m.write(200, new byte[] {9, 8, 7, 6}, 1, 2);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, m.read(100, 4));
        assertArrayEquals(new byte[] {8, 7}, m.read(200, 2));
        byte[] dst = new byte[6];
        m.read(100, dst, 2, 4);
        assertArrayEquals(new byte[] {0, 0, 1, 2, 3, 4}, dst);
        m.fill(100, 3, (byte) 5);
        assertArrayEquals(new byte[] {5, 5, 5, 4}, m.read(100, 4));
    }

    @Test
    void memoryAccessIsBoundsChecked() {
        Memory m = Memory.create(MemoryType.of(1, -1));
        for (Runnable r : List.<Runnable>of(
                () -> m.readI32(65533),
                () -> m.writeI64(65530, 1),
                () -> m.readByte(65536),
                () -> m.readByte(-1),
                () -> m.read(65000, 1000),
                () -> m.write(-5, new byte[1]),
                () -> m.fill(65535, 2, (byte) 0),
                () -> m.readString(65530, 7),
                () -> m.readF64(65529),
                () -> m.writeF32(65533, 1f),
                () -> m.read(0, -1),
                () -> m.writeByte(70000, (byte) 1))) {
            Trap t = assertThrows(Trap.class, r::run);
            assertEquals(TrapKind.MEMORY_OUT_OF_BOUNDS, t.kind());
            assertEquals("out of bounds memory access", t.getMessage());
        }
        assertThrows(IndexOutOfBoundsException.class, () -> m.read(0, new byte[2], 1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> m.write(0, new byte[2], 1, 2));
        m.readI32(65532); // the last word is in bounds
    }

    @Test
    void memorySharedBetweenInstancesAndGrownByWasm() {
        Memory shared = Memory.create(MemoryType.of(1, 4));
        Module m = wat("(module (import \"env\" \"mem\" (memory 1 4))"
                + " (func (export \"put\") (param i32 i32) (i32.store (local.get 0) (local.get 1)))"
                + " (func (export \"get\") (param i32) (result i32) (i32.load (local.get 0)))"
                + " (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0))))");
        Imports imports = new Imports().define("env", "mem", shared);
        Instance a = Instance.instantiate(m, imports);
        Instance b = Instance.instantiate(m, imports);
        a.function("put").apply(64, 1234);
        assertEquals(1234, b.function("get").apply(64));
        assertEquals(1234, shared.readI32(64));
        assertEquals(1, b.function("grow").apply(1));
        assertEquals(2, shared.pages());
        shared.writeI32(70000, 77);
        assertEquals(77, a.function("get").apply(70000));
    }

    @Test
    void tables() {
        Function f = Function.host(FunctionType.of(List.of(), List.of(ValueType.I32)), c -> c.setI32(0, 42));
        Table t = Table.create(TableType.of(ValueType.FUNCREF, 2, 4), f);
        assertEquals(ExternKind.TABLE, t.kind());
        assertEquals(ValueType.FUNCREF, t.elementType());
        assertEquals(TableType.of(ValueType.FUNCREF, 2, 4), t.type());
        assertEquals(2, t.size());
        assertSame(f, t.get(1));
        t.set(1, null);
        assertNull(t.get(1));
        assertEquals(2, t.grow(1, f));
        assertSame(f, t.get(2));
        assertEquals(-1, t.grow(2, null));
        assertEquals("table of 3 funcref", t.toString());
        assertEquals(
                TrapKind.TABLE_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> t.get(3)).kind());
        assertEquals(
                TrapKind.TABLE_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> t.set(-1, null)).kind());
        assertThrows(IllegalArgumentException.class, () -> t.set(0, "not a function"));
        Table ext = Table.create(TableType.of(ValueType.EXTERNREF, 1, -1), "x");
        assertEquals("x", ext.get(0));
        ext.set(0, 5);
        assertEquals(5, ext.get(0));
        assertThrows(
                IllegalArgumentException.class,
                () -> Table.create(TableType.of(ValueType.FUNCREF, 20_000_000, -1), null));
    }

    @Test
    void tableSharedWithWasm() {
        Function f = Function.host(FunctionType.of(List.of(), List.of(ValueType.I32)), c -> c.setI32(0, 42));
        Table t = Table.create(TableType.of(ValueType.FUNCREF, 2, -1), null);
        t.set(1, f);
        Instance inst = Instance.instantiate(
                wat(
                        "(module (import \"env\" \"t\" (table 2 funcref)) (type $v (func (result i32)))"
                                + " (func $seven (result i32) (i32.const 7)) (elem (i32.const 0) $seven)"
                                + " (func (export \"call\") (param i32) (result i32) (call_indirect (type $v) (local.get 0))))"),
                new Imports().define("env", "t", t));
        assertEquals(42, inst.function("call").apply(1));
        assertEquals(7, inst.function("call").apply(0));
        assertEquals(7, ((Function) t.get(0)).apply());
        t.set(1, t.get(0));
        assertEquals(7, inst.function("call").apply(1));
    }

    @Test
    void globals() {
        Global g = Global.create(GlobalType.of(ValueType.I64, true), Value.i64(5));
        assertEquals(ExternKind.GLOBAL, g.kind());
        assertEquals(GlobalType.of(ValueType.I64, true), g.type());
        assertEquals(Value.i64(5), g.get());
        g.set(Value.i64(6));
        assertEquals(6, g.get().asI64());
        assertEquals("global (mut i64) = i64:6", g.toString());
        assertThrows(IllegalArgumentException.class, () -> g.set(Value.i32(1)));
        assertThrows(IllegalArgumentException.class, () -> g.set(null));
        Global c = Global.create(GlobalType.of(ValueType.F32, false), Value.f32(1));
        assertThrows(IllegalStateException.class, () -> c.set(Value.f32(2)));
        assertThrows(
                IllegalArgumentException.class, () -> Global.create(GlobalType.of(ValueType.I32, false), Value.i64(1)));
        Global r = Global.create(GlobalType.of(ValueType.EXTERNREF, true), Value.externref("x"));
        assertEquals("x", r.get().asExternref());
    }

    @Test
    void globalSharedWithWasm() {
        Global g = Global.create(GlobalType.of(ValueType.I32, true), Value.i32(1));
        Instance inst = Instance.instantiate(
                wat("(module (import \"env\" \"g\" (global $g (mut i32)))"
                        + " (func (export \"inc\") (global.set $g (i32.add (global.get $g) (i32.const 1)))))"),
                new Imports().define("env", "g", g));
        inst.function("inc").apply();
        inst.function("inc").apply();
        assertEquals(3, g.get().asI32());
        g.set(Value.i32(10));
        inst.function("inc").apply();
        assertEquals(11, g.get().asI32());
    }

    @Test
    void importsDefineReplaceAndTrapUnknownFunctions() {
        Module m = wat(
                "(module (import \"env\" \"used\" (func $u (result i32))) (import \"env\" \"unused\" (func $n (param i32)))"
                        + " (func (export \"ok\") (result i32) (call $u)) (func (export \"bad\") (call $n (i32.const 1))))");
        Imports imports = new Imports()
                .function("env", "used", FunctionType.of(List.of(), List.of(ValueType.I32)), c -> c.setI32(0, 1))
                .function("env", "used", FunctionType.of(List.of(), List.of(ValueType.I32)), c -> c.setI32(0, 2));
        assertThrows(LinkError.class, () -> Instance.instantiate(m, imports));
        Instance inst = Instance.instantiate(m, imports.trapUnknownFunctions());
        assertEquals(2, inst.function("ok").apply()); // the later definition replaced the first
        Trap t = assertThrows(Trap.class, () -> inst.function("bad").apply());
        assertEquals(TrapKind.UNREACHABLE, t.kind());
        assertEquals("unreachable: called the unknown import env.unused (linked to trap)", t.getMessage());
        assertEquals(List.of("func[3] at +0x2"), t.wasmStackTrace());
        assertThrows(
                LinkError.class,
                () -> Instance.instantiate(
                        wat("(module (import \"env\" \"m\" (memory 1)))"), new Imports().trapUnknownFunctions()));
        assertThrows(IllegalArgumentException.class, () -> new Imports().define("a", null, g()));
    }

    private static Global g() {
        return Global.create(GlobalType.of(ValueType.I32, false), Value.i32(0));
    }
}
