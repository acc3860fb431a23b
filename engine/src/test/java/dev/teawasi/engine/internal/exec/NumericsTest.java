package dev.teawasi.engine.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;
import org.junit.jupiter.api.Test;

/** Edge values come from arrays (not literals at the call) so nothing is folded at compile time. */
class NumericsTest {
    private static final int NAN32 = 0x7FC00000;
    private static final int SNAN32 = 0x7FA00001;

    private static void traps(TrapKind kind, Runnable r) {
        Trap t = assertThrows(Trap.class, r::run);
        assertEquals(kind, t.kind());
    }

    @Test
    void i32DivRem() {
        int[][] cases = { // a, b, div_s, div_u, rem_s, rem_u
            {7, 2, 3, 3, 1, 1},
            {-7, 2, -3, 2147483644, -1, 1},
            {Integer.MIN_VALUE, 2, -1073741824, 1073741824, 0, 0},
            {Integer.MIN_VALUE, -1, 0, 0, 0, Integer.MIN_VALUE},
            {-1, -1, 1, 1, 0, 0},
            {5, -1, -5, 0, 0, 5},
        };
        for (int[] c : cases) {
            if (!(c[0] == Integer.MIN_VALUE && c[1] == -1)) {
                assertEquals(c[2], Numerics.i32DivS(c[0], c[1]));
            }
            assertEquals(c[3], Numerics.i32DivU(c[0], c[1]));
            assertEquals(c[4], Numerics.i32RemS(c[0], c[1]));
            assertEquals(c[5], Numerics.i32RemU(c[0], c[1]));
        }
        int[] zero = {0};
        traps(TrapKind.INTEGER_DIVIDE_BY_ZERO, () -> Numerics.i32DivS(1, zero[0]));
        traps(TrapKind.INTEGER_DIVIDE_BY_ZERO, () -> Numerics.i32RemU(1, zero[0]));
        traps(TrapKind.INTEGER_OVERFLOW, () -> Numerics.i32DivS(cases[3][0], cases[3][1]));
    }

    @Test
    void i64DivRem() {
        long[][] cases = { // a, b, div_u, rem_u
            {-1L, 3, 6148914691236517205L, 0},
            {-1L, -2L, 1, 1},
            {Long.MIN_VALUE, 3, 3074457345618258602L, 2},
            {-5L, Long.MIN_VALUE, 1, Long.MAX_VALUE - 4},
            {100, 7, 14, 2},
        };
        for (long[] c : cases) {
            assertEquals(c[2], Numerics.i64DivU(c[0], c[1]), "div_u " + c[0] + " " + c[1]);
            assertEquals(c[3], Numerics.i64RemU(c[0], c[1]), "rem_u " + c[0] + " " + c[1]);
        }
        long[] v = {Long.MIN_VALUE, -1, 0};
        traps(TrapKind.INTEGER_OVERFLOW, () -> Numerics.i64DivS(v[0], v[1]));
        assertEquals(0, Numerics.i64RemS(v[0], v[1]));
        traps(TrapKind.INTEGER_DIVIDE_BY_ZERO, () -> Numerics.i64RemS(v[0], v[2]));
    }

    @Test
    void bitCounts() {
        int[] in = {0, 1, 0x80000000, -1, 0x00F0F000};
        int[] clz = {32, 31, 0, 0, 8};
        int[] ctz = {32, 0, 31, 0, 12};
        int[] pop = {0, 1, 1, 32, 8};
        for (int i = 0; i < in.length; i++) {
            assertEquals(clz[i], Numerics.i32Clz(in[i]));
            assertEquals(ctz[i], Numerics.i32Ctz(in[i]));
            assertEquals(pop[i], Numerics.i32Popcnt(in[i]));
        }
        assertEquals(0x00000003, Numerics.i32Rotl(in[2] | in[1], 1 + in[0]));
        assertEquals(0xC0000000, Numerics.i32Rotr(in[2] | in[1], 1 + in[0]));
        long[] l = {0x8000000000000001L, 65, 63};
        assertEquals(3L, Numerics.i64Rotl(l[0], l[1]));
        assertEquals(0xC000000000000000L, Numerics.i64Rotl(l[0], l[2]));
        assertEquals(64L, Numerics.i64Clz(l[1] - 65));
    }

    @Test
    void f32MinMaxSigns() {
        int pz = 0;
        int nz = 0x80000000;
        int[] z = {pz, nz};
        assertEquals(nz, Numerics.f32Min(z[0], z[1]));
        assertEquals(nz, Numerics.f32Min(z[1], z[0]));
        assertEquals(pz, Numerics.f32Max(z[0], z[1]));
        assertEquals(pz, Numerics.f32Max(z[1], z[0]));
        int[] nan = {SNAN32, Float.floatToRawIntBits(1f)};
        int r = Numerics.f32Min(nan[0], nan[1]);
        assertEquals(true, Float.isNaN(Float.intBitsToFloat(r)));
        assertEquals(0x00400000, r & 0x00400000, "arithmetic NaN is quiet");
        // bit ops keep payloads
        assertEquals(0xFFA00001, Numerics.f32Neg(nan[0]));
        assertEquals(SNAN32, Numerics.f32Abs(Numerics.f32Neg(nan[0])));
        assertEquals(0xFFA00001, Numerics.f32Copysign(nan[0], z[1]));
    }

    @Test
    void nearestAndRounding() {
        double[] in = {0.5, 1.5, 2.5, -0.5, -1.5, 4503599627370497.0, -0.0, 0.49999999999999994, -3.7};
        double[] near = {0.0, 2.0, 2.0, -0.0, -2.0, 4503599627370497.0, -0.0, 0.0, -4.0};
        double[] trunc = {0.0, 1.0, 2.0, -0.0, -1.0, 4503599627370497.0, -0.0, 0.0, -3.0};
        double[] ceil = {1.0, 2.0, 3.0, -0.0, -1.0, 4503599627370497.0, -0.0, 1.0, -3.0};
        for (int i = 0; i < in.length; i++) {
            assertEquals(
                    Double.doubleToRawLongBits(near[i]),
                    Double.doubleToRawLongBits(Numerics.f64Nearest(in[i])),
                    "nearest " + in[i]);
            assertEquals(
                    Double.doubleToRawLongBits(trunc[i]),
                    Double.doubleToRawLongBits(Numerics.f64Trunc(in[i])),
                    "trunc " + in[i]);
            assertEquals(
                    Double.doubleToRawLongBits(ceil[i]),
                    Double.doubleToRawLongBits(Numerics.f64Ceil(in[i])),
                    "ceil " + in[i]);
            int f = Float.floatToRawIntBits((float) in[i]);
            assertEquals(Float.floatToRawIntBits((float) near[i]), Numerics.f32Nearest(f), "f32 nearest " + in[i]);
        }
        float[] big = {8388609.0f, -8388609.0f};
        assertEquals(Float.floatToRawIntBits(big[0]), Numerics.f32Nearest(Float.floatToRawIntBits(big[0])));
        assertEquals(Float.floatToRawIntBits(big[1]), Numerics.f32Floor(Float.floatToRawIntBits(big[1])));
    }

    @Test
    void f64SignOps() {
        long snan = 0x7FF4000000000001L;
        double[] v = {Double.longBitsToDouble(snan), -0.0, 0.0, -2.0};
        assertEquals(snan ^ Long.MIN_VALUE, Double.doubleToRawLongBits(Numerics.f64Neg(v[0])));
        assertEquals(snan, Double.doubleToRawLongBits(Numerics.f64Abs(Numerics.f64Neg(v[0]))));
        assertEquals(0L, Double.doubleToRawLongBits(Numerics.f64Abs(v[1])));
        assertEquals(Long.MIN_VALUE, Double.doubleToRawLongBits(Numerics.f64Copysign(v[2], v[1])));
        assertEquals(2.0, Numerics.f64Copysign(v[3], v[2]));
        assertEquals(Long.MIN_VALUE, Double.doubleToRawLongBits(Numerics.f64Min(v[2], v[1])));
        assertEquals(0L, Double.doubleToRawLongBits(Numerics.f64Max(v[1], v[2])));
    }

    @Test
    void truncations() {
        double[] in = {
            2147483647.9, 2147483648.0, -2147483648.9, -2147483649.0, 4294967295.5, -0.9, 9.2233720368547758E18
        };
        assertEquals(2147483647, Numerics.i32TruncF64S(in[0]));
        traps(TrapKind.INTEGER_OVERFLOW, () -> Numerics.i32TruncF64S(in[1]));
        assertEquals(Integer.MIN_VALUE, Numerics.i32TruncF64S(in[2]));
        traps(TrapKind.INTEGER_OVERFLOW, () -> Numerics.i32TruncF64S(in[3]));
        assertEquals(-1, Numerics.i32TruncF64U(in[4]));
        assertEquals(0, Numerics.i32TruncF64U(in[5]));
        assertEquals(Integer.MAX_VALUE, Numerics.i32TruncSatF64S(in[1]));
        assertEquals(Integer.MIN_VALUE, Numerics.i32TruncSatF64S(in[3]));
        assertEquals(-1, Numerics.i32TruncSatF64U(in[1] * 4));
        assertEquals(Long.MIN_VALUE, Numerics.i64TruncF64U(in[6]));
        traps(TrapKind.INTEGER_OVERFLOW, () -> Numerics.i64TruncF64S(in[6]));
        assertEquals(Long.MAX_VALUE, Numerics.i64TruncSatF64S(in[6]));
        assertEquals(-1L, Numerics.i64TruncSatF64U(in[6] * 2));
        assertEquals(0L, Numerics.i64TruncSatF64U(-in[6]));
        double[] nan = {Double.NaN};
        traps(TrapKind.INVALID_CONVERSION, () -> Numerics.i64TruncF64S(nan[0]));
        assertEquals(0, Numerics.i32TruncSatF64S(nan[0]));
        int[] f32 = {Float.floatToRawIntBits(-2147483648.0f), Float.floatToRawIntBits(2147483648.0f), NAN32};
        assertEquals(Integer.MIN_VALUE, Numerics.i32TruncF32S(f32[0]));
        traps(TrapKind.INTEGER_OVERFLOW, () -> Numerics.i32TruncF32S(f32[1]));
        traps(TrapKind.INVALID_CONVERSION, () -> Numerics.i32TruncF32U(f32[2]));
    }

    @Test
    void intToFloatRounding() {
        long[] in = {Long.MIN_VALUE, -1L, 9007199254740993L, 0x7FFFFFBFFFFFFFFFL, 0xFFFFFF7FFFFFFFFFL, 0x20000020000001L
        };
        for (long v : in) {
            assertEquals(Float.floatToRawIntBits((float) v), Numerics.f32ConvertI64S(v), "f32 s " + v);
            assertEquals(
                    Double.doubleToRawLongBits((double) v),
                    Double.doubleToRawLongBits(Numerics.f64ConvertI64S(v)),
                    "f64 s " + v);
        }
        // unsigned: compare against BigDecimal-free reference using exact halves
        assertEquals(Float.floatToRawIntBits(1.8446744E19f), Numerics.f32ConvertI64U(in[1]));
        assertEquals(
                Double.doubleToRawLongBits(1.8446744073709552E19),
                Double.doubleToRawLongBits(Numerics.f64ConvertI64U(in[1])));
        // 2^64 - 2^40 - 1 lies just below a float tie: must round down to 0xFFFFFF0000000000
        assertEquals(Float.floatToRawIntBits(1.8446742974197924E19f), Numerics.f32ConvertI64U(in[4]));
        // f64: 0x8000000000000401 -> ties region, correctly rounded up
        long[] u = {0x8000000000000401L, 0x8000000000000400L};
        assertEquals(0x43E0000000000001L, Double.doubleToRawLongBits(Numerics.f64ConvertI64U(u[0])));
        assertEquals(0x43E0000000000000L, Double.doubleToRawLongBits(Numerics.f64ConvertI64U(u[1])));
        int[] i = {-1, Integer.MIN_VALUE, 16777217};
        assertEquals(Float.floatToRawIntBits(4.2949673E9f), Numerics.f32ConvertI32U(i[0]));
        assertEquals(Float.floatToRawIntBits(2.14748365E9f), Numerics.f32ConvertI32U(i[1]));
        assertEquals(Float.floatToRawIntBits(16777216f), Numerics.f32ConvertI32S(i[2]));
        assertEquals(4294967295.0, Numerics.f64ConvertI32U(i[0]));
    }

    @Test
    void signExtension() {
        int[] in = {0x80, 0x7F, 0x8000, 0x12345678};
        assertEquals(-128, Numerics.i32Extend8S(in[0]));
        assertEquals(127, Numerics.i32Extend8S(in[1]));
        assertEquals(-32768, Numerics.i32Extend16S(in[2]));
        long[] l = {0x80000000L, 0xFFL};
        assertEquals(-2147483648L, Numerics.i64Extend32S(l[0]));
        assertEquals(-1L, Numerics.i64Extend8S(l[1]));
        assertEquals(0xFFFFFFFFL, Numerics.i64ExtendI32U(-in[1] / in[1]));
    }
}
