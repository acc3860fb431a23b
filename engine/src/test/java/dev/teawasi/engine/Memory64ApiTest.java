package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 64-bit memories and tables (memory64) through the embedding API: types, host objects, imports and exports. */
class Memory64ApiTest {
    /**
     * Made by wast2json3 (Debian's wat2wasm has no 64-bit tables) from: (module (import "env" "mem" (memory i64 1 8))
     * (import "env" "tab" (table i64 2 funcref)) (type $r (func (result i32)))
     * (func (export "load") (param i64) (result i32) (i32.load (local.get 0)))
     * (func (export "store") (param i64 i32) (i32.store (local.get 0) (local.get 1)))
     * (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
     * (func (export "size") (result i64) (memory.size))
     * (func (export "call") (param i64) (result i32) (call_indirect (type $r) (local.get 0)))
     * (memory (export "own") i64 1 0x1_0000_0000_0000) (table (export "own_table") i64 1 0xffff_ffff_ffff funcref))
     */
    private static final String MODULE_HEX =
            "0061736d01000000019880808000056000017f60017e017f60027e7f0060017e017e6000017e0299808080000203656e"
                    + "76036d656d0205010803656e760374616201700402038680808000050102030401048b8080800001700501ffffffffff"
                    + "ff3f058a808080000105018080808080804007b78080800007046c6f616400000573746f726500010467726f77000204"
                    + "73697a6500030463616c6c0004036f776e0201096f776e5f7461626c6501010abb808080000587808080000020002802"
                    + "000b898080800000200020013602000b868080800000200040000b8480808000003f000b87808080000020001100000b";

    private static Module module() {
        byte[] bytes = new byte[MODULE_HEX.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(MODULE_HEX.substring(2 * i, 2 * i + 2), 16);
        }
        return Module.compile(bytes);
    }

    @Test
    void typesCarryTheAddressType() {
        MemoryType m64 = MemoryType.of64(1, 0x1_0000_0000_0000L);
        assertTrue(m64.is64());
        assertFalse(MemoryType.of(1, 2).is64());
        assertNotEquals(MemoryType.of(1, 2), MemoryType.of64(1, 2));
        assertEquals(MemoryType.of64(1, 2), MemoryType.of64(1, 2));
        assertEquals("(memory i64 1 281474976710656)", m64.toString());
        assertThrows(IllegalArgumentException.class, () -> MemoryType.of(1, 65537));
        assertThrows(IllegalArgumentException.class, () -> MemoryType.of64(1, (1L << 48) + 1));
        assertThrows(IllegalArgumentException.class, () -> MemoryType.of64(3, 2));
        TableType t64 = TableType.of64(ValueType.FUNCREF, 0, 0x1_0000_0000L);
        assertTrue(t64.is64());
        assertEquals("(table i64 0 4294967296 funcref)", t64.toString());
        assertNotEquals(TableType.of(ValueType.FUNCREF, 0, 5), TableType.of64(ValueType.FUNCREF, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> TableType.of(ValueType.FUNCREF, 0, 0x1_0000_0000L));
    }

    @Test
    void moduleReportsItsImportAndExportTypes() {
        Module m = module();
        assertEquals(MemoryType.of64(1, 8), m.imports().get(0).type());
        assertEquals(
                TableType.of64(ValueType.FUNCREF, 2, -1), m.imports().get(1).type());
        assertEquals(MemoryType.of64(1, 1L << 48), exportType(m, "own"));
        assertEquals(TableType.of64(ValueType.FUNCREF, 1, 0xffff_ffff_ffffL), exportType(m, "own_table"));
    }

    @Test
    void hostMemoryAndTableRunAModule() {
        Memory mem = Memory.create(MemoryType.of64(1, 8));
        Function seven = Function.host(FunctionType.of(List.of(), List.of(ValueType.I32)), c -> c.setI32(0, 7));
        Table tab = Table.create(TableType.of64(ValueType.FUNCREF, 2, -1), seven);
        assertEquals(MemoryType.of64(1, 8), mem.type());
        assertEquals(TableType.of64(ValueType.FUNCREF, 2, -1), tab.type());
        Instance inst = Instance.instantiate(
                module(), new Imports().define("env", "mem", mem).define("env", "tab", tab));
        mem.writeI32(100, 0x12345678); // the host addresses a 64-bit memory with int addresses, as a 32-bit one
        assertEquals(0x12345678, inst.function("load").apply(100L));
        inst.function("store").apply(65532L, -3);
        assertEquals(-3, mem.readI32(65532));
        Trap t = assertThrows(Trap.class, () -> inst.function("load").apply(0x1_0000_0000L));
        assertEquals(TrapKind.MEMORY_OUT_OF_BOUNDS, t.kind());
        assertEquals(1L, inst.function("grow").apply(2L));
        assertEquals(3, mem.pages());
        assertEquals(3L, inst.function("size").apply());
        assertEquals(-1L, inst.function("grow").apply(1L << 40));
        assertEquals(7, inst.function("call").apply(1L));
        assertEquals(
                TrapKind.UNDEFINED_ELEMENT,
                assertThrows(Trap.class, () -> inst.function("call").apply(-1L)).kind());
        Memory own = inst.memory("own");
        assertSame(own, inst.memory("own"));
        assertEquals(MemoryType.of64(1, 1L << 48), own.type());
        assertEquals(
                TableType.of64(ValueType.FUNCREF, 1, 0xffff_ffff_ffffL),
                inst.table("own_table").type());
    }

    @Test
    void importsMatchTheAddressType() {
        Module m = module();
        Function seven = Function.host(FunctionType.of(List.of(), List.of(ValueType.I32)), c -> c.setI32(0, 7));
        Table tab = Table.create(TableType.of64(ValueType.FUNCREF, 2, -1), seven);
        Memory mem32 = Memory.create(MemoryType.of(1, 8));
        LinkError e = assertThrows(
                LinkError.class,
                () -> Instance.instantiate(
                        m, new Imports().define("env", "mem", mem32).define("env", "tab", tab)));
        assertTrue(
                e.getMessage().contains("incompatible import type: env.mem must be a memory (memory i64 1 8)"),
                e.getMessage());
        Table tab32 = Table.create(TableType.of(ValueType.FUNCREF, 2, -1), seven);
        Memory mem = Memory.create(MemoryType.of64(1, 8));
        assertThrows(
                LinkError.class,
                () -> Instance.instantiate(
                        m, new Imports().define("env", "mem", mem).define("env", "tab", tab32)));
    }

    private static ExternType exportType(Module m, String name) {
        for (ModuleExport e : m.exports()) {
            if (e.name().equals(name)) {
                return e.type();
            }
        }
        throw new AssertionError("no export " + name);
    }
}
