package dev.teawasi.engine.internal.exec;

/**
 * The two 32-bit halves of a long, supplied by the embedder where the portable {@code (int) v} and
 * {@code (int) (v >>> 32)} are slow: in TeaVM's JavaScript a long is a BigInt and each of these allocates
 * (~17 ns); a BigInt64Array and an Int32Array over the same 8 bytes give them in ~2 ns. The JS build installs such
 * a strategy; the JVM never consults this (see {@link BigIntLongs}, used only where {@link FloatBits#ARITHMETIC}).
 */
public final class LongHalves {
    /** low(v) = bits 0..31 of v, high(v) = bits 32..63. */
    public interface Strategy {
        int low(long v);

        int high(long v);
    }

    static Strategy strategy;

    private LongHalves() {
    }

    /** Installs the halves used in TeaVM's JavaScript; null restores the portable casts and shifts. */
    public static void use(Strategy s) {
        strategy = s;
    }
}
