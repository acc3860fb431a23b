package dev.teawasi.engine.internal.platform;

/**
 * The JVM's platform: plain operators and intrinsics. Methods that run on memory accesses stay under 35 bytes of
 * bytecode (with their callees): HotSpot's C2 inlines a callee that small even where the huge dispatch loop has no
 * profile for it; larger ones became real calls on every access.
 */
final class JavaPlatform implements Platform {
    @Override
    public String name() {
        return "java";
    }

    private static final double TWO_63 = 9223372036854775808.0;
    /** Largest copy of a memory.fill: the source block stays in the L1 cache (see {@link ByteFill}). */
    private static final int FILL_BLOCK = 8192;

    @Override
    public long divU(long a, long b) {
        // not Long.divideUnsigned: JDK 17's goes through BigInteger for a dividend >= 2^63
        if (b < 0) {
            return Long.compareUnsigned(a, b) >= 0 ? 1 : 0;
        }
        if (a >= 0) {
            return a / b;
        }
        // a >= 2^63: divide a/2 then fix up (Hacker's Delight 9-3)
        long q = ((a >>> 1) / b) << 1;
        long r = a - q * b;
        return q + (Long.compareUnsigned(r, b) >= 0 ? 1 : 0);
    }

    @Override
    public long remU(long a, long b) {
        return a - divU(a, b) * b;
    }

    @Override
    public int clz(long a) {
        return Long.numberOfLeadingZeros(a);
    }

    @Override
    public int ctz(long a) {
        return Long.numberOfTrailingZeros(a);
    }

    @Override
    public int popcnt(long a) {
        return Long.bitCount(a);
    }

    @Override
    public long shl(long a, int n) {
        return a << n;
    }

    @Override
    public long shrS(long a, int n) {
        return a >> n;
    }

    @Override
    public long shrU(long a, int n) {
        return a >>> n;
    }

    @Override
    public long rotl(long a, int n) {
        return (a << n) | (a >>> (64 - n));
    }

    @Override
    public long rotr(long a, int n) {
        return (a >>> n) | (a << (64 - n));
    }

    @Override
    public boolean lessU(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }

    @Override
    public int low(long v) {
        return (int) v;
    }

    @Override
    public int high(long v) {
        return (int) (v >>> 32);
    }

    @Override
    public long fromHalves(int lo, int hi) {
        return (lo & 0xFFFFFFFFL) | ((long) hi << 32);
    }

    @Override
    public long truncate(double x) {
        return x >= TWO_63 ? (long) (x - TWO_63) ^ Long.MIN_VALUE : (long) x;
    }

    @Override
    public double toDouble(long a) {
        return a < 0 ? -toDoubleUnsigned(-a) : toDoubleUnsigned(a);
    }

    /** Correctly rounded: rounds to 53 bits itself (ties to even), so no runtime long-to-double rounding is involved. */
    @Override
    public double toDoubleUnsigned(long u) {
        int lz = Long.numberOfLeadingZeros(u);
        if (lz >= 11) {
            return (double) u;
        }
        int shift = 11 - lz;
        long m = u >>> shift;
        long rest = u & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (rest > half || (rest == half && (m & 1) != 0)) {
            m++;
        }
        return (double) m * (double) (1L << shift);
    }

    @Override
    public double f64FromHalves(int lo, int hi) {
        return Double.longBitsToDouble(fromHalves(lo, hi));
    }

    @Override
    public void f64ToHalves(double v, int[] out, int at) {
        long bits = Double.doubleToRawLongBits(v);
        out[at] = (int) bits;
        out[at + 1] = (int) (bits >>> 32);
    }

    @Override
    public double loadF64(byte[] m, int ea) {
        return Double.longBitsToDouble(loadI64(m, ea));
    }

    @Override
    public void storeF64(byte[] m, int ea, double v) {
        storeI64(m, ea, Double.doubleToRawLongBits(v));
    }

    @Override
    public long loadI64(byte[] m, int ea) {
        return (LittleEndian.le32(m, ea) & 0xFFFFFFFFL) | ((long) LittleEndian.le32(m, ea + 4) << 32);
    }

    @Override
    public void storeI64(byte[] m, int ea, long v) {
        LittleEndian.store32(m, ea, (int) v);
        LittleEndian.store32(m, ea + 4, (int) (v >>> 32));
    }

    @Override
    public void fill(byte[] m, int start, int length, byte value) {
        ByteFill.fillByCopies(m, start, length, value, FILL_BLOCK);
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

    @Override
    public boolean dedicatedI64Shifts() {
        return false;
    }

    @Override
    public String toString() {
        return "the JVM platform";
    }
}
