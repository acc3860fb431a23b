package dev.teawasi.web;

import dev.teawasi.engine.internal.exec.LongHalves;
import org.teavm.jso.typedarrays.BigInt64Array;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * The halves of a long in the JS build: TeaVM backs a long[] with a BigInt64Array, so an int[] viewing the same
 * 8 bytes reads them back as two int32s: a typed-array store and load (~2 ns) instead of a BigInt-to-number
 * conversion and a BigInt shift (~17 ns and ~18 ns). Installed only if the platform is little-endian (checked).
 */
final class TypedArrayLongHalves implements LongHalves.Strategy {
    private final long[] longs = new long[1];
    private final int[] ints;

    private TypedArrayLongHalves() {
        ints = new Int32Array(BigInt64Array.fromJavaArray(longs).getBuffer()).toJavaArray();
    }

    static void install() {
        TypedArrayLongHalves h = new TypedArrayLongHalves();
        if (h.low(0x1_0000_0002L) == 2 && h.high(0x1_0000_0002L) == 1) {
            LongHalves.use(h);
        }
    }

    @Override
    public int low(long v) {
        longs[0] = v;
        return ints[0];
    }

    @Override
    public int high(long v) {
        longs[0] = v;
        return ints[1];
    }
}
