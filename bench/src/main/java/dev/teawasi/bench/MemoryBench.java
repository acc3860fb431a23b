package dev.teawasi.bench;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.wasm.Parser;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.Instance;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.Value;
import java.util.Arrays;

/**
 * Bulk-memory micro-benchmark: bytes per second of wasm memory.copy / memory.fill (a loop of one op, see
 * {@link MemoryOpsModule}) on teawasi and on Chicory, against System.arraycopy / Arrays.fill of the same lengths on
 * a plain byte[] in the same process. Each case is warmed up, then timed over about --seconds (default 0.5).
 */
public final class MemoryBench {
    private static final int SRC = 0;
    private static final int DST = 2 << 20;
    private static final int[] LENGTHS = {64, 4096, 65536, 1 << 20};
    private static byte[] javaArray = new byte[MemoryOpsModule.PAGES * 65536];
    private static int sink;

    private MemoryBench() {}

    interface Op {
        void run(int dst, int srcOrValue, int len, int reps);
    }

    public static void main(String[] args) {
        double seconds = 0.5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--seconds")) {
                seconds = Double.parseDouble(args[i + 1]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.print(report(seconds));
    }

    /** Runs every case for about the given time each and returns the markdown table. */
    public static String report(double seconds) {
        byte[] wasm = MemoryOpsModule.bytes();
        Instance t = Instance.instantiate(WasmModule.compile(wasm), new Imports());
        com.dylibso.chicory.runtime.Instance c =
                com.dylibso.chicory.runtime.Instance.builder(Parser.parse(wasm)).build();
        ExportFunction cCopy = c.export("copy");
        ExportFunction cFill = c.export("fill");
        Op teawasiCopy = (d, s, n, r) -> t.invoke("copy", Value.i32(d), Value.i32(s), Value.i32(n), Value.i32(r));
        Op teawasiFill = (d, v, n, r) -> t.invoke("fill", Value.i32(d), Value.i32(v), Value.i32(n), Value.i32(r));
        Op chicoryCopy = (d, s, n, r) -> cCopy.apply(d, s, n, r);
        Op chicoryFill = (d, v, n, r) -> cFill.apply(d, v, n, r);
        Op arraycopy = (d, s, n, r) -> {
            byte[] a = javaArray;
            for (int i = 0; i < r; i++) {
                System.arraycopy(a, s, a, d, n);
            }
            sink += a[d + n - 1];
        };
        Op arraysFill = (d, v, n, r) -> {
            byte[] a = javaArray;
            for (int i = 0; i < r; i++) {
                Arrays.fill(a, d, d + n, (byte) (v + i));
            }
            sink += a[d + n - 1];
        };
        StringBuilder sb = new StringBuilder();
        sb.append("| op | length | teawasi GB/s | Chicory GB/s | Java GB/s | teawasi / Java |\n");
        sb.append("|---|---:|---:|---:|---:|---:|\n");
        for (int len : LENGTHS) {
            row(sb, "memory.copy vs System.arraycopy", len, seconds, teawasiCopy, chicoryCopy, arraycopy, SRC);
        }
        for (int len : LENGTHS) {
            row(sb, "memory.fill vs Arrays.fill", len, seconds, teawasiFill, chicoryFill, arraysFill, 0x5a);
        }
        return sb.toString();
    }

    private static void row(
            StringBuilder sb, String name, int len, double seconds, Op teawasi, Op chicory, Op java, int srcOrValue) {
        double tw = gbPerSecond(teawasi, len, seconds, srcOrValue);
        double ch = gbPerSecond(chicory, len, seconds, srcOrValue);
        double jv = gbPerSecond(java, len, seconds, srcOrValue);
        sb.append(String.format("| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", name, len, tw, ch, jv, tw / jv));
    }

    /** Calibrates a repetition count on warm code, then measures; returns 10^9 bytes per second. */
    static double gbPerSecond(Op op, int len, double seconds, int srcOrValue) {
        long target = (long) (seconds * 1e9);
        long callTime = Math.min(50_000_000L, target / 4);
        int reps = 1;
        long elapsed = 0;
        while (elapsed < callTime && reps < (1 << 30)) { // warm-up and calibration: grow until one call is 50 ms
            reps *= 2;
            long t0 = System.nanoTime();
            op.run(DST, srcOrValue, len, reps);
            elapsed = System.nanoTime() - t0;
        }
        long total = 0;
        long bytes = 0;
        while (total < target) {
            long t0 = System.nanoTime();
            op.run(DST, srcOrValue, len, reps);
            total += System.nanoTime() - t0;
            bytes += (long) len * reps;
        }
        return bytes / (double) total;
    }
}
