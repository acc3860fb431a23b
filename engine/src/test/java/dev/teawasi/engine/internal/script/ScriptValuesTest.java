package dev.teawasi.engine.internal.script;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.store.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptValuesTest {
    private static Map<String, Object> v(String type, String value) {
        return Map.of("type", type, "value", value);
    }

    @Test
    void parsesUnsignedDecimalToBitPatterns() {
        assertEquals(-1L, ScriptValues.parseUnsigned("18446744073709551615"));
        assertEquals(Long.MIN_VALUE, ScriptValues.parseUnsigned("9223372036854775808"));
        assertEquals(4294967295L, ScriptValues.parseUnsigned("4294967295"));
        assertEquals(0L, ScriptValues.parseUnsigned("0"));
        assertEquals(-5L, ScriptValues.parseUnsigned("-5"));
        for (String bad : new String[] {"", "-", "1x", "0x10", "123456789012345678901"}) {
            assertThrows(ScriptException.class, () -> ScriptValues.parseUnsigned(bad), bad);
        }
    }

    @Test
    void argumentsKeepExactBits() {
        assertEquals(-1, ScriptValues.argument(v("i32", "4294967295")).asI32());
        assertEquals(
                -1L, ScriptValues.argument(v("i64", "18446744073709551615")).asI64());
        assertEquals(0x7fa00001, ScriptValues.argument(v("f32", "2141192193")).f32Bits(), "signalling NaN kept");
        assertEquals(
                0xfff0000000000001L,
                ScriptValues.argument(v("f64", "18442240474082181121")).f64Bits());
        assertNull(ScriptValues.argument(v("externref", "null")).ref);
        assertEquals(new HostRef(3), ScriptValues.argument(v("externref", "3")).ref);
        assertEquals(ValType.FUNCREF, ScriptValues.argument(v("funcref", "null")).type);
        assertThrows(ScriptValues.Unsupported.class, () -> ScriptValues.argument(v("v999", "0")));
    }

    @Test
    void v128LanesOfEveryShape() {
        Map<String, Object> i16 = v128("i16", "1", "65535", "3", "4", "5", "6", "7", "32768");
        assertArrayEquals(
                new int[] {0xFFFF0001, 0x00040003, 0x00060005, 0x80000007},
                ScriptValues.argument(i16).v128Words());
        Map<String, Object> i64 = v128("i64", "18446744073709551615", "2");
        assertArrayEquals(new int[] {-1, -1, 2, 0}, ScriptValues.argument(i64).v128Words());
        assertNull(ScriptValues.mismatch(i16, Value.v128(new int[] {0xFFFF0001, 0x00040003, 0x00060005, 0x80000007})));
        assertNotNull(ScriptValues.mismatch(i16, Value.v128(new int[] {0xFFFF0001, 0x00040003, 0x00060005, 7})));
        Map<String, Object> f32 = v128("f32", "nan:canonical", "nan:arithmetic", "0", "2147483648");
        assertNull(ScriptValues.mismatch(f32, Value.v128(new int[] {0xFFC00000, 0x7FC00001, 0, 0x80000000})));
        assertNotNull(
                ScriptValues.mismatch(f32, Value.v128(new int[] {0x7FC00001, 0x7FC00001, 0, 0x80000000})),
                "lane 0 is not canonical");
        assertNotNull(
                ScriptValues.mismatch(v128("f64", "nan:arithmetic", "0"), Value.v128(new int[] {0, 0x7FF40000, 0, 0})),
                "a signalling f64 NaN is not arithmetic");
    }

    private static Map<String, Object> v128(String laneType, String... lanes) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "v128");
        m.put("lane_type", laneType);
        m.put("value", new ArrayList<Object>(Arrays.asList(lanes)));
        return m;
    }

    @Test
    void comparesFloatsByBitsAndNanClasses() {
        assertNull(ScriptValues.mismatch(v("f32", "2143289344"), Value.f32Bits(0x7fc00000)));
        assertNotNull(ScriptValues.mismatch(v("f32", "2143289344"), Value.f32Bits(0xffc00000)), "sign differs");
        assertNotNull(ScriptValues.mismatch(v("f32", "0"), Value.f32Bits(0x80000000)), "-0 is not +0");
        assertNull(ScriptValues.mismatch(v("f32", "nan:canonical"), Value.f32Bits(0xffc00000)));
        assertNotNull(ScriptValues.mismatch(v("f32", "nan:canonical"), Value.f32Bits(0x7fc00001)));
        assertNull(ScriptValues.mismatch(v("f32", "nan:arithmetic"), Value.f32Bits(0x7fc00001)));
        assertNotNull(ScriptValues.mismatch(v("f32", "nan:arithmetic"), Value.f32Bits(0x7fa00000)), "signalling");
        assertNull(ScriptValues.mismatch(v("f64", "nan:canonical"), Value.f64Bits(0xfff8000000000000L)));
        assertNotNull(ScriptValues.mismatch(v("f64", "nan:canonical"), Value.f64Bits(0x7ff8000000000001L)));
        assertNull(ScriptValues.mismatch(v("f64", "nan:arithmetic"), Value.f64Bits(0x7ffc000000000000L)));
        assertNotNull(ScriptValues.mismatch(v("f64", "nan:arithmetic"), Value.f64Bits(0x7ff0000000000001L)));
    }

    @Test
    void comparesTypesIntegersAndRefs() {
        assertNull(ScriptValues.mismatch(v("i32", "4294967295"), Value.i32(-1)));
        assertNotNull(ScriptValues.mismatch(v("i32", "1"), Value.i64(1)), "type must match");
        assertNull(ScriptValues.mismatch(v("i64", "9223372036854775808"), Value.i64(Long.MIN_VALUE)));
        assertNull(ScriptValues.mismatch(v("externref", "null"), Value.ref(ValType.EXTERNREF, null)));
        assertNull(ScriptValues.mismatch(v("externref", "7"), Value.ref(ValType.EXTERNREF, new HostRef(7))));
        assertNotNull(ScriptValues.mismatch(v("externref", "7"), Value.ref(ValType.EXTERNREF, new HostRef(8))));
        assertNotNull(ScriptValues.mismatch(v("externref", "7"), Value.ref(ValType.EXTERNREF, null)));
        assertNull(ScriptValues.mismatch(v("funcref", "null"), Value.ref(ValType.FUNCREF, null)));
        assertNotNull(ScriptValues.mismatch(v("funcref", "0"), Value.ref(ValType.FUNCREF, null)));
        assertNotNull(ScriptValues.mismatch(v("i32", "0"), null));
    }
}
