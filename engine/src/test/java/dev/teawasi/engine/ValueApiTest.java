package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Value: factories, typed accessors, exact float bits. */
class ValueApiTest {
    @Test
    void numbers() {
        assertEquals(-7, Value.i32(-7).asI32());
        assertEquals(ValueType.I32, Value.i32(1).type());
        assertEquals(Long.MIN_VALUE, Value.i64(Long.MIN_VALUE).asI64());
        assertEquals(1.5f, Value.f32(1.5f).asF32());
        assertEquals(Float.floatToRawIntBits(1.5f), Value.f32(1.5f).asF32Bits());
        assertEquals(2.25, Value.f64(2.25).asF64());
        assertEquals(Double.doubleToRawLongBits(2.25), Value.f64(2.25).asF64Bits());
    }

    @Test
    void nanPayloadsSurvive() {
        assertEquals(0x7fa00001, Value.f32Bits(0x7fa00001).asF32Bits());
        assertEquals(0x7ff4000000000001L, Value.f64Bits(0x7ff4000000000001L).asF64Bits());
    }

    @Test
    void references() {
        Object o = new Object();
        assertSame(o, Value.externref(o).asExternref());
        assertNull(Value.externref(null).asExternref());
        assertNull(Value.funcref(null).asFuncref());
        Function f = Function.host(FunctionType.of(new ValueType[0], new ValueType[0]), c -> {});
        assertSame(f, Value.funcref(f).asFuncref());
        assertEquals(ValueType.FUNCREF, Value.funcref(f).type());
    }

    @Test
    void zeroOfEveryType() {
        assertEquals(Value.i32(0), Value.zero(ValueType.I32));
        assertEquals(Value.i64(0), Value.zero(ValueType.I64));
        assertEquals(Value.f32Bits(0), Value.zero(ValueType.F32));
        assertEquals(Value.f64Bits(0), Value.zero(ValueType.F64));
        assertNull(Value.zero(ValueType.FUNCREF).asFuncref());
        assertNull(Value.zero(ValueType.EXTERNREF).asExternref());
        assertThrows(IllegalArgumentException.class, () -> Value.zero(ValueType.V128));
    }

    @Test
    void wrongAccessorThrows() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> Value.i32(1).asI64());
        assertEquals("the value is i32, not i64", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Value.f32(1).asF64());
        assertThrows(IllegalStateException.class, () -> Value.i64(1).asF32Bits());
        assertThrows(IllegalStateException.class, () -> Value.f64(1).asI32());
        assertThrows(IllegalStateException.class, () -> Value.externref(null).asFuncref());
        assertThrows(IllegalStateException.class, () -> Value.funcref(null).asExternref());
        assertThrows(IllegalStateException.class, () -> Value.i32(0).asF32());
    }

    @Test
    void equalityAndText() {
        assertEquals(Value.i32(3), Value.i32(3));
        assertEquals(Value.i32(3).hashCode(), Value.i32(3).hashCode());
        assertNotEquals(Value.i32(3), Value.i64(3));
        assertNotEquals(Value.i32(3), "i32:3");
        assertEquals("i32:3", Value.i32(3).toString());
        assertEquals("i64:-1", Value.i64(-1).toString());
        assertEquals("f32:1.5", Value.f32(1.5f).toString());
        assertEquals("f64:0.25", Value.f64(0.25).toString());
        assertEquals("externref:null", Value.externref(null).toString());
    }
}
