package dev.teawasi.engine.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.internal.script.ScriptResult;
import dev.teawasi.engine.internal.script.ScriptRunner;
import dev.teawasi.engine.internal.store.EngineConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JS-build forms of i64 operations (BigIntLongs, and the translator's constant-count shifts that only the JS
 * build emits) checked on the JVM against the plain operators, with operands as data.
 */
class BigIntLongsTest {
    private static final long[] EDGES = {0, 1, -1, 2, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
        0x9E3779B97F4A7C15L, 0xFFFFFFFFL, 0x100000000L, 0x80000000L, 0x7FFFFFFFL, -2};

    @Test
    void shiftsAndRotatesAgreeWithTheOperators() {
        Random r = new Random(7);
        List<Long> values = new ArrayList<>();
        for (long e : EDGES) {
            values.add(e);
        }
        for (int i = 0; i < 2000; i++) {
            values.add(r.nextLong());
        }
        for (long a : values) {
            for (int n = 0; n < 64; n++) {
                assertEquals(a << n, BigIntLongs.shl(a, n), "shl " + a + " " + n);
                assertEquals(Long.rotateLeft(a, n), BigIntLongs.rotl(a, n), "rotl " + a + " " + n);
                assertEquals(Long.rotateRight(a, n), BigIntLongs.rotr(a, n), "rotr " + a + " " + n);
            }
        }
    }

    @Test
    void halvesFormsAgreeWithTheOperators() {
        // the portable halves, then a strategy like the JS build's (here computed differently: from a byte order)
        LongHalves.Strategy[] strategies = {null, new LongHalves.Strategy() {
            @Override
            public int low(long v) {
                return (int) (v & 0xFFFFFFFFL);
            }

            @Override
            public int high(long v) {
                return (int) (v >> 32);
            }
        }};
        Random r = new Random(5);
        List<Long> values = new ArrayList<>();
        for (long e : EDGES) {
            values.add(e);
        }
        for (int i = 0; i < 3000; i++) {
            values.add(r.nextLong() >> r.nextInt(64));
        }
        LongHalves.Strategy before = LongHalves.strategy;
        try {
            for (LongHalves.Strategy s : strategies) {
                LongHalves.use(s);
                for (long a : values) {
                    assertEquals(a, BigIntLongs.fromHalves(BigIntLongs.low(a), BigIntLongs.high(a)), "halves " + a);
                    assertEquals(Long.numberOfLeadingZeros(a), BigIntLongs.clz(a), "clz " + a);
                    assertEquals(Long.numberOfTrailingZeros(a), BigIntLongs.ctz(a), "ctz " + a);
                    assertEquals(Long.bitCount(a), BigIntLongs.popcnt(a), "popcnt " + a);
                    assertEquals((double) a, BigIntLongs.toDouble(a), "f64.convert_i64_s " + a);
                    assertEquals(Numerics.f64ConvertI64U(a), BigIntLongs.toDoubleUnsigned(a), "f64.convert_i64_u " + a);
                    for (int n = 0; n < 64; n++) {
                        assertEquals(a >>> n, BigIntLongs.shrU(a, n), "shr_u " + a + " " + n);
                        assertEquals(a >> n, BigIntLongs.shrS(a, n), "shr_s " + a + " " + n);
                        assertEquals(Long.rotateLeft(a, n), BigIntLongs.rotl(a, n), "rotl " + a + " " + n);
                        assertEquals(Long.rotateRight(a, n), BigIntLongs.rotr(a, n), "rotr " + a + " " + n);
                    }
                }
            }
        } finally {
            LongHalves.use(before);
        }
    }

    @Test
    void truncationFromHalvesAgreesWithTheCasts() {
        Random r = new Random(3);
        double[] edges = {0.0, -0.0, 0.5, -0.5, 0.999, -0.999, 1, -1, 4294967295.5, 4294967296.0, -4294967296.5,
            2147483648.0, -2147483649.0, 9007199254740993.0, -9223372036854775808.0, 9223372036854774784.0,
            -9223372036854774784.0, 9223372036854775808.0, 18446744073709549568.0, 1e-300, -1e-300};
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
                assertEquals(expected, BigIntLongs.fromTruncated(x), "trunc " + x);
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
        for (long a : values) {
            for (long b : values) {
                if (b == 0) {
                    continue;
                }
                assertEquals(Long.divideUnsigned(a, b), BigIntLongs.divUnsigned(a, b), a + " /u " + b);
                assertEquals(Long.remainderUnsigned(a, b), BigIntLongs.remUnsigned(a, b), a + " %u " + b);
            }
        }
    }

    @Test
    void unsignedCompareAndConstants() {
        for (long a : EDGES) {
            for (long b : EDGES) {
                assertEquals(Long.compareUnsigned(a, b) < 0, BigIntLongs.lessUnsigned(a, b), a + " <u " + b);
            }
        }
        assertEquals(Long.MIN_VALUE, BigIntLongs.MIN);
        assertEquals(Long.MAX_VALUE, BigIntLongs.MAX);
        assertEquals(0xFFFFFFFFL, BigIntLongs.MASK32);
        assertEquals(1L << 32, BigIntLongs.TWO_32);
    }

    /** The i64 .wast files again, with the translator emitting the JS build's constant-count shift forms. */
    @Test
    void i64ScriptsPassWithConstantShiftForms() throws Exception {
        boolean before = Translator.constI64Shifts;
        Translator.constI64Shifts = true;
        try {
            for (String name : new String[] {"i64_bigint_forms", "i64"}) {
                Path wast = Paths.get("src/test/wast", name + ".wast");
                Path dir = Files.createDirectories(Paths.get("target/wast-json-const-shifts", name));
                Path json = dir.resolve(name + ".json");
                Process p = new ProcessBuilder("wast2json", wast.toAbsolutePath().toString(), "-o", json.toString())
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "wast2json: " + out);
                List<String> lines = new ArrayList<>();
                ScriptResult res = new ScriptRunner(f -> read(dir.resolve(f)), lines::add, new EngineConfig())
                        .run(new String(Files.readAllBytes(json), StandardCharsets.UTF_8));
                assertEquals(0, res.failed, name + ": " + String.join("\n", lines) + "\n" + res.summary());
                assertTrue(res.passed > 90, name + ": " + res.summary());
            }
        } finally {
            Translator.constI64Shifts = before;
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }
}
