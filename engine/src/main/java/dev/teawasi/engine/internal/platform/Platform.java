package dev.teawasi.engine.internal.platform;

/**
 * Everything the engine does differently depending on the platform it runs on, in one place. The engine's code is
 * portable Java, but its fastest exact form of some operations differs between the JVM, where a {@code long} is a
 * machine word and 8-byte memory access has intrinsics, and TeaVM's JavaScript, where a {@code long} is a BigInt
 * (every op wrapped in {@code BigInt.asIntN}) and typed arrays offer what Java has no word for.
 *
 * <p>The JVM uses {@link JavaPlatform} (the default); the JS build installs its own (web's {@code JsPlatform}, a
 * {@link BigIntPlatform} with typed-array access) once at start-up with {@link #install}. The engine reads the
 * platform from {@link CurrentPlatform#PLATFORM}, a constant: HotSpot inlines the calls as if they were static,
 * and nothing can change the platform while the engine runs (tests of other platforms start their own JVM).
 *
 * <p>Every method is exact on every input it admits; they differ only in speed.
 */
public interface Platform {
    /**
     * Makes {@code platform} the engine's platform. Call once at start-up, before any engine code runs: once the
     * engine has read its platform, installing another one throws IllegalStateException.
     */
    static void install(Platform platform) {
        Installation.install(platform);
    }

    /** A short name for diagnostics and tests: "java", "bigint", "js". */
    String name();

    // ---- i64 arithmetic whose fast exact form depends on how long is represented

    /** Unsigned a / b; b != 0. */
    long divU(long a, long b);

    /** Unsigned a % b; b != 0. */
    long remU(long a, long b);

    int clz(long a);

    int ctz(long a);

    int popcnt(long a);

    /** a << n for n in 0..63. */
    long shl(long a, int n);

    /** a >> n for n in 0..63. */
    long shrS(long a, int n);

    /** a >>> n for n in 0..63. */
    long shrU(long a, int n);

    /** a rotated left by n in 0..63. */
    long rotl(long a, int n);

    /** a rotated right by n in 0..63. */
    long rotr(long a, int n);

    /** Unsigned a < b. */
    boolean lessU(long a, long b);

    /** Bits 0..31 of v: (int) v. */
    int low(long v);

    /** Bits 32..63 of v: (int) (v >>> 32). */
    int high(long v);

    /** The long whose bits 0..31 are lo and bits 32..63 are hi. */
    long fromHalves(int lo, int hi);

    /**
     * x truncated toward zero, for -2^63 - 1 < x < 2^64 (the caller checks the range and NaN); from 2^63 on the
     * result wraps, as the unsigned conversions want.
     */
    long truncate(double x);

    /** Signed a as the nearest double (ties to even). */
    double toDouble(long a);

    /** Unsigned a as the nearest double (ties to even). */
    double toDoubleUnsigned(long a);

    // ---- f64 bits held in two ints (v128 lanes); NaN payloads kept bit-exactly

    double f64FromHalves(int lo, int hi);

    /** Writes the bits of v to out[at] (low word) and out[at + 1] (high word). */
    void f64ToHalves(double v, int[] out, int at);

    // ---- linear memory: little-endian, the caller has checked ea .. ea + 7 (or the range) against the array

    double loadF64(byte[] m, int ea);

    void storeF64(byte[] m, int ea, double v);

    long loadI64(byte[] m, int ea);

    void storeI64(byte[] m, int ea, long v);

    /** Fills m[start, start + length) with value. */
    void fill(byte[] m, int start, int length, byte value);

    /** A memory's array was replaced by a larger or renewed one (the JS build detaches the old ArrayBuffer). */
    void memoryReplaced(byte[] old);

    /**
     * A zeroed memory array of exactly {@code length} bytes for a memory that grew; where arrays can be views, its
     * storage may reserve up to {@code capacity} bytes so that {@link #extendMemoryArray} can grow it later without
     * a copy. Throws (any Throwable) when the host cannot allocate it.
     */
    byte[] newMemoryArray(int length, int capacity);

    /**
     * An array of {@code length} bytes over the same storage as {@code a} (its bytes, then the zeros of the reserve),
     * or null when a has no reserve of that size (always on the JVM: a Java array cannot be a view). The memory then
     * uses the new array; a stays valid and shares the storage, so nothing is detached.
     */
    byte[] extendMemoryArray(byte[] a, int length);

    /** Whether a memory array's storage is exactly the array (no reserve): what the JS API may hand to a page. */
    boolean memoryArrayIsExact(byte[] a);

    // ---- translation

    /**
     * Whether the translator emits the dedicated i64 shift instructions (count as an immediate or read as the low
     * half of a slot, run in the dispatch loop's rare tier) instead of the plain shifts of the main loop.
     */
    boolean dedicatedI64Shifts();
}
