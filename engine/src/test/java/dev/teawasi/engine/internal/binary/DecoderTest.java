package dev.teawasi.engine.internal.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.model.ConstExpr;
import dev.teawasi.engine.internal.model.ExternKind;
import dev.teawasi.engine.internal.model.FunctionBody;
import dev.teawasi.engine.internal.model.Limits;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.model.SegmentMode;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.runtime.WasmModule;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the decoder puts into the module model, and how it treats custom and name sections. */
class DecoderTest {
    static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    static byte[] module(int... sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00));
        out.writeBytes(bytes(sections));
        return out.toByteArray();
    }

    @Test
    void decodesEverySectionIntoTheModel() {
        WasmModule wm = WasmModule.compile(Wat.toWasm("(module"
                + " (import \"env\" \"f\" (func $f (param i32) (result i64)))"
                + " (import \"env\" \"t\" (table 1 2 funcref))"
                + " (import \"env\" \"m\" (memory 1))"
                + " (import \"env\" \"g\" (global $g i32))"
                + " (table 3 externref)"
                + " (global (mut f64) (f64.const -0))"
                + " (global i32 (global.get $g))"
                + " (func $h (param i32) (local i64 i64 f32) (nop))"
                + " (func $s)"
                + " (start $s)"
                + " (export \"h\" (func $h)) (export \"mem\" (memory 0))"
                + " (elem (table 0) (i32.const 0) func $h $s)"
                + " (elem $p funcref (ref.null func) (ref.func $h))"
                + " (elem declare func $s)"
                + " (data (i32.const 8) \"abc\") (data $d \"xy\")"
                + " (func (data.drop $d) (elem.drop $p)))"));
        Module m = wm.module();
        assertEquals(4, m.imports.length);
        assertEquals(1, m.importedFuncCount);
        assertEquals(4, m.functionCount());
        assertEquals("(func (param i32) (result i64))", m.funcType(0).toString());
        assertEquals(2, m.tables.length);
        assertEquals(1, m.importedTableCount);
        assertEquals(ValType.EXTERNREF, m.tables[1].elemType);
        assertEquals(2, m.tables[0].limits.max);
        assertEquals(Limits.NO_MAX, m.memories[0].limits.max);
        assertEquals(3, m.globals.length);
        assertTrue(m.globals[1].mutable);
        assertEquals(ConstExpr.F64_CONST, m.globalInits[0].kind);
        assertEquals(0x8000000000000000L, m.globalInits[0].bits);
        assertEquals(ConstExpr.GLOBAL_GET, m.globalInits[1].kind);
        assertEquals(0, m.globalInits[1].index);
        assertEquals(2, m.startFunction);
        assertEquals("h", m.exports[0].name);
        assertEquals(ExternKind.MEMORY, m.exports[1].kind);
        assertEquals(3, m.elements.length);
        assertEquals(SegmentMode.ACTIVE, m.elements[0].mode);
        assertEquals(2, m.elements[0].items.length);
        assertEquals(ConstExpr.REF_FUNC, m.elements[0].items[1].kind);
        assertEquals(2, m.elements[0].items[1].index);
        assertEquals(SegmentMode.PASSIVE, m.elements[1].mode);
        assertEquals(ConstExpr.REF_NULL, m.elements[1].items[0].kind);
        assertEquals(SegmentMode.DECLARATIVE, m.elements[2].mode);
        assertEquals(2, m.data.length);
        assertEquals(2, m.dataCount);
        assertEquals("abc", new String(m.dataBytes(0), StandardCharsets.UTF_8));
        assertEquals(8, m.data[0].offset.bits);
        assertEquals(SegmentMode.PASSIVE, m.data[1].mode);
        FunctionBody h = m.body(1);
        assertEquals(3, h.localCount);
        assertArrayEquals(bytes(0x7E, 0x7E, 0x7D), LocalDeclarations.expand(m.bytes, h));
        assertEquals(0x01, m.bytes[h.codeStart]); // nop
        assertNull(m.body(0));
        assertArrayEquals(new String[] {"env", "f", "func"}, wm.imports()[0]);
        assertArrayEquals(new String[] {"mem", "memory"}, wm.exports()[1]);
        assertEquals(m.funcType(0), wm.importedFunctionType(0));
        assertNull(wm.importedFunctionType(1));
    }

    @Test
    void keepsCustomSectionsAndFunctionNames() {
        // custom "x" with junk content, then a name section: module name "m", function 0 named "f", local 0 "a"
        byte[] b = module(
                0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x04, 0x01, 0x02, 0x00, 0x0B, 0x00,
                0x04, 0x01, 'x', 0xFF, 0xFE, 0x00, 0x17, 0x04, 'n', 'a', 'm', 'e', 0x00, 0x02, 0x01, 'm', 0x01, 0x04,
                0x01, 0x00, 0x01, 'f', 0x02, 0x06, 0x01, 0x00, 0x01, 0x00, 0x01, 'a');
        Module m = WasmModule.compile(b).module();
        assertEquals(2, m.customSections.length);
        assertEquals("x", m.customSections[0].name);
        assertEquals(2, m.customSections[0].contentLength);
        assertEquals("m", m.names.moduleName());
        assertEquals("f", m.names.functionName(0));
        assertEquals("a", m.names.localName(0, 0));
        assertNull(m.names.functionName(1));
    }

    @Test
    void aMalformedNameSectionIsIgnored() {
        byte[] b = module(0x00, 0x08, 0x04, 'n', 'a', 'm', 'e', 0x01, 0x09, 0x01);
        Module m = WasmModule.compile(b).module();
        assertNull(m.names.moduleName());
        assertNull(m.names.functionName(0));
    }

    @Test
    void customSectionsMayAppearAnywhere() {
        byte[] b = module(
                0x00, 0x02, 0x01, 'a', 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x00, 0x01, 0x00, 0x03, 0x02, 0x01, 0x00,
                0x00, 0x01, 0x00, 0x0A, 0x04, 0x01, 0x02, 0x00, 0x0B, 0x00, 0x01, 0x00);
        assertEquals(4, WasmModule.compile(b).module().customSections.length);
    }

    @Test
    void errorsCarryAnOffset() {
        CompileException e = assertThrows(
                CompileException.class, () -> WasmModule.compile(module(0x01, 0x04, 0x01, 0x60, 0x01, 0x7A)));
        assertEquals(13, e.offset());
        assertTrue(e.getMessage().startsWith("malformed value type"), e.getMessage());
        assertThrows(CompileException.class, () -> WasmModule.compile(null));
    }

    @Test
    void hugeCountsFailBeforeAllocating() {
        // type section claiming 2^32-1 types, function body claiming 2^31 br_table targets, element count 2^31
        assertThrows(
                CompileException.class, () -> WasmModule.compile(module(0x01, 0x05, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F)));
        assertThrows(
                CompileException.class,
                () -> WasmModule.compile(module(
                        0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x0B, 0x01, 0x09, 0x00, 0x41,
                        0x00, 0x0E, 0x80, 0x80, 0x80, 0x80, 0x08)));
        assertThrows(
                CompileException.class,
                () -> WasmModule.compile(module(0x09, 0x06, 0x01, 0x01, 0x00, 0x80, 0x80, 0x80)));
    }
}
