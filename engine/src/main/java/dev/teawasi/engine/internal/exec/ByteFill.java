package dev.teawasi.engine.internal.exec;

/**
 * memory.fill at array-copy speed on both sides: fill a short prefix, then copy it forward with System.arraycopy.
 * TeaVM's Arrays.fill is a per-element JS loop (0.46 GB/s measured against 35 GB/s for a typed-array fill) while its
 * System.arraycopy is a typed-array copy, so there the prefix doubles until done; an embedder that has a faster fill
 * (the JS build: the typed array's own fill) installs it with {@link #use}; the engine itself knows nothing of the
 * platform. On the JVM, Arrays.fill is fast only once C2 has compiled it: until then it runs in the bytecode
 * interpreter at ~0.2 GB/s (it was 90% of memops.bulk's first timed run), while System.arraycopy is a native copy
 * stub in every tier; doubling was 0.5x of compiled Arrays.fill at 2 MiB, so the JVM copies cache-resident 8 KiB
 * blocks instead (measured ~0.9x of compiled Arrays.fill, ~25 GB/s when interpreted). Callers have already checked
 * the bounds.
 */
public final class ByteFill {
    /** Fills buf[start, start + length) with value; the range is already checked. */
    public interface Strategy {
        void fill(byte[] buf, int start, int length, byte value);
    }

    private static final int SEED = 64;
    /** Largest copy on the JVM: the source block stays in the L1 cache. */
    private static final int JVM_BLOCK = 8192;
    private static Strategy strategy;

    private ByteFill() {
    }

    /** Installs the fill used where Arrays.fill is slow (TeaVM's JavaScript); null restores the doubling copy. */
    public static void use(Strategy s) {
        strategy = s;
    }

    static void fill(byte[] buf, int start, int length, byte value) {
        if (FloatBits.ARITHMETIC) {
            Strategy s = strategy;
            if (s != null) {
                s.fill(buf, start, length, value);
                return;
            }
        }
        fillByCopies(buf, start, length, value, FloatBits.ARITHMETIC ? length : JVM_BLOCK);
    }

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
