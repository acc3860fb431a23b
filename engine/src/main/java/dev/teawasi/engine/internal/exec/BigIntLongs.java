package dev.teawasi.engine.internal.exec;

/**
 * i64 operations in the shapes that stay cheap when TeaVM turns {@code long} into a JS BigInt (every op becomes
 * {@code BigInt.asIntN(64, ...)}). V8's optimizing compiler keeps add, sub, mul, and, or, xor, comparisons and
 * int-to-long in machine registers, but a shift by a non-literal count (TeaVM emits {@code a << BigInt(n)}),
 * long-to-int, unsigned compare/divide and a long literal beyond int range (rebuilt from two numbers at every
 * use) each allocate heap BigInts. Measured in node 20, ns per op inside a loop: mul 1, xor 1, shl 26, shl as a
 * multiplication by 2^n 1.4, {@code Long.compareUnsigned} 19, compare after xor with MIN 4.7, a literal
 * 0xFFFFFFFFL 16, the same read from a field 2.5. Used only where {@link FloatBits#ARITHMETIC} (the JS build);
 * the JVM keeps the plain operators.
 */
final class BigIntLongs {
    /** Fields, not literals: TeaVM rebuilds a long literal beyond int range at every evaluation. */
    static final long MIN = field(Long.MIN_VALUE);
    static final long MASK32 = field(0xFFFFFFFFL);
    static final long TWO_32 = field(0x100000000L);
    static final long MAX = field(Long.MAX_VALUE);
    private static final long TWO_62 = field(0x4000000000000000L);
    /** POW2[n] = 2^n for n in 0..63 (2^63 wraps to MIN): a left shift as one multiplication. */
    private static final long[] POW2 = new long[64];

    static {
        long p = 1;
        for (int n = 0; n < 64; n++) {
            POW2[n] = p;
            p *= 2;
        }
    }

    private BigIntLongs() {
    }

    private static long field(long v) {
        return v;
    }

    /** a << n for n in 0..63. */
    static long shl(long a, int n) {
        return a * POW2[n];
    }

    /** Bits 0..31 of v (an int cast allocates a BigInt in JS; the embedder's halves, if installed, do not). */
    static int low(long v) {
        LongHalves.Strategy s = LongHalves.strategy;
        return s != null ? s.low(v) : (int) v;
    }

    /** Bits 32..63 of v. */
    static int high(long v) {
        LongHalves.Strategy s = LongHalves.strategy;
        return s != null ? s.high(v) : (int) (v >>> 32);
    }

    /** The long with these halves, built from ops that stay in registers (int-to-long, mul, and, or). */
    static long fromHalves(int lo, int hi) {
        return (long) hi * TWO_32 | lo & MASK32;
    }

    /** a >>> n for n in 0..63, on the halves: no BigInt shift (~18 ns) when the embedder supplies them. */
    static long shrU(long a, int n) {
        if (n == 0) {
            return a;
        }
        int lo = low(a);
        int hi = high(a);
        return n < 32 ? fromHalves(lo >>> n | hi << (32 - n), hi >>> n) : fromHalves(hi >>> (n - 32), 0);
    }

    /** a >> n for n in 0..63, on the halves. */
    static long shrS(long a, int n) {
        if (n == 0) {
            return a;
        }
        int lo = low(a);
        int hi = high(a);
        return n < 32 ? fromHalves(lo >>> n | hi << (32 - n), hi >> n) : fromHalves(hi >> (n - 32), hi >> 31);
    }

    /** Rotate left by n in 0..63. */
    static long rotl(long a, int n) {
        return a * POW2[n] | shrU(a, (64 - n) & 63);
    }

    /** Rotate right by n in 0..63. */
    static long rotr(long a, int n) {
        return shrU(a, n) | a * POW2[(64 - n) & 63];
    }

    static int clz(long a) {
        int hi = high(a);
        return hi != 0 ? Integer.numberOfLeadingZeros(hi) : 32 + Integer.numberOfLeadingZeros(low(a));
    }

    static int ctz(long a) {
        int lo = low(a);
        return lo != 0 ? Integer.numberOfTrailingZeros(lo) : 32 + Integer.numberOfTrailingZeros(high(a));
    }

    static int popcnt(long a) {
        return Integer.bitCount(low(a)) + Integer.bitCount(high(a));
    }

    /**
     * x truncated toward zero, for -2^63 - 1 < x < 2^64 (callers check the range; from 2^63 on the result wraps as
     * the unsigned conversion wants). Built from two int halves computed exactly in double arithmetic: TeaVM's
     * (long) x is BigInt(Math.floor(x)), 24 ns against 3 ns measured.
     */
    static long fromTruncated(double x) {
        double t = x >= 0 ? Math.floor(x) : Math.ceil(x);
        double hi = Math.floor(t / 4294967296.0); // exact: a power-of-two division and an integer floor
        double lo = t - hi * 4294967296.0; // exact: an integer in [0, 2^32)
        return fromHalves(lo >= 2147483648.0 ? (int) (lo - 4294967296.0) : (int) lo,
                hi >= 2147483648.0 ? (int) (hi - 4294967296.0) : (int) hi);
    }

    /** Signed a as a double, correctly rounded: hi * 2^32 is exact, so adding the low half rounds once. */
    static double toDouble(long a) {
        int lo = low(a);
        return high(a) * 4294967296.0 + (lo >= 0 ? lo : lo + 4294967296.0);
    }

    /** Unsigned a as a double, correctly rounded. */
    static double toDoubleUnsigned(long a) {
        int lo = low(a);
        int hi = high(a);
        return (hi >= 0 ? hi : hi + 4294967296.0) * 4294967296.0 + (lo >= 0 ? lo : lo + 4294967296.0);
    }

    /**
     * Unsigned a / b for b != 0 with signed BigInt ops only (asUintN, which Long.divideUnsigned uses, is not kept
     * in registers: 37 ns against 13 ns measured for the remainder). A dividend of 2^63 or more is split into
     * (a & MAX) + MAX + 1; with 0 < b < 2^62 the remainders of both parts and the carry fit in a long.
     */
    static long divUnsigned(long a, long b) {
        if (b > 0) {
            if (a >= 0) {
                return a / b;
            }
            if (b < TWO_62) {
                long x = a & MAX;
                return x / b + MAX / b + (x % b + MAX % b + 1 >= b ? 1 : 0);
            }
        }
        return Long.divideUnsigned(a, b);
    }

    /** Unsigned a % b for b != 0, as {@link #divUnsigned}. */
    static long remUnsigned(long a, long b) {
        if (b > 0) {
            if (a >= 0) {
                return a % b;
            }
            if (b < TWO_62) {
                long r = (a & MAX) % b + MAX % b + 1;
                return r >= b ? r - b : r;
            }
        }
        return Long.remainderUnsigned(a, b);
    }

    /** Unsigned a < b. */
    static boolean lessUnsigned(long a, long b) {
        return (a ^ MIN) < (b ^ MIN);
    }
}
