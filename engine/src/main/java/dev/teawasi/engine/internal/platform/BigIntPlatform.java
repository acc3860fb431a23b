package dev.teawasi.engine.internal.platform;

/**
 * The platform for TeaVM's JavaScript, where a {@code long} is a BigInt and every op becomes
 * {@code BigInt.asIntN(64, ...)}; portable Java, so the JVM tests run it too. V8's optimizing compiler keeps add,
 * sub, mul, and, or, xor, comparisons and int-to-long in machine registers, but a shift by a non-literal count
 * (TeaVM emits {@code a << BigInt(n)}), long-to-int, unsigned compare/divide and a long literal beyond int range
 * each allocate heap BigInts. Measured in node 20, ns per op inside a loop: mul 1, xor 1, shl 26, shl as a
 * multiplication by 2^n 1.4, {@code Long.compareUnsigned} 19, compare after xor with MIN 4.7. So shifts here are
 * multiplications or work on int halves, and f64 memory access assembles the double with exact double arithmetic
 * ({@link FloatBits}). The JS build extends this with typed-array halves and memory access (web's JsPlatform):
 * {@link #low} and {@link #high} are the seams every other method here goes through. Single-threaded.
 */
public class BigIntPlatform implements Platform {
    @Override
    public String name() {
        return "bigint";
    }

    /** POW2[n] = 2^n for n in 0..63 (2^63 wraps to MIN): a left shift as one multiplication. */
    private static final long[] POW2 = new long[64];

    static {
        long p = 1;
        for (int n = 0; n < 64; n++) {
            POW2[n] = p;
            p *= 2;
        }
    }

    private final int[] halves = new int[2];

    /** Bits 0..31 of v. A cast allocates a BigInt-to-number conversion (~17 ns); the JS build overrides this. */
    @Override
    public int low(long v) {
        return (int) v;
    }

    /** Bits 32..63 of v. */
    @Override
    public int high(long v) {
        return (int) (v >>> 32);
    }

    /** Built from ops that stay in registers (int-to-long, mul, and, or). */
    @Override
    public long fromHalves(int lo, int hi) {
        return (long) hi * LongConstants.TWO_32 | lo & LongConstants.MASK32;
    }

    @Override
    public long shl(long a, int n) {
        return a * POW2[n];
    }

    @Override
    public long shrU(long a, int n) {
        if (n == 0) {
            return a;
        }
        int lo = low(a);
        int hi = high(a);
        return n < 32 ? fromHalves(lo >>> n | hi << (32 - n), hi >>> n) : fromHalves(hi >>> (n - 32), 0);
    }

    @Override
    public long shrS(long a, int n) {
        if (n == 0) {
            return a;
        }
        int lo = low(a);
        int hi = high(a);
        return n < 32 ? fromHalves(lo >>> n | hi << (32 - n), hi >> n) : fromHalves(hi >> (n - 32), hi >> 31);
    }

    @Override
    public long rotl(long a, int n) {
        return a * POW2[n] | shrU(a, (64 - n) & 63);
    }

    @Override
    public long rotr(long a, int n) {
        return shrU(a, n) | a * POW2[(64 - n) & 63];
    }

    @Override
    public int clz(long a) {
        int hi = high(a);
        return hi != 0 ? Integer.numberOfLeadingZeros(hi) : 32 + Integer.numberOfLeadingZeros(low(a));
    }

    @Override
    public int ctz(long a) {
        int lo = low(a);
        return lo != 0 ? Integer.numberOfTrailingZeros(lo) : 32 + Integer.numberOfTrailingZeros(high(a));
    }

    @Override
    public int popcnt(long a) {
        return Integer.bitCount(low(a)) + Integer.bitCount(high(a));
    }

    /**
     * Built from two int halves computed exactly in double arithmetic: TeaVM's (long) x is BigInt(Math.floor(x)),
     * 24 ns against 3 ns measured.
     */
    @Override
    public long truncate(double x) {
        double t = x >= 0 ? Math.floor(x) : Math.ceil(x);
        double hi = Math.floor(t / 4294967296.0); // exact: a power-of-two division and an integer floor
        double lo = t - hi * 4294967296.0; // exact: an integer in [0, 2^32)
        return fromHalves(
                lo >= 2147483648.0 ? (int) (lo - 4294967296.0) : (int) lo,
                hi >= 2147483648.0 ? (int) (hi - 4294967296.0) : (int) hi);
    }

    /** hi * 2^32 is exact, so adding the low half rounds once. */
    @Override
    public double toDouble(long a) {
        int lo = low(a);
        return high(a) * 4294967296.0 + (lo >= 0 ? lo : lo + 4294967296.0);
    }

    @Override
    public double toDoubleUnsigned(long a) {
        int lo = low(a);
        int hi = high(a);
        return (hi >= 0 ? hi : hi + 4294967296.0) * 4294967296.0 + (lo >= 0 ? lo : lo + 4294967296.0);
    }

    /**
     * Signed BigInt divisions only (asUintN, which Long.divideUnsigned uses, is not kept in registers: 37 ns
     * against 13 ns measured for the remainder). A dividend of 2^63 or more is split into (a & MAX) + MAX + 1; with
     * 0 < b < 2^62 the remainders of both parts and the carry fit in a long.
     */
    @Override
    public long divU(long a, long b) {
        if (b > 0) {
            if (a >= 0) {
                return a / b;
            }
            if (b < LongConstants.TWO_62) {
                long x = a & LongConstants.MAX;
                long max = LongConstants.MAX;
                return x / b + max / b + (x % b + max % b + 1 >= b ? 1 : 0);
            }
        }
        return Long.divideUnsigned(a, b);
    }

    @Override
    public long remU(long a, long b) {
        if (b > 0) {
            if (a >= 0) {
                return a % b;
            }
            if (b < LongConstants.TWO_62) {
                long max = LongConstants.MAX;
                long r = (a & max) % b + max % b + 1;
                return r >= b ? r - b : r;
            }
        }
        return Long.remainderUnsigned(a, b);
    }

    /** An xor with MIN and a signed compare (Long.compareUnsigned is two BigInt conversions in JS). */
    @Override
    public boolean lessU(long a, long b) {
        return (a ^ LongConstants.MIN) < (b ^ LongConstants.MIN);
    }

    @Override
    public double f64FromHalves(int lo, int hi) {
        return FloatBits.fromHalves(lo, hi);
    }

    @Override
    public void f64ToHalves(double v, int[] out, int at) {
        FloatBits.toHalves(v, out, at);
    }

    @Override
    public double loadF64(byte[] m, int ea) {
        return FloatBits.fromHalves(LittleEndian.le32(m, ea), LittleEndian.le32(m, ea + 4));
    }

    @Override
    public void storeF64(byte[] m, int ea, double v) {
        FloatBits.toHalves(v, halves, 0);
        LittleEndian.store32(m, ea, halves[0]);
        LittleEndian.store32(m, ea + 4, halves[1]);
    }

    @Override
    public long loadI64(byte[] m, int ea) {
        return fromHalves(LittleEndian.le32(m, ea), LittleEndian.le32(m, ea + 4));
    }

    @Override
    public void storeI64(byte[] m, int ea, long v) {
        LittleEndian.store32(m, ea, low(v));
        LittleEndian.store32(m, ea + 4, high(v));
    }

    /** Doubling copies: System.arraycopy is a typed-array copy in TeaVM, its Arrays.fill a per-element loop. */
    @Override
    public void fill(byte[] m, int start, int length, byte value) {
        ByteFill.fillByCopies(m, start, length, value, length);
    }

    @Override
    public void memoryReplaced(byte[] old) {}

    @Override
    public byte[] newMemoryArray(int length, int capacity) {
        return new byte[length];
    }

    @Override
    public byte[] extendMemoryArray(byte[] a, int length) {
        return null;
    }

    @Override
    public boolean memoryArrayIsExact(byte[] a) {
        return true;
    }

    /**
     * Yes: reading a count from a long slot is a BigInt-to-number conversion (~15 ns) here, and the dedicated
     * shifts are multiplications or work on int halves.
     */
    @Override
    public boolean dedicatedI64Shifts() {
        return true;
    }

    @Override
    public String toString() {
        return "the BigInt platform";
    }
}
