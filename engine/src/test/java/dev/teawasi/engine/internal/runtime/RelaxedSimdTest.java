package dev.teawasi.engine.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.store.Value;
import org.junit.jupiter.api.Test;

/**
 * The deterministic choices for relaxed SIMD (DESIGN.md, "Relaxed SIMD") where the spec allows several results:
 * madd rounds the product first (unfused), the dot products read the second operand's bytes as signed. (The
 * test's wat2wasm 1.0.32 spells the dot products with their pre-standard names, same opcodes.)
 */
class RelaxedSimdTest {
    private static final String WAT = "(module"
            + " (func (export \"madd\") (param f32 f32 f32) (result f32)"
            + "   (f32x4.extract_lane 0 (f32x4.relaxed_madd (f32x4.splat (local.get 0)) (f32x4.splat (local.get 1))"
            + "     (f32x4.splat (local.get 2)))))"
            + " (func (export \"nmadd64\") (param f64 f64 f64) (result f64)"
            + "   (f64x2.extract_lane 1 (f64x2.relaxed_nmadd (f64x2.splat (local.get 0)) (f64x2.splat (local.get 1))"
            + "     (f64x2.splat (local.get 2)))))"
            + " (func (export \"dot\") (param i32 i32) (result i32)"
            + "   (i16x8.extract_lane_s 3 (i16x8.dot_i8x16_i7x16_s (i8x16.splat (local.get 0))"
            + "     (i8x16.splat (local.get 1)))))"
            + " (func (export \"dot-add\") (param i32 i32 i32) (result i32)"
            + "   (i32x4.extract_lane 2 (i32x4.dot_i8x16_i7x16_add_s (i8x16.splat (local.get 0))"
            + "     (i8x16.splat (local.get 1)) (i32x4.splat (local.get 2)))))"
            + " (func (export \"trunc\") (param f32) (result i32)"
            + "   (i32x4.extract_lane 0 (i32x4.relaxed_trunc_f32x4_s (f32x4.splat (local.get 0)))))"
            + ")";

    @Test
    void relaxedResultsAreTheDocumentedOnes() {
        Instance inst = Instance.instantiate(WasmModule.compile(Wat.toWasm(WAT)), new Imports());
        float x = 1 + 0x1p-12f; // x*x = 1 + 2^-11 + 2^-24: the last term is lost when the product is rounded
        float unfused = x * x - 1; // f32 arithmetic: rounded product, then the sum
        int madd = inst
                .invoke(
                        "madd",
                        Value.f32Bits(Float.floatToRawIntBits(x)),
                        Value.f32Bits(Float.floatToRawIntBits(x)),
                        Value.f32Bits(Float.floatToRawIntBits(-1f)))[0]
                .f32Bits();
        assertEquals(Float.floatToRawIntBits(unfused), madd);
        assertEquals(0x1p-11f, Float.intBitsToFloat(madd)); // fused would give 2^-11 + 2^-24
        double y = 1 + 0x1p-30;
        long nmadd = inst
                .invoke(
                        "nmadd64",
                        Value.f64Bits(Double.doubleToRawLongBits(y)),
                        Value.f64Bits(Double.doubleToRawLongBits(y)),
                        Value.f64Bits(Double.doubleToRawLongBits(1.0)))[0]
                .f64Bits();
        assertEquals(-0x1p-29, Double.longBitsToDouble(nmadd)); // 1 - (1 + 2^-29 [+ 2^-60 lost])
        // -128 * -128 twice: 32768 wraps to -32768 in an i16 lane (the second operand's bytes signed)
        assertEquals(-32768, inst.invoke("dot", Value.i32(-128), Value.i32(-128))[0].asI32());
        assertEquals(4 * 2 * -3 + 100, inst.invoke("dot-add", Value.i32(2), Value.i32(-3), Value.i32(100))[0].asI32());
        // like i32x4.trunc_sat_f32x4_s: NaN gives 0, out of range saturates
        assertEquals(0, inst.invoke("trunc", Value.f32Bits(0x7fc00000))[0].asI32());
        assertEquals(Integer.MAX_VALUE, inst.invoke("trunc", Value.f32Bits(Float.floatToRawIntBits(3e9f)))[0].asI32());
    }
}
