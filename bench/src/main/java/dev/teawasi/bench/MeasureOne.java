package dev.teawasi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures one program on one JVM runtime in this process: compile once, then warm-up runs (at about a tenth of the
 * size), then the measured runs at full size, each on a fresh instance with a fresh /sandbox. Every run's checksum
 * is checked. Execution time is the time of _start alone: compile and instantiate are reported apart.
 */
public final class MeasureOne {
    private MeasureOne() {}

    public static WasmRunner runner(String name) {
        switch (name) {
            case "teawasi":
                return new TeawasiRunner();
            case "chicory":
                return new ChicoryRunner();
            default:
                throw new IllegalArgumentException("unknown JVM runtime '" + name + "' (teawasi, chicory)");
        }
    }

    public static Measurement measure(WasmRunner runner, Program program, int warmups, int runs) throws Exception {
        byte[] bytes = Files.readAllBytes(program.wasm);
        long c0 = System.nanoTime();
        Object compiled = runner.compile(bytes);
        double compileMs = (System.nanoTime() - c0) / 1e6;
        for (int i = 0; i < warmups; i++) {
            runChecked(runner, compiled, program, program.warmupSize(), null);
        }
        double[] exec = new double[runs];
        double inst = 0;
        for (int i = 0; i < runs; i++) {
            WasmRunner.RunResult r = runChecked(runner, compiled, program, program.size, program.checksum);
            exec[i] = r.executeNanos / 1e6;
            inst = i == 0 ? r.instantiateNanos / 1e6 : Math.min(inst, r.instantiateNanos / 1e6);
        }
        return new Measurement(runner.name(), program.name, compileMs, inst, exec);
    }

    /** One run; expected null accepts any checksum (warm-up sizes have none on record) but one must be printed. */
    static WasmRunner.RunResult runChecked(
            WasmRunner runner, Object compiled, Program program, String size, String expected) throws Exception {
        Path sandbox = Files.createTempDirectory("teawasi-bench-sandbox");
        try {
            WasmRunner.RunResult r = runner.run(compiled, program.args(size), sandbox);
            String sum = Program.checksumIn(r.stdout);
            if (r.exitCode != 0 || sum == null || (expected != null && !expected.equals(sum))) {
                throw new IllegalStateException(runner.name() + " " + program.name + " " + size + ": exit " + r.exitCode
                        + ", checksum " + sum + (expected != null ? " (expected " + expected + ")" : "")
                        + "; output tail: " + tail(r.stdout));
            }
            return r;
        } finally {
            deleteTree(sandbox);
        }
    }

    private static String tail(String s) {
        return s.length() > 300 ? s.substring(s.length() - 300) : s;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    static Program find(List<Program> programs, String name) {
        for (Program p : programs) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no program '" + name + "' in PROGRAMS.tsv");
    }
}
