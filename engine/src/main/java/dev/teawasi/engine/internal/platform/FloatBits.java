package dev.teawasi.engine.internal.platform;

/**
 * f64 <-> two 32-bit halves without a {@code long} on the fast path. In TeaVM's JavaScript a long is a BigInt, so
 * Double.longBitsToDouble(le64(...)) made f64 loads and stores ~5x slower than the JVM; here finite non-NaN values
 * are assembled and taken apart with exact double arithmetic (powers of two from a table) instead. NaNs (whose
 * payload must survive bit-exactly) take the long path. Used by {@link BigIntPlatform}; the JVM's platform keeps
 * Double.longBitsToDouble, an intrinsic there.
 */
final class FloatBits {
    private static final double TWO_32 = 4294967296.0;
    private static final double TWO_52 = 4503599627370496.0;
    /** POW2[e] = 2^(e - 1075) for biased exponents e in 0..2047 (all exact doubles, the smallest subnormal). */
    private static final double[] POW2 = new double[2048];

    static {
        double p = Double.MIN_VALUE; // 2^-1074 = POW2[1]
        POW2[0] = p; // subnormals scale by 2^-1074 as well
        for (int e = 1; e < 2048; e++) {
            POW2[e] = p;
            p *= 2;
        }
    }

    private FloatBits() {}

    static double fromHalves(int lo, int hi) {
        int exp = (hi >>> 20) & 0x7FF;
        double mant = (hi & 0xFFFFF) * TWO_32 + (lo >= 0 ? lo : lo + TWO_32);
        double v;
        if (exp == 0) {
            v = mant * Double.MIN_VALUE;
        } else if (exp == 0x7FF) {
            if (mant != 0) {
                return Double.longBitsToDouble((lo & 0xFFFFFFFFL) | ((long) hi << 32));
            }
            v = Double.POSITIVE_INFINITY;
        } else {
            v = (mant + TWO_52) * POW2[exp];
        }
        return hi < 0 ? -v : v;
    }

    /** Fills halves[at] (low word) and halves[at + 1] (high word) with the bits of v. */
    static void toHalves(double v, int[] halves, int at) {
        if (v != v) {
            long bits = Double.doubleToRawLongBits(v);
            halves[at] = (int) bits;
            halves[at + 1] = (int) (bits >>> 32);
            return;
        }
        int sign = v < 0 || (v == 0 && 1 / v < 0) ? 0x80000000 : 0;
        double a = Math.abs(v);
        if (a == 0) {
            halves[at] = 0;
            halves[at + 1] = sign;
            return;
        }
        if (a == Double.POSITIVE_INFINITY) {
            halves[at] = 0;
            halves[at + 1] = sign | 0x7FF00000;
            return;
        }
        int exp;
        double mant;
        if (a < 2.2250738585072014E-308) { // subnormal
            exp = 0;
            mant = a / Double.MIN_VALUE;
        } else if (a >= 0x1p-126 && a < 0x1p127) {
            // the float nearest to a has a's binary exponent, or one more if it rounded up to a power of two:
            // its bits (a typed-array store and load in JS) are much cheaper than Math.log (measured: nbody's
            // f64 stores took a third of its time in the log path)
            exp = ((Float.floatToRawIntBits((float) a) >>> 23) & 0xFF) + (1023 - 127);
            if (a < TWO_52 * POW2[exp]) {
                exp--;
            }
            mant = a / POW2[exp] - TWO_52;
        } else {
            // estimate the exponent, then correct it so that 2^52 <= a / 2^(e-1075) < 2^53
            exp = (int) Math.floor(Math.log(a) * 1.4426950408889634) + 1023;
            if (exp < 1) {
                exp = 1;
            } else if (exp > 2046) {
                exp = 2046;
            }
            while (exp > 1 && a < TWO_52 * POW2[exp]) {
                exp--;
            }
            while (exp < 2046 && a >= 2 * TWO_52 * POW2[exp]) {
                exp++;
            }
            mant = a / POW2[exp] - TWO_52;
        }
        double hiPart = Math.floor(mant / TWO_32);
        double loPart = mant - hiPart * TWO_32;
        halves[at] = loPart >= 2147483648.0 ? (int) (loPart - TWO_32) : (int) loPart;
        halves[at + 1] = sign | (exp << 20) | (int) hiPart;
    }
}
