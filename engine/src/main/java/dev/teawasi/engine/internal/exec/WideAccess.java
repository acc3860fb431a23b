package dev.teawasi.engine.internal.exec;

/**
 * Little-endian 8-byte loads and stores (f64 and i64) supplied by the embedder where the platform has a faster
 * way than the portable code. In TeaVM's JavaScript the portable path assembles an f64 from two 32-bit halves with
 * double arithmetic and an i64 from BigInt operations (a long-to-int is ~15 ns there); the JS build installs a
 * DataView over the memory's typed array instead. The JVM never consults this: its intrinsics are faster.
 * Callers have already checked the bounds.
 */
public final class WideAccess {
    /** 8-byte little-endian access to buf at ea; ea .. ea+7 are inside buf. */
    public interface Strategy {
        double loadF64(byte[] buf, int ea);

        void storeF64(byte[] buf, int ea, double v);

        long loadI64(byte[] buf, int ea);

        void storeI64(byte[] buf, int ea, long v);
    }

    static Strategy strategy;

    private WideAccess() {
    }

    /** Installs the access used in TeaVM's JavaScript ({@link FloatBits#ARITHMETIC}); null restores the portable one. */
    public static void use(Strategy s) {
        strategy = s;
    }
}
