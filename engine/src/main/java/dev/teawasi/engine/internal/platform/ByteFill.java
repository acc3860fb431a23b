package dev.teawasi.engine.internal.platform;

/**
 * memory.fill at array-copy speed: fill a short prefix, then copy it forward with System.arraycopy. TeaVM's
 * Arrays.fill is a per-element JS loop (0.46 GB/s measured against 35 GB/s for a typed-array fill) while its
 * System.arraycopy is a typed-array copy, so there the prefix doubles until done (the JS build's platform uses the
 * typed array's own fill instead). On the JVM, Arrays.fill is fast only once C2 has compiled it: until then it runs
 * in the bytecode interpreter at ~0.2 GB/s (it was 90% of memops.bulk's first timed run), while System.arraycopy is
 * a native copy stub in every tier; doubling was 0.5x of compiled Arrays.fill at 2 MiB, so the JVM copies
 * cache-resident 8 KiB blocks instead (measured ~0.9x of compiled Arrays.fill, ~25 GB/s when interpreted).
 */
final class ByteFill {
    private static final int SEED = 64;

    private ByteFill() {}

    /** Fills buf[start, start + length) with value, copying at most block bytes at a time; the range is checked. */
    static void fillByCopies(byte[] buf, int start, int length, byte value, int block) {
        int seed = Math.min(length, SEED);
        for (int i = 0; i < seed; i++) {
            buf[start + i] = value;
        }
        int done = seed;
        while (done < length) {
            int chunk = Math.min(Math.min(done, block), length - done);
            System.arraycopy(buf, start, buf, start + done, chunk);
            done += chunk;
        }
    }
}
