package dev.teawasi.engine.internal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JS build's forms of i64 operations and memory access (BigIntPlatform, portable Java) checked on the JVM
 * against the plain operators, with operands as data: once with the portable halves, once with halves computed
 * differently (as the JS build's typed-array halves are). {@link InstalledPlatformTest} runs the engine on it.
 */
class BigIntPlatformTest {
    private static final long[] EDGES = {
        0,
        1,
        -1,
        2,
        Long.MAX_VALUE,
        Long.MIN_VALUE,
        Long.MIN_VALUE + 1,
        0x9E3779B97F4A7C15L,
        0xFFFFFFFFL,
        0x100000000L,
        0x80000000L,
        0x7FFFFFFFL,
        -2
    };

    /** Halves computed another way than BigIntPlatform's casts. */
    static class OtherHalves extends BigIntPlatform {
        @Override
        public int low(long v) {
            return (int) (v & 0xFFFFFFFFL);
        }

        @Override
        public int high(long v) {
            return (int) (v >> 32);
        }
    }

    private static final Platform[] PLATFORMS = {new BigIntPlatform(), new OtherHalves()};
    private static final Platform JAVA = new JavaPlatform();

    private static List<Long> longs(int seed, int count) {
        Random r = new Random(seed);
        List<Long> values = new ArrayList<>();
        for (long e : EDGES) {
            values.add(e);
        }
        for (int i = 0; i < count; i++) {
            values.add(r.nextLong() >> r.nextInt(64));
        }
        return values;
    }

    @Test
    void shiftsAndRotatesAgreeWithTheOperators() {
        for (Platform p : new Platform[] {PLATFORMS[0], PLATFORMS[1], JAVA}) {
            for (long a : longs(7, 1500)) {
                for (int n = 0; n < 64; n++) {
                    assertEquals(a << n, p.shl(a, n), p + ": shl " + a + " " + n);
                    assertEquals(a >>> n, p.shrU(a, n), p + ": shr_u " + a + " " + n);
                    assertEquals(a >> n, p.shrS(a, n), p + ": shr_s " + a + " " + n);
                    assertEquals(Long.rotateLeft(a, n), p.rotl(a, n), p + ": rotl " + a + " " + n);
                    assertEquals(Long.rotateRight(a, n), p.rotr(a, n), p + ": rotr " + a + " " + n);
                }
            }
        }
    }

    @Test
    void halvesFormsAgreeWithTheOperators() {
        for (Platform p : PLATFORMS) {
            for (long a : longs(5, 3000)) {
                assertEquals((int) a, p.low(a), "low " + a);
                assertEquals((int) (a >>> 32), p.high(a), "high " + a);
                assertEquals(a, p.fromHalves(p.low(a), p.high(a)), "halves " + a);
                assertEquals(Long.numberOfLeadingZeros(a), p.clz(a), "clz " + a);
                assertEquals(Long.numberOfTrailingZeros(a), p.ctz(a), "ctz " + a);
                assertEquals(Long.bitCount(a), p.popcnt(a), "popcnt " + a);
                assertEquals((double) a, p.toDouble(a), "f64.convert_i64_s " + a);
                assertEquals(JAVA.toDoubleUnsigned(a), p.toDoubleUnsigned(a), "f64.convert_i64_u " + a);
                assertEquals((double) a, JAVA.toDouble(a), "JVM f64.convert_i64_s " + a);
            }
        }
    }

    @Test
    void truncationAgreesWithTheCasts() {
        Random r = new Random(3);
        double[] edges = {
            0.0,
            -0.0,
            0.5,
            -0.5,
            0.999,
            -0.999,
            1,
            -1,
            4294967295.5,
            4294967296.0,
            -4294967296.5,
            2147483648.0,
            -2147483649.0,
            9007199254740993.0,
            -9223372036854775808.0,
            9223372036854774784.0,
            -9223372036854774784.0,
            9223372036854775808.0,
            18446744073709549568.0,
            1e-300,
            -1e-300
        };
        List<Double> values = new ArrayList<>();
        for (double e : edges) {
            values.add(e);
        }
        for (int i = 0; i < 20000; i++) {
            values.add((r.nextDouble() * 2 - 1) * Math.pow(2, r.nextInt(64)));
            values.add(r.nextDouble() * Math.pow(2, 63 + r.nextInt(2)));
        }
        for (double x : values) {
            long expected = x >= 0x1p63 ? (long) (x - 0x1p63) ^ Long.MIN_VALUE : (long) x; // unsigned for >= 2^63
            if (x >= -0x1p63 && x < 0x1p64) {
                for (Platform p : new Platform[] {PLATFORMS[0], PLATFORMS[1], JAVA}) {
                    assertEquals(expected, p.truncate(x), p + ": trunc " + x);
                }
            }
        }
    }

    @Test
    void unsignedDivisionAgreesWithTheJdk() {
        Random r = new Random(11);
        List<Long> values = new ArrayList<>();
        for (long e : EDGES) {
            values.add(e);
            values.add(e >>> 1);
            values.add(e >>> 2);
            values.add((e >>> 2) - 1);
        }
        for (int i = 0; i < 300; i++) {
            values.add(r.nextLong());
            values.add(r.nextLong() >>> r.nextInt(64));
        }
        for (Platform p : new Platform[] {PLATFORMS[0], JAVA}) {
            for (long a : values) {
                for (long b : values) {
                    if (b == 0) {
                        continue;
                    }
                    assertEquals(Long.divideUnsigned(a, b), p.divU(a, b), p + ": " + a + " /u " + b);
                    assertEquals(Long.remainderUnsigned(a, b), p.remU(a, b), p + ": " + a + " %u " + b);
                }
            }
        }
    }

    @Test
    void unsignedCompareAndConstants() {
        for (Platform p : new Platform[] {PLATFORMS[0], JAVA}) {
            for (long a : EDGES) {
                for (long b : EDGES) {
                    assertEquals(Long.compareUnsigned(a, b) < 0, p.lessU(a, b), p + ": " + a + " <u " + b);
                }
            }
        }
        assertEquals(Long.MIN_VALUE, LongConstants.MIN);
        assertEquals(Long.MAX_VALUE, LongConstants.MAX);
        assertEquals(0xFFFFFFFFL, LongConstants.MASK32);
        assertEquals(1L << 32, LongConstants.TWO_32);
    }

    @Test
    void memoryAccessAgreesBetweenPlatforms() {
        Random r = new Random(13);
        long[] bits = {
            0,
            0x8000000000000000L,
            1,
            0x7FF0000000000000L,
            0x7FF4000000000001L,
            0xFFF8000000000000L,
            0x000FFFFFFFFFFFFFL,
            0x3FF0000000000000L,
            -1
        };
        for (Platform p : PLATFORMS) {
            for (int i = 0; i < 2000 + bits.length; i++) {
                long b = i < bits.length ? bits[i] : r.nextLong();
                byte[] javaMem = new byte[16];
                byte[] mem = new byte[16];
                int ea = i % 9;
                JAVA.storeI64(javaMem, ea, b);
                p.storeI64(mem, ea, b);
                assertEquals(java.util.Arrays.toString(javaMem), java.util.Arrays.toString(mem), "storeI64 " + b);
                assertEquals(b, p.loadI64(mem, ea), "loadI64 " + b);
                double d = Double.longBitsToDouble(b);
                p.storeF64(mem, ea, d);
                JAVA.storeF64(javaMem, ea, d);
                assertEquals(java.util.Arrays.toString(javaMem), java.util.Arrays.toString(mem), "storeF64 " + d);
                assertEquals(
                        Double.doubleToRawLongBits(JAVA.loadF64(mem, ea)),
                        Double.doubleToRawLongBits(p.loadF64(mem, ea)),
                        "loadF64 " + d);
                int[] halves = new int[3];
                p.f64ToHalves(d, halves, 1);
                assertEquals(p.low(Double.doubleToRawLongBits(d)), halves[1], "f64 low " + d);
                assertEquals(p.high(Double.doubleToRawLongBits(d)), halves[2], "f64 high " + d);
                assertEquals(
                        Double.doubleToRawLongBits(d),
                        Double.doubleToRawLongBits(p.f64FromHalves(halves[1], halves[2])),
                        "f64 halves " + d);
            }
        }
    }

    @Test
    void fillsAgree() {
        for (int length : new int[] {0, 1, 63, 64, 65, 1000, 8192, 8193, 70000}) {
            byte[] expected = new byte[length + 20];
            java.util.Arrays.fill(expected, 7, 7 + length, (byte) 0xA5);
            for (Platform p : new Platform[] {PLATFORMS[0], JAVA}) {
                byte[] m = new byte[length + 20];
                p.fill(m, 7, length, (byte) 0xA5);
                assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(m), p + ": fill " + length);
            }
        }
    }
}
