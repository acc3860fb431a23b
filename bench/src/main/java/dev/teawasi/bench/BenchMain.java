package dev.teawasi.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark driver (scripts/bench.sh runs it). For every program of the corpus, one runtime after the other,
 * it starts a fresh process that compiles the module, does warm-up runs and then the measured runs, and reports
 * the time of _start alone (see {@link MeasureOne}); then it prints the table of times and ratios.
 *
 * <pre>
 * bench [--corpus DIR] [--programs a,b] [--runtimes teawasi,chicory,teavm,v8] [--warmup N] [--runs N]
 *       [--root DIR] [--node PATH] [--timeout SECONDS] [--jvm-opt OPT]... [--out FILE]
 * bench measure --runtime teawasi|chicory --program NAME [--corpus DIR] [--warmup N] [--runs N] [--size N]
 * bench memory [--seconds S]
 * bench table [--corpus DIR] [--out FILE] LOG...   (one table from the output of several driver runs)
 * </pre>
 */
public final class BenchMain {
    private Path corpus = Path.of("bench/target/corpus");
    private List<String> only = new ArrayList<>();
    private List<String> runtimes = new ArrayList<>(List.of("teawasi", "chicory", "teavm", "v8"));
    private int warmup = 1;
    private int runs = 1;
    private Path root = Path.of(".");
    private String node = "node";
    private long timeoutSeconds = 1200;
    private final List<String> jvmOpts = new ArrayList<>();
    private Path out;
    private String runtime;
    private String program;
    private String size;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("memory")) {
            MemoryBench.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        BenchMain b = new BenchMain();
        if (args.length > 0 && args[0].equals("table")) {
            System.exit(b.tableFromLogs(Arrays.copyOfRange(args, 1, args.length)));
        }
        boolean measure = args.length > 0 && args[0].equals("measure");
        try {
            b.parse(measure ? Arrays.copyOfRange(args, 1, args.length) : args);
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            System.err.println("bench: " + e.getMessage());
            System.err.println("options: --programs a,b --runtimes teawasi,chicory,teavm,v8 --warmup N --runs N"
                    + " --timeout SECONDS --jvm-opt OPT --out FILE --corpus DIR --node PATH");
            System.exit(2);
        }
        if (measure) {
            System.exit(b.measureOne());
        }
        System.exit(b.drive());
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException("usage: BenchMain [memory|table|measure] [options]");
            }
            if (v == null) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            switch (a) {
                case "--corpus":
                    corpus = Path.of(v);
                    break;
                case "--programs":
                    only = List.of(v.split(","));
                    break;
                case "--runtimes":
                    runtimes = new ArrayList<>(List.of(v.split(",")));
                    break;
                case "--warmup":
                    warmup = Integer.parseInt(v);
                    break;
                case "--runs":
                    runs = Integer.parseInt(v);
                    break;
                case "--root":
                    root = Path.of(v);
                    break;
                case "--node":
                    node = v;
                    break;
                case "--timeout":
                    timeoutSeconds = Long.parseLong(v);
                    break;
                case "--jvm-opt":
                    jvmOpts.add(v);
                    break;
                case "--out":
                    out = Path.of(v);
                    break;
                case "--runtime":
                    runtime = v;
                    break;
                case "--program":
                    program = v;
                    break;
                case "--size":
                    size = v;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + a);
            }
            i++;
        }
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("--runs must be >= 1 and --warmup >= 0");
        }
    }

    private List<Program> programs() throws IOException {
        return Program.load(corpus.resolve("PROGRAMS.tsv"), corpus.resolve("wasm"));
    }

    private int measureOne() throws Exception {
        Program p = MeasureOne.find(programs(), program);
        if (size != null && !size.equals(p.size)) {
            // another size (for profiling): any checksum line is accepted, there is none on record to compare
            p = new Program(p.name, p.wasm, size, null);
        }
        Measurement m = MeasureOne.measure(MeasureOne.runner(runtime), p, warmup, runs);
        System.out.println(m.toLine());
        return 0;
    }

    private int drive() throws Exception {
        List<Program> selected = new ArrayList<>();
        for (Program p : programs()) {
            // hello has no size and does no work: it is the smoke test, not a benchmark
            if (only.isEmpty() ? !p.size.isEmpty() : only.contains(p.name)) {
                selected.add(p);
            }
        }
        Path module =
                root.resolve("web/target/npm/cli/node-core.js").toAbsolutePath().normalize();
        Path script = root.resolve("bench/src/main/node/bench-node.mjs")
                .toAbsolutePath()
                .normalize();
        String load0 = loadAverage();
        System.out.println("# corpus " + corpus + "; warm-up runs " + warmup + " (about 1/10 size), measured runs "
                + runs + "; cores " + Runtime.getRuntime().availableProcessors() + "; load average " + load0);
        List<String> huge = MethodSizes.largerInEngine(MethodSizes.HUGE_METHOD_LIMIT);
        for (String h : huge) {
            System.out.println("# WARNING: " + h + " of bytecode, above HotSpot's HugeMethodLimit ("
                    + MethodSizes.HUGE_METHOD_LIMIT + "): the JVM never JIT-compiles it");
        }
        Map<String, Map<String, Measurement>> results = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Program p : selected) {
            Map<String, Measurement> row = new LinkedHashMap<>();
            results.put(p.name, row);
            for (String rt : runtimes) {
                List<String> cmd = command(rt, p, module, script);
                Outcome o = runProcess(cmd);
                if (o.measurement != null) {
                    row.put(rt, o.measurement);
                    System.out.printf(
                            "%-14s %-8s execute %10.1f ms (runs %s)  compile %.1f ms  instantiate %.1f ms%n",
                            p.name,
                            rt,
                            o.measurement.medianMs(),
                            Arrays.toString(o.measurement.executeMs),
                            o.measurement.compileMs,
                            o.measurement.instantiateMs);
                } else {
                    failures.put(p.name + " on " + rt, o.error);
                    System.out.printf("%-14s %-8s FAILED: %s%n", p.name, rt, o.error);
                }
            }
        }
        String table = ResultTable.markdown(selected, runtimes, results);
        String load1 = loadAverage();
        StringBuilder report = new StringBuilder();
        report.append(table);
        for (String h : huge) {
            report.append("\nWARNING: ")
                    .append(h)
                    .append(" of bytecode, above HotSpot's HugeMethodLimit (")
                    .append(MethodSizes.HUGE_METHOD_LIMIT)
                    .append("): the JVM never JIT-compiles it.\n");
        }
        report.append("\nLoad average (1, 5, 15 min) before: ")
                .append(load0)
                .append("; after: ")
                .append(load1)
                .append(".\n");
        if (!failures.isEmpty()) {
            report.append("\nFailures:\n");
            failures.forEach((k, v) ->
                    report.append("- ").append(k).append(": ").append(v).append('\n'));
        }
        System.out.println();
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report.toString());
        }
        return failures.isEmpty() ? 0 : 1;
    }

    /** Rebuilds the table from the per-run lines that earlier driver runs printed (e.g. programs run in parts). */
    private int tableFromLogs(String[] args) throws IOException {
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--corpus") || args[i].equals("--out")) {
                parse(new String[] {args[i], args[i + 1]});
                i++;
            } else {
                logs.add(Path.of(args[i]));
            }
        }
        java.util.regex.Pattern line = java.util.regex.Pattern.compile(
                "^(\\S+)\\s+(\\S+)\\s+execute\\s+\\S+ ms \\(runs \\[([^\\]]*)\\]\\)\\s+compile (\\S+) ms\\s+instantiate (\\S+) ms");
        Map<String, Map<String, Measurement>> results = new LinkedHashMap<>();
        List<String> seenRuntimes = new ArrayList<>();
        StringBuilder loads = new StringBuilder();
        for (Path log : logs) {
            for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                java.util.regex.Matcher m = line.matcher(l);
                if (m.find()) {
                    String[] runs = m.group(3).split(",");
                    double[] ms = new double[runs.length];
                    for (int i = 0; i < runs.length; i++) {
                        ms[i] = Double.parseDouble(runs[i].trim());
                    }
                    results.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>())
                            .put(
                                    m.group(2),
                                    new Measurement(
                                            m.group(2),
                                            m.group(1),
                                            Double.parseDouble(m.group(4)),
                                            Double.parseDouble(m.group(5)),
                                            ms));
                    if (!seenRuntimes.contains(m.group(2))) {
                        seenRuntimes.add(m.group(2));
                    }
                } else if (l.startsWith("Load average") || l.startsWith("# corpus")) {
                    loads.append(log.getFileName())
                            .append(": ")
                            .append(l.replaceFirst("^# ", ""))
                            .append('\n');
                }
            }
        }
        List<Program> selected = new ArrayList<>();
        for (Program p : programs()) {
            if (results.containsKey(p.name)) {
                selected.add(p);
            }
        }
        String report = ResultTable.markdown(selected, seenRuntimes, results) + "\n" + loads;
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report);
        }
        return 0;
    }

    private List<String> command(String rt, Program p, Path module, Path script) {
        List<String> cmd = new ArrayList<>();
        if (rt.equals("teawasi") || rt.equals("chicory")) {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmOpts);
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(BenchMain.class.getName());
            cmd.addAll(List.of(
                    "measure",
                    "--runtime",
                    rt,
                    "--program",
                    p.name,
                    "--corpus",
                    corpus.toString(),
                    "--warmup",
                    Integer.toString(warmup),
                    "--runs",
                    Integer.toString(runs)));
        } else if (rt.equals("teavm") || rt.equals("v8")) {
            cmd.addAll(List.of(
                    node,
                    "--no-warnings",
                    script.toString(),
                    "--engine",
                    rt,
                    "--module",
                    module.toString(),
                    "--program",
                    p.name,
                    "--wasm",
                    p.wasm.toAbsolutePath().toString(),
                    "--size",
                    p.size,
                    "--warmup-size",
                    p.warmupSize(),
                    "--checksum",
                    p.checksum,
                    "--warmup",
                    Integer.toString(warmup),
                    "--runs",
                    Integer.toString(runs)));
        } else {
            throw new IllegalArgumentException("unknown runtime '" + rt + "' (teawasi, chicory, teavm, v8)");
        }
        return cmd;
    }

    private static final class Outcome {
        Measurement measurement;
        String error;
    }

    private Outcome runProcess(List<String> cmd) throws IOException, InterruptedException {
        File log = File.createTempFile("teawasi-bench", ".log");
        try {
            Process proc = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
            Outcome o = new Outcome();
            if (!proc.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                proc.destroyForcibly().waitFor();
                o.error = "timed out after " + timeoutSeconds + " s";
                return o;
            }
            List<String> lines = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
            for (String line : lines) {
                Measurement m = Measurement.parse(line);
                if (m != null) {
                    o.measurement = m;
                }
            }
            if (proc.exitValue() != 0 || o.measurement == null) {
                o.measurement = null;
                String all = String.join(" | ", lines);
                o.error =
                        "exit " + proc.exitValue() + ": " + (all.length() > 600 ? all.substring(0, 600) + "..." : all);
            }
            return o;
        } finally {
            log.delete();
        }
    }

    static String loadAverage() {
        try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/loadavg"))) {
            String[] f = r.readLine().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
