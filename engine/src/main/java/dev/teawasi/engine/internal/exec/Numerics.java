package dev.teawasi.engine.internal.exec;

import static dev.teawasi.engine.internal.platform.CurrentPlatform.PLATFORM;

import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;

/**
 * WebAssembly numeric operations with the spec's exact semantics, written so that they give the same results on
 * the JVM and in TeaVM's JavaScript: no reliance on Java's float-to-int casts outside a checked range, on
 * Math.round/rint, on division by zero, or on f32 NaNs passing through a float. f32 values are raw int bits. The
 * i64 operations whose fastest exact form depends on the platform are the {@link
 * dev.teawasi.engine.internal.platform.Platform}'s.
 */
public final class Numerics {
    private static final double TWO_31 = 2147483648.0;
    private static final double TWO_32 = 4294967296.0;
    private static final double TWO_63 = 9223372036854775808.0;
    private static final double TWO_64 = 18446744073709551616.0;

    private Numerics() {}

    static Trap trap(TrapKind kind) {
        return new Trap(kind, null, null);
    }

    // ---- i32 ----

    public static int i32DivS(int a, int b) {
        if (b == 0) {
            throw trap(TrapKind.INTEGER_DIVIDE_BY_ZERO);
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            throw trap(TrapKind.INTEGER_OVERFLOW);
        }
        return a / b;
    }

    public static int i32DivU(int a, int b) {
        if (b == 0) {
            throw trap(TrapKind.INTEGER_DIVIDE_BY_ZERO);
        }
        return Integer.divideUnsigned(a, b);
    }

    public static int i32RemS(int a, int b) {
        if (b == 0) {
            throw trap(TrapKind.INTEGER_DIVIDE_BY_ZERO);
        }
        if (b == -1) {
            return 0;
        }
        return a % b;
    }

    public static int i32RemU(int a, int b) {
        if (b == 0) {
            throw trap(TrapKind.INTEGER_DIVIDE_BY_ZERO);
        }
        return Integer.remainderUnsigned(a, b);
    }

    public static int i32Clz(int a) {
        return Integer.numberOfLeadingZeros(a);
    }

    public static int i32Ctz(int a) {
        return Integer.numberOfTrailingZeros(a);
    }

    public static int i32Popcnt(int a) {
        return Integer.bitCount(a);
    }

    public static int i32Rotl(int a, int b) {
        return (a << b) | (a >>> -b);
    }

    public static int i32Rotr(int a, int b) {
        return (a >>> b) | (a << -b);
    }

    // ---- i64 ----

    public static long i64DivS(long a, long b) {
        if (b == 0) {
            throw trap(TrapKind.INTEGER_DIVIDE_BY_ZERO);
        }
        if (b == -1 && a == Long.MIN_VALUE) { // b first: in JS the MIN_VALUE literal is built per evaluation
            throw trap(TrapKind.INTEGER_OVERFLOW);
        }
        return a / b;
    }

    public static long i64DivU(long a, long b) {
        if (b == 0) {
            throw trap(TrapKind.INTEGER_DIVIDE_BY_ZERO);
        }
        return PLATFORM.divU(a, b);
    }

    public static long i64RemS(long a, long b) {
        if (b == 0) {
            throw trap(TrapKind.INTEGER_DIVIDE_BY_ZERO);
        }
        if (b == -1) {
            return 0;
        }
        return a % b;
    }

    public static long i64RemU(long a, long b) {
        if (b == 0) {
            throw trap(TrapKind.INTEGER_DIVIDE_BY_ZERO);
        }
        return PLATFORM.remU(a, b);
    }

    public static long i64Clz(long a) {
        return PLATFORM.clz(a);
    }

    public static long i64Ctz(long a) {
        return PLATFORM.ctz(a);
    }

    public static long i64Popcnt(long a) {
        return PLATFORM.popcnt(a);
    }

    public static long i64Rotl(long a, long b) {
        return PLATFORM.rotl(a, PLATFORM.low(b) & 63);
    }

    public static long i64Rotr(long a, long b) {
        return PLATFORM.rotr(a, PLATFORM.low(b) & 63);
    }

    // ---- f32 (raw bits) ----

    public static float f(int bits) {
        return Float.intBitsToFloat(bits);
    }

    public static int bits(float v) {
        return Float.floatToRawIntBits(v);
    }

    public static int f32Abs(int a) {
        return a & 0x7FFFFFFF;
    }

    public static int f32Neg(int a) {
        return a ^ 0x80000000;
    }

    public static int f32Copysign(int a, int b) {
        return (a & 0x7FFFFFFF) | (b & 0x80000000);
    }

    public static int f32Add(int a, int b) {
        return bits(f(a) + f(b));
    }

    public static int f32Sub(int a, int b) {
        return bits(f(a) - f(b));
    }

    public static int f32Mul(int a, int b) {
        return bits(f(a) * f(b));
    }

    public static int f32Div(int a, int b) {
        return bits(f(a) / f(b));
    }

    public static int f32Sqrt(int a) {
        return bits((float) Math.sqrt(f(a)));
    }

    public static int f32Min(int a, int b) {
        float x = f(a);
        float y = f(b);
        if (x != x || y != y) {
            return bits(x + y); // a NaN operand makes an arithmetic NaN
        }
        if (x == y) {
            return a | b; // equal: only ±0 differ in bits, and min(-0, +0) is -0 (sign bit set)
        }
        return x < y ? a : b;
    }

    public static int f32Max(int a, int b) {
        float x = f(a);
        float y = f(b);
        if (x != x || y != y) {
            return bits(x + y);
        }
        if (x == y) {
            return a & b; // max(-0, +0) is +0
        }
        return x > y ? a : b;
    }

    public static int f32Ceil(int a) {
        float x = f(a);
        if (x != x) {
            return bits(x + x);
        }
        return f32FromIntegral(a, Math.ceil(x));
    }

    public static int f32Floor(int a) {
        float x = f(a);
        if (x != x) {
            return bits(x + x);
        }
        return f32FromIntegral(a, Math.floor(x));
    }

    public static int f32Trunc(int a) {
        float x = f(a);
        if (x != x) {
            return bits(x + x);
        }
        return f32FromIntegral(a, x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    public static int f32Nearest(int a) {
        float x = f(a);
        if (x != x) {
            return bits(x + x);
        }
        return f32FromIntegral(a, nearest(x));
    }

    /** An integral result r of rounding a: keeps a's sign for zero results (e.g. ceil(-0.5) is -0). */
    private static int f32FromIntegral(int a, double r) {
        if (r == 0) {
            return a & 0x80000000;
        }
        return bits((float) r);
    }

    // ---- f64 ----

    public static double f64Abs(double a) {
        if (a != a) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Long.MAX_VALUE);
        }
        return a < 0 || (a == 0 && 1 / a < 0) ? -a : a;
    }

    public static double f64Neg(double a) {
        if (a != a) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(a) ^ Long.MIN_VALUE);
        }
        return -a;
    }

    public static double f64Copysign(double a, double b) {
        if (a != a || b != b) {
            return Double.longBitsToDouble((Double.doubleToRawLongBits(a) & Long.MAX_VALUE)
                    | (Double.doubleToRawLongBits(b) & Long.MIN_VALUE));
        }
        boolean aNeg = a < 0 || (a == 0 && 1 / a < 0);
        boolean bNeg = b < 0 || (b == 0 && 1 / b < 0);
        return aNeg == bNeg ? a : -a;
    }

    public static double f64Min(double x, double y) {
        if (x != x || y != y) {
            return x + y;
        }
        if (x == y) {
            return x == 0 && (1 / x < 0 || 1 / y < 0) ? -0.0 : x;
        }
        return x < y ? x : y;
    }

    public static double f64Max(double x, double y) {
        if (x != x || y != y) {
            return x + y;
        }
        if (x == y) {
            return x == 0 && (1 / x > 0 || 1 / y > 0) ? 0.0 : x;
        }
        return x > y ? x : y;
    }

    public static double f64Ceil(double x) {
        if (x != x) {
            return x + x;
        }
        return withSign(x, Math.ceil(x));
    }

    public static double f64Floor(double x) {
        if (x != x) {
            return x + x;
        }
        return withSign(x, Math.floor(x));
    }

    public static double f64Trunc(double x) {
        if (x != x) {
            return x + x;
        }
        return withSign(x, x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    public static double f64Nearest(double x) {
        if (x != x) {
            return x + x;
        }
        return withSign(x, nearest(x));
    }

    private static double withSign(double x, double r) {
        if (r == 0) {
            return x < 0 || (x == 0 && 1 / x < 0) ? -0.0 : 0.0;
        }
        return r;
    }

    /** Round half to even, without Math.rint (wrong in TeaVM). Integral and infinite inputs come back unchanged. */
    private static double nearest(double x) {
        if (x == Double.POSITIVE_INFINITY || x == Double.NEGATIVE_INFINITY || Math.abs(x) >= 4503599627370496.0) {
            return x; // 2^52 and beyond is already integral
        }
        double fl = Math.floor(x);
        double diff = x - fl;
        if (diff > 0.5) {
            return fl + 1;
        }
        if (diff < 0.5) {
            return fl;
        }
        // exactly halfway: pick the even neighbour
        return (fl / 2) == Math.floor(fl / 2) ? fl : fl + 1;
    }

    // ---- conversions ----

    public static int i32TruncF32S(int a) {
        return i32TruncF64S(f(a));
    }

    public static int i32TruncF32U(int a) {
        return i32TruncF64U(f(a));
    }

    /** f32 inputs are exactly representable as double, so the f64 range checks are exact for them too. */
    public static int i32TruncF64S(double x) {
        if (x != x) {
            throw trap(TrapKind.INVALID_CONVERSION);
        }
        if (!(x > -2147483649.0 && x < TWO_31)) {
            throw trap(TrapKind.INTEGER_OVERFLOW);
        }
        return (int) x;
    }

    public static int i32TruncF64U(double x) {
        if (x != x) {
            throw trap(TrapKind.INVALID_CONVERSION);
        }
        if (!(x > -1.0 && x < TWO_32)) {
            throw trap(TrapKind.INTEGER_OVERFLOW);
        }
        return x >= TWO_31 ? (int) (x - TWO_31) ^ Integer.MIN_VALUE : (int) x;
    }

    public static long i64TruncF32S(int a) {
        return i64TruncF64S(f(a));
    }

    public static long i64TruncF32U(int a) {
        return i64TruncF64U(f(a));
    }

    public static long i64TruncF64S(double x) {
        if (x != x) {
            throw trap(TrapKind.INVALID_CONVERSION);
        }
        if (!(x >= -TWO_63 && x < TWO_63)) {
            throw trap(TrapKind.INTEGER_OVERFLOW);
        }
        return PLATFORM.truncate(x);
    }

    public static long i64TruncF64U(double x) {
        if (x != x) {
            throw trap(TrapKind.INVALID_CONVERSION);
        }
        if (!(x > -1.0 && x < TWO_64)) {
            throw trap(TrapKind.INTEGER_OVERFLOW);
        }
        return PLATFORM.truncate(x);
    }

    public static int i32TruncSatF32S(int a) {
        return i32TruncSatF64S(f(a));
    }

    public static int i32TruncSatF32U(int a) {
        return i32TruncSatF64U(f(a));
    }

    public static int i32TruncSatF64S(double x) {
        if (x != x) {
            return 0;
        }
        if (x <= -2147483649.0) {
            return Integer.MIN_VALUE;
        }
        if (x >= TWO_31) {
            return Integer.MAX_VALUE;
        }
        return (int) x;
    }

    public static int i32TruncSatF64U(double x) {
        if (x != x || x <= -1.0) {
            return 0;
        }
        if (x >= TWO_32) {
            return -1;
        }
        return x >= TWO_31 ? (int) (x - TWO_31) ^ Integer.MIN_VALUE : (int) x;
    }

    public static long i64TruncSatF32S(int a) {
        return i64TruncSatF64S(f(a));
    }

    public static long i64TruncSatF32U(int a) {
        return i64TruncSatF64U(f(a));
    }

    public static long i64TruncSatF64S(double x) {
        if (x != x) {
            return 0;
        }
        if (x < -TWO_63) {
            return Long.MIN_VALUE;
        }
        if (x >= TWO_63) {
            return Long.MAX_VALUE;
        }
        return PLATFORM.truncate(x);
    }

    public static long i64TruncSatF64U(double x) {
        if (x != x || x <= -1.0) {
            return 0;
        }
        if (x >= TWO_64) {
            return -1L;
        }
        return PLATFORM.truncate(x);
    }

    public static int f32ConvertI32S(int a) {
        return bits((float) (double) a); // exact in double, rounded once to float
    }

    public static int f32ConvertI32U(int a) {
        return bits((float) u32(a));
    }

    public static double f64ConvertI32S(int a) {
        return a;
    }

    public static double f64ConvertI32U(int a) {
        return u32(a);
    }

    private static double u32(int a) {
        return a >= 0 ? (double) a : (double) a + TWO_32;
    }

    public static int f32ConvertI64S(long a) {
        if (a < 0) {
            // -2^63 negates to itself, which as unsigned is the right magnitude
            return bits(u64ToDoubleRoundToOdd(-a)) ^ 0x80000000;
        }
        return bits(u64ToDoubleRoundToOdd(a));
    }

    public static int f32ConvertI64U(long a) {
        return bits(u64ToDoubleRoundToOdd(a));
    }

    private static int bits(double d) {
        return Float.floatToRawIntBits((float) d);
    }

    /**
     * The unsigned 64-bit value as a double rounded to odd (sticky last bit): rounding that double to float
     * then gives the correctly rounded float, avoiding double rounding through an ordinary long-to-double.
     */
    private static double u64ToDoubleRoundToOdd(long u) {
        int lz = Long.numberOfLeadingZeros(u);
        if (lz >= 11) {
            return (double) u; // fits in 53 bits: exact
        }
        int shift = 11 - lz;
        long m = u >>> shift;
        if ((u & ((1L << shift) - 1)) != 0) {
            m |= 1;
        }
        return (double) m * (double) (1L << shift);
    }

    public static double f64ConvertI64S(long a) {
        return PLATFORM.toDouble(a);
    }

    public static double f64ConvertI64U(long u) {
        return PLATFORM.toDoubleUnsigned(u);
    }

    public static int f32DemoteF64(double d) {
        return Float.floatToRawIntBits((float) d);
    }

    public static double f64PromoteF32(int a) {
        return f(a);
    }

    // ---- sign extension ----

    public static int i32Extend8S(int a) {
        return (a << 24) >> 24;
    }

    public static int i32Extend16S(int a) {
        return (a << 16) >> 16;
    }

    public static long i64Extend8S(long a) {
        return (byte) PLATFORM.low(a);
    }

    public static long i64Extend16S(long a) {
        return (short) PLATFORM.low(a);
    }

    public static long i64Extend32S(long a) {
        return PLATFORM.low(a);
    }

    public static long i64ExtendI32U(int a) {
        return a & 0xFFFFFFFFL;
    }
}
