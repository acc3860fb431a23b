package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Module: compile, validate, import and export descriptors, custom sections. */
class ModuleApiTest {
    static final String DESCRIBED = "(module"
            + " (import \"env\" \"f\" (func (param i32 f64) (result i64)))"
            + " (import \"env\" \"t\" (table 2 10 funcref))"
            + " (import \"env\" \"m\" (memory 1 3))"
            + " (import \"env\" \"g\" (global (mut f32)))"
            + " (func (export \"e\") (param externref) (result funcref) (ref.null func))"
            + " (table (export \"tab\") 4 externref)"
            + " (global (export \"c\") i64 (i64.const 5))"
            + " (export \"mem\" (memory 0)))";

    @Test
    void importsDescribeModuleNameKindAndType() {
        Module m = Module.compile(Wat.toWasm(DESCRIBED));
        List<ModuleImport> in = m.imports();
        assertEquals(4, in.size());
        assertEquals("env", in.get(0).module());
        assertEquals("f", in.get(0).name());
        assertEquals(ExternKind.FUNCTION, in.get(0).kind());
        assertEquals(
                FunctionType.of(new ValueType[] {ValueType.I32, ValueType.F64}, new ValueType[] {ValueType.I64}),
                in.get(0).type());
        assertEquals(TableType.of(ValueType.FUNCREF, 2, 10), in.get(1).type());
        assertEquals(ExternKind.TABLE, in.get(1).kind());
        assertEquals(MemoryType.of(1, 3), in.get(2).type());
        assertEquals(ExternKind.MEMORY, in.get(2).kind());
        assertEquals(GlobalType.of(ValueType.F32, true), in.get(3).type());
        assertEquals(ExternKind.GLOBAL, in.get(3).kind());
        assertEquals("env.f: (func (param i32 f64) (result i64))", in.get(0).toString());
        assertThrows(UnsupportedOperationException.class, () -> in.remove(0));
    }

    @Test
    void exportsDescribeNameKindAndType() {
        Module m = Module.compile(Wat.toWasm(DESCRIBED));
        List<ModuleExport> out = m.exports();
        assertEquals(4, out.size());
        assertEquals("e", out.get(0).name());
        assertEquals(ExternKind.FUNCTION, out.get(0).kind());
        assertEquals(
                FunctionType.of(List.of(ValueType.EXTERNREF), List.of(ValueType.FUNCREF)),
                out.get(0).type());
        assertEquals(TableType.of(ValueType.EXTERNREF, 4, -1), out.get(1).type());
        assertEquals(GlobalType.of(ValueType.I64, false), out.get(2).type());
        assertEquals(MemoryType.of(1, 3), out.get(3).type());
        assertEquals("mem: (memory 1 3)", out.get(3).toString());
        assertThrows(UnsupportedOperationException.class, () -> out.clear());
    }

    /** A module with two custom sections named "meta" and one "other" (appended by hand: wat has no syntax). */
    static byte[] withCustomSections() {
        byte[] base = Wat.toWasm("(module)");
        byte[] a = custom("meta", new byte[] {1, 2, 3});
        byte[] b = custom("other", new byte[] {9});
        byte[] c = custom("meta", new byte[0]);
        byte[] out = new byte[base.length + a.length + b.length + c.length];
        System.arraycopy(base, 0, out, 0, base.length);
        System.arraycopy(a, 0, out, base.length, a.length);
        System.arraycopy(b, 0, out, base.length + a.length, b.length);
        System.arraycopy(c, 0, out, base.length + a.length + b.length, c.length);
        return out;
    }

    private static byte[] custom(String name, byte[] content) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int size = 1 + n.length + content.length;
        byte[] out = new byte[2 + size];
        out[0] = 0;
        out[1] = (byte) size;
        out[2] = (byte) n.length;
        System.arraycopy(n, 0, out, 3, n.length);
        System.arraycopy(content, 0, out, 3 + n.length, content.length);
        return out;
    }

    @Test
    void customSectionsByNameInOrder() {
        Module m = Module.compile(withCustomSections());
        assertEquals(List.of("meta", "other", "meta"), m.customSectionNames());
        List<byte[]> meta = m.customSections("meta");
        assertEquals(2, meta.size());
        assertArrayEquals(new byte[] {1, 2, 3}, meta.get(0));
        assertArrayEquals(new byte[0], meta.get(1));
        assertEquals(0, m.customSections("none").size());
        meta.get(0)[0] = 42; // a copy: the module is not changed
        assertEquals(1, m.customSections("meta").get(0)[0]);
    }

    @Test
    void compileErrorsSayWhatAndWhere() {
        CompileError bad =
                assertThrows(CompileError.class, () -> Module.compile(new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0}));
        assertEquals(4, bad.offset());
        assertTrue(bad.getMessage().contains("version"), bad.getMessage());
        CompileError invalid = assertThrows(
                CompileError.class, () -> Module.compile(Wat.toWasm("(module (func (result i32) (i64.const 1)))")));
        assertTrue(invalid.getMessage().contains("type mismatch"), invalid.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Module.compile(null));
    }

    @Test
    void validateAnswersWithoutThrowing() {
        assertTrue(Module.validate(Wat.toWasm("(module (func))")));
        assertFalse(Module.validate(new byte[] {1, 2, 3}));
        assertFalse(Module.validate(Wat.toWasm("(module (func (result i32)))")));
    }

    @Test
    void theCallersArrayIsCopied() {
        byte[] bytes = Wat.toWasm("(module (func (export \"f\") (result i32) (i32.const 7)))");
        Module m = Module.compile(bytes);
        java.util.Arrays.fill(bytes, (byte) 0);
        assertEquals(7, Instance.instantiate(m, new Imports()).function("f").apply());
    }
}
