package dev.teawasi.wasi.host;

/** A deterministic (not cryptographic) random source: splitmix64 from a seed. */
public final class SeededRandom implements RandomSource {
    private long state;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    private long next() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public void nextBytes(byte[] dst, int off, int len) {
        int i = 0;
        while (i < len) {
            long r = next();
            for (int k = 0; k < 8 && i < len; k++, i++) {
                dst[off + i] = (byte) r;
                r >>>= 8;
            }
        }
    }
}
