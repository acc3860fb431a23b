package dev.teawasi.engine.internal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The long-free f64 bit conversion (used in JavaScript) must agree with the JVM's raw bit conversions. */
class FloatBitsTest {
    private static void roundTrip(long bits) {
        double v = Double.longBitsToDouble(bits);
        int[] h = new int[2];
        FloatBits.toHalves(v, h, 0);
        long back = (h[0] & 0xFFFFFFFFL) | ((long) h[1] << 32);
        assertEquals(Long.toHexString(Double.doubleToRawLongBits(v)), Long.toHexString(back), "toHalves " + v);
        double w = FloatBits.fromHalves((int) bits, (int) (bits >>> 32));
        assertEquals(Long.toHexString(bits), Long.toHexString(Double.doubleToRawLongBits(w)), "fromHalves " + v);
    }

    @Test
    void edgeValues() {
        long[] edges = {
            0L,
            0x8000000000000000L,
            1L,
            0x800FFFFFFFFFFFFFL,
            0x000FFFFFFFFFFFFFL,
            0x0010000000000000L,
            0x7FEFFFFFFFFFFFFFL,
            0xFFEFFFFFFFFFFFFFL,
            0x7FF0000000000000L,
            0xFFF0000000000000L,
            0x7FF8000000000000L,
            0x7FF4000000000001L,
            0xFFFFFFFFFFFFFFFFL,
            0x3FF0000000000000L,
            0x3FEFFFFFFFFFFFFFL,
            0x4000000000000000L,
            0x3FF0000000000001L,
            0x43E0000000000000L
        };
        for (long b : edges) {
            roundTrip(b);
        }
    }

    @Test
    void randomBitsAndValues() {
        Random r = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            roundTrip(r.nextLong());
            roundTrip(Double.doubleToRawLongBits(r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20)));
        }
    }
}
