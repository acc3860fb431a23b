package dev.teawasi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.teawasi.engine.internal.script.OfficialSuites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The official WebAssembly 2.0 and 3.0 spec suites through the TeaVM build under node: the files run in batches, one
 * node process each ({@code teawasi spectest A.json B.json ...}), and every file must end with 0 failures except
 * those in engine/src/test/official/known-failing.txt (for both sides, or as "node:name"), which are reported as
 * skipped. Skipped with a message when the suites are absent; prints per-feature pass counts at the end.
 */
@DisabledIfSystemProperty(named = "teawasi.skipNode", matches = "true")
class NodeOfficialSuiteTest {
    private static final Path LAUNCHER = Paths.get("target/npm/bin/teawasi.mjs");
    private static final Pattern SUMMARY =
            Pattern.compile("^(.*)\\.json: (\\d+) passed, (\\d+) failed(, (\\d+) skipped)?$");
    private static final int BATCH = 40;
    private static final OfficialSuites.Tally TALLY = new OfficialSuites.Tally();

    /** One file's result under node: counts and its failure lines. */
    private static final class FileResult {
        int passed;
        int failed;
        int skipped;
        final List<String> lines = new ArrayList<>();
    }

    private final Map<String, FileResult> results = new HashMap<>();
    private final Map<String, String> batchProblem = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> officialSuitesUnderNode() throws Exception {
        assertTrue(Files.exists(LAUNCHER), "the TeaVM build is missing: " + LAUNCHER.toAbsolutePath());
        List<String> files = OfficialSuites.convertedFiles();
        if (files == null) {
            return Stream.of(DynamicTest.dynamicTest(
                    "official suites absent", () -> Assumptions.abort(OfficialSuites.skipReason)));
        }
        List<Pattern> knownFailing = OfficialSuites.knownFailing("node");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < files.size(); ) {
            // a batch holds files of one suite: the 2.0 suite runs with --wasm-2.0
            String suite = suiteOf(files.get(i));
            int end = i;
            while (end < files.size()
                    && end - i < BATCH
                    && suiteOf(files.get(end)).equals(suite)) {
                end++;
            }
            List<String> batch = files.subList(i, end);
            i = end;
            for (String name : batch) {
                tests.add(DynamicTest.dynamicTest(
                        name, () -> check(batch, name, OfficialSuites.matches(knownFailing, name))));
            }
        }
        return tests.stream();
    }

    @AfterAll
    static void printTally() {
        System.out.println(TALLY.table("node (TeaVM build)"));
    }

    private void check(List<String> batch, String name, boolean knownFailing) throws Exception {
        if (!results.containsKey(name) && !batchProblem.containsKey(name)) {
            runBatch(batch);
        }
        FileResult r = results.get(name);
        if (r == null) {
            fail("no result from node for " + name + ": " + batchProblem.get(name));
        }
        String summary = r.passed + " passed, " + r.failed + " failed, " + r.skipped + " skipped";
        TALLY.add(OfficialSuites.feature(name), r.passed, r.failed, r.skipped);
        if (knownFailing) {
            if (r.failed == 0) {
                fail(name + " now passes under node (" + summary + "): remove it from "
                        + "engine/src/test/official/known-failing.txt");
            }
            System.out.println(name + " (node, known failing): " + summary);
            Assumptions.abort("listed in known-failing.txt: " + summary);
        }
        List<String> shown = r.lines.subList(0, Math.min(40, r.lines.size()));
        assertEquals(0, r.failed, String.join("\n", shown) + "\n" + summary);
        assertTrue(r.passed + r.skipped > 0, "nothing ran: " + summary);
    }

    private static String suiteOf(String name) {
        return name.substring(0, name.indexOf('/'));
    }

    /** Runs one node process over the batch and files each script's summary and output lines under its name. */
    private void runBatch(List<String> batch) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", LAUNCHER.toString(), "spectest"));
        if (suiteOf(batch.get(0)).equals("wasm-2.0")) {
            command.add("--wasm-2.0");
        }
        for (String name : batch) {
            command.add(OfficialSuites.OUT.resolve(name + ".json").toString());
        }
        if (batch.size() == 1) {
            command.add(OfficialSuites.OUT.resolve(batch.get(0) + ".json").toString()); // per-script summary lines
        }
        Path log = Files.createTempFile("node-official", ".log");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            String problem = null;
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                problem = "the node process for this batch timed out after 600 s";
            }
            List<String> pending = new ArrayList<>();
            String prefix = OfficialSuites.OUT.toString() + "/";
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher m = SUMMARY.matcher(line);
                if (m.matches() && m.group(1).startsWith(prefix)) {
                    String name = m.group(1).substring(prefix.length());
                    FileResult r = new FileResult();
                    r.passed = Integer.parseInt(m.group(2));
                    r.failed = Integer.parseInt(m.group(3));
                    r.skipped = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                    r.lines.addAll(pending);
                    pending.clear();
                    results.putIfAbsent(name, r);
                } else if (pending.size() < 200) {
                    pending.add(line);
                }
            }
            for (String name : batch) {
                if (!results.containsKey(name)) {
                    batchProblem.put(
                            name,
                            problem != null
                                    ? problem
                                    : "node ended before reaching it (exit " + p.exitValue() + "):\n"
                                            + String.join("\n", pending));
                }
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
