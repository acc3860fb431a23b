package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ValueType, ExternKind, FunctionType, MemoryType, TableType, GlobalType. */
class TypesApiTest {
    @Test
    void valueTypes() {
        assertEquals(
                "i32 i64 f32 f64 v128 funcref externref",
                String.join(
                        " ",
                        Arrays.stream(ValueType.values())
                                .map(ValueType::toString)
                                .toArray(String[]::new)));
        assertTrue(ValueType.FUNCREF.isReference());
        assertTrue(ValueType.EXTERNREF.isReference());
        assertFalse(ValueType.I32.isReference());
        assertEquals(ValueType.F64, ValueType.valueOf("F64"));
    }

    @Test
    void externKinds() {
        assertEquals(
                "func table memory global tag",
                String.join(
                        " ",
                        Arrays.stream(ExternKind.values())
                                .map(ExternKind::toString)
                                .toArray(String[]::new)));
    }

    @Test
    void functionTypes() {
        FunctionType t = FunctionType.of(List.of(ValueType.I32, ValueType.I64), List.of(ValueType.F32));
        assertEquals(List.of(ValueType.I32, ValueType.I64), t.params());
        assertEquals(List.of(ValueType.F32), t.results());
        assertEquals(ExternKind.FUNCTION, t.kind());
        assertEquals("(func (param i32 i64) (result f32))", t.toString());
        FunctionType same =
                FunctionType.of(new ValueType[] {ValueType.I32, ValueType.I64}, new ValueType[] {ValueType.F32});
        assertEquals(t, same);
        assertEquals(t.hashCode(), same.hashCode());
        assertNotEquals(t, FunctionType.of(List.of(), List.of()));
        assertEquals("(func)", FunctionType.of(List.of(), List.of()).toString());
        assertThrows(UnsupportedOperationException.class, () -> t.params().add(ValueType.I32));
        assertThrows(
                IllegalArgumentException.class, () -> FunctionType.of(Arrays.asList(ValueType.I32, null), List.of()));
        assertThrows(IllegalArgumentException.class, () -> FunctionType.of(List.of(), Arrays.asList((ValueType) null)));
    }

    @Test
    void memoryTypes() {
        MemoryType m = MemoryType.of(1, 10);
        assertEquals(1, m.minimum());
        assertEquals(10, m.maximum());
        assertEquals(ExternKind.MEMORY, m.kind());
        assertEquals("(memory 1 10)", m.toString());
        assertEquals("(memory 2)", MemoryType.of(2, -1).toString());
        assertEquals(m, MemoryType.of(1, 10));
        assertEquals(m.hashCode(), MemoryType.of(1, 10).hashCode());
        assertNotEquals(m, MemoryType.of(1, -1));
        assertThrows(IllegalArgumentException.class, () -> MemoryType.of(2, 1));
        assertThrows(IllegalArgumentException.class, () -> MemoryType.of(-1, -1));
        assertThrows(IllegalArgumentException.class, () -> MemoryType.of(65537, -1));
    }

    @Test
    void tableTypes() {
        TableType t = TableType.of(ValueType.FUNCREF, 1, 5);
        assertEquals(ValueType.FUNCREF, t.elementType());
        assertEquals(1, t.minimum());
        assertEquals(5, t.maximum());
        assertEquals(ExternKind.TABLE, t.kind());
        assertEquals("(table 1 5 funcref)", t.toString());
        assertEquals(t, TableType.of(ValueType.FUNCREF, 1, 5));
        assertEquals(t.hashCode(), TableType.of(ValueType.FUNCREF, 1, 5).hashCode());
        assertNotEquals(t, TableType.of(ValueType.EXTERNREF, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> TableType.of(ValueType.I32, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> TableType.of(ValueType.FUNCREF, 6, 5));
        assertThrows(IllegalArgumentException.class, () -> TableType.of(null, 0, -1));
    }

    @Test
    void globalTypes() {
        GlobalType g = GlobalType.of(ValueType.I64, true);
        assertEquals(ValueType.I64, g.valueType());
        assertTrue(g.mutable());
        assertEquals(ExternKind.GLOBAL, g.kind());
        assertEquals("(mut i64)", g.toString());
        assertEquals("f32", GlobalType.of(ValueType.F32, false).toString());
        assertEquals(g, GlobalType.of(ValueType.I64, true));
        assertEquals(g.hashCode(), GlobalType.of(ValueType.I64, true).hashCode());
        assertNotEquals(g, GlobalType.of(ValueType.I64, false));
        assertThrows(IllegalArgumentException.class, () -> GlobalType.of(ValueType.V128, false));
        assertThrows(IllegalArgumentException.class, () -> GlobalType.of(null, false));
    }
}
