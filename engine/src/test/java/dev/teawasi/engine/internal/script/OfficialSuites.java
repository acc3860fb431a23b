package dev.teawasi.engine.internal.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The official spec suites (outside the repository, see scripts/convert-spec-suites.sh), converted once per build
 * into the root target/ folder; the file lists engine/src/test/official/{known-failing,features}.txt; and the
 * per-feature tally both official-suite tests print. Shared with web's NodeOfficialSuiteTest through the engine's
 * test jar.
 */
public final class OfficialSuites {
    public static final Path REPO = Paths.get("..").toAbsolutePath().normalize();
    public static final Path OUT = REPO.resolve("target/official-spectests");
    public static final Path LISTS = REPO.resolve("engine/src/test/official");

    private OfficialSuites() {}

    /**
     * Converts the suites (or finds them converted) and returns the JSON files, as paths relative to {@link #OUT}
     * without ".json" (e.g. "wasm-3.0/legacy/throw"); null when the suites are absent, with the reason in skipReason.
     */
    public static List<String> convertedFiles() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(
                        "bash", REPO.resolve("scripts/convert-spec-suites.sh").toString(), OUT.toString())
                .redirectErrorStream(true);
        String dir = System.getProperty("teawasi.spectestsuite");
        if (dir != null && !dir.isEmpty()) {
            pb.environment().put("SPEC_TESTSUITE", dir);
        }
        Path log = Files.createTempFile("convert-spec-suites", ".log");
        try {
            Process p = pb.redirectOutput(log.toFile()).start();
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("converting the official suites took more than 600 s");
            }
            String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).trim();
            if (!output.isEmpty()) {
                System.out.println(output);
            }
            if (p.exitValue() == 3) {
                skipReason = output;
                return null;
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("scripts/convert-spec-suites.sh failed:\n" + output);
            }
        } finally {
            Files.deleteIfExists(log);
        }
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(OUT.resolve("files.txt"), StandardCharsets.UTF_8)) {
            if (line.endsWith(".json")) {
                names.add(line.substring(0, line.length() - ".json".length()));
            }
        }
        return names;
    }

    public static String skipReason = "";

    /** Patterns of known-failing.txt that apply to side ("jvm" or "node"). */
    public static List<Pattern> knownFailing(String side) throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        for (String entry : entries("known-failing.txt")) {
            int colon = entry.indexOf(':');
            if (colon < 0) {
                patterns.add(glob(entry));
            } else if (entry.substring(0, colon).equals(side)) {
                patterns.add(glob(entry.substring(colon + 1).trim()));
            }
        }
        return patterns;
    }

    public static boolean matches(List<Pattern> patterns, String name) {
        for (Pattern p : patterns) {
            if (p.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "wasm-3.0/legacy/throw" -> "wasm-3.0 legacy-exceptions", by features.txt. */
    public static String feature(String name) throws IOException {
        int slash = name.indexOf('/');
        String suite = name.substring(0, slash);
        String inSuite = name.substring(slash + 1);
        for (String entry : entries("features.txt")) {
            int colon = entry.indexOf(':');
            for (String pattern : entry.substring(colon + 1).trim().split("\\s+")) {
                if (glob(pattern).matcher(inSuite).matches()) {
                    return suite + " " + entry.substring(0, colon).trim();
                }
            }
        }
        return suite + " core";
    }

    private static List<String> entries(String file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(LISTS.resolve(file), StandardCharsets.UTF_8)) {
            String entry = line.replaceAll("#.*", "").trim();
            if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return out;
    }

    private static Pattern glob(String glob) {
        String[] parts = glob.split("\\*", -1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            re.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString());
    }

    /** Per feature: files, files fully passing, and the command counts. */
    public static final class Tally {
        private final Map<String, int[]> rows = new TreeMap<>();

        public synchronized void add(String feature, int passed, int failed, int skipped) {
            int[] r = rows.computeIfAbsent(feature, k -> new int[5]);
            r[0]++;
            r[1] += failed == 0 ? 1 : 0;
            r[2] += passed;
            r[3] += failed;
            r[4] += skipped;
        }

        public synchronized String table(String side) {
            StringBuilder sb = new StringBuilder("official spec suites on " + side
                    + " (files fully passing / files; commands passed, failed, skipped):\n");
            int[] total = new int[5];
            for (Map.Entry<String, int[]> e : rows.entrySet()) {
                int[] r = e.getValue();
                sb.append(String.format(
                        "  %-32s %4d/%-4d %7d passed %6d failed %5d skipped%n",
                        e.getKey(), r[1], r[0], r[2], r[3], r[4]));
                for (int i = 0; i < 5; i++) {
                    total[i] += r[i];
                }
            }
            sb.append(String.format(
                    "  %-32s %4d/%-4d %7d passed %6d failed %5d skipped",
                    "total", total[1], total[0], total[2], total[3], total[4]));
            return sb.toString();
        }
    }
}
