package dev.teawasi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.internal.script.WastConversion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The JS side of the engine's own spec tests: every engine/src/test/wast/*.wast, converted by wast2json, runs through
 * the TeaVM build under node ({@code node target/npm/bin/teawasi.mjs spectest X.json}) and must end with 0 failures.
 * TeaVM writes target/npm at process-classes, so it exists when this runs. Files named in the engine's
 * known-failing.txt (for both sides, or as "node:name") run but are reported as skipped. A developer may leave the
 * node tests out with -Dteawasi.skipNode=true (never in CI), like test-web's node tests.
 */
@DisabledIfSystemProperty(named = "teawasi.skipNode", matches = "true")
class NodeSpectestTest {
    private static final Path WAST_DIR = Paths.get("../engine/src/test/wast");
    private static final Path OUT_DIR = Paths.get("target/wast-json");
    private static final Path LAUNCHER = Paths.get("target/npm/bin/teawasi.mjs");
    private static final Pattern SUMMARY = Pattern.compile("^(\\d+) passed, (\\d+) failed(, (\\d+) skipped)?$");

    @TestFactory
    Stream<DynamicTest> everyWastFilePassesUnderNode() throws IOException {
        assertTrue(Files.exists(LAUNCHER), "the TeaVM build is missing: " + LAUNCHER.toAbsolutePath());
        Set<String> knownFailing = knownFailing();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(WAST_DIR)) {
            for (Path wast :
                    s.filter(p -> p.toString().endsWith(".wast")).sorted().collect(Collectors.toList())) {
                String name = wast.getFileName().toString().replaceAll("\\.wast$", "");
                tests.add(DynamicTest.dynamicTest(name, () -> runOne(wast, name, knownFailing.contains(name))));
            }
        }
        assertTrue(tests.size() > 0, "no .wast files in " + WAST_DIR.toAbsolutePath());
        return tests.stream();
    }

    private static void runOne(Path wast, String name, boolean knownFailing) throws Exception {
        Path dir = OUT_DIR.resolve(name);
        Files.createDirectories(dir);
        Files.createDirectories(OUT_DIR);
        Path json = dir.resolve(name + ".json");
        String converted = exec(180, WastConversion.command(wast, json).toArray(new String[0]));
        assertTrue(Files.exists(json), "wast2json failed on " + wast + ":\n" + converted);

        String output = exec(300, "node", LAUNCHER.toString(), "spectest", json.toString());
        String[] lines = output.strip().split("\n");
        String last = lines[lines.length - 1];
        Matcher m = SUMMARY.matcher(last);
        System.out.println(name + " (node): " + last);
        if (knownFailing) {
            Assumptions.abort("listed in known-failing.txt: "
                    + (m.matches() && m.group(2).equals("0")
                            ? "now passes under node; remove it from the list"
                            : last));
        }
        assertTrue(m.matches(), "no summary line from node:\n" + output);
        assertEquals("0", m.group(2), output);
        assertTrue(Integer.parseInt(m.group(1)) > 0, "nothing ran:\n" + output);
    }

    /**
     * The engine's pre-converted scripts (engine/src/test/wast-binary/NAME/NAME.json: features wabt's wast2json
     * cannot convert, such as typed function references) under node.
     */
    @TestFactory
    Stream<DynamicTest> everyBinaryScriptPassesUnderNode() throws IOException {
        assertTrue(Files.exists(LAUNCHER), "the TeaVM build is missing: " + LAUNCHER.toAbsolutePath());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(Paths.get("../engine/src/test/wast-binary"))) {
            for (Path dir : s.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                String name = dir.getFileName().toString();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String output = exec(
                            300,
                            "node",
                            LAUNCHER.toString(),
                            "spectest",
                            dir.resolve(name + ".json").toString());
                    String[] lines = output.strip().split("\n");
                    String last = lines[lines.length - 1];
                    System.out.println(name + " (node): " + last);
                    Matcher m = SUMMARY.matcher(last);
                    assertTrue(m.matches(), "no summary line from node:\n" + output);
                    assertEquals("0", m.group(2), output);
                    assertTrue(Integer.parseInt(m.group(1)) > 0, "nothing ran:\n" + output);
                }));
            }
        }
        assertTrue(tests.size() > 0, "no scripts in engine/src/test/wast-binary");
        return tests.stream();
    }

    /** The deliberately half-wrong script of the engine's ScriptRunnerTest: node must report the same counts. */
    @Test
    void reportsWrongAssertionsAsFailuresUnderNode() throws Exception {
        Path wast = Paths.get("../engine/src/test/resources/script/runner-self-check.wast");
        Path dir = OUT_DIR.resolve("runner-self-check");
        Files.createDirectories(dir);
        Path json = dir.resolve("runner-self-check.json");
        exec(
                180,
                "wast2json",
                wast.toAbsolutePath().toString(),
                "-o",
                json.toAbsolutePath().toString());
        String output = exec(300, "node", LAUNCHER.toString(), "spectest", json.toString());
        assertTrue(output.strip().endsWith("\n17 passed, 14 failed, 1 skipped"), output);
        assertEquals(1, lastExitCode, "exit code when something failed");
        assertTrue(
                output.contains("runner-self-check.wast:28: assert_trap: expected trap \"integer overflow\", got trap "
                        + "\"integer divide by zero\""),
                output);
    }

    private static int lastExitCode;

    /** Runs a command, returns its stdout and stderr; gives up after the timeout. */
    private static String exec(int seconds, String... command) throws IOException, InterruptedException {
        Files.createDirectories(OUT_DIR);
        Path log = Files.createTempFile(OUT_DIR, "exec", ".log");
        try {
            // output goes to a file so that a hung process cannot block the reader past the timeout
            Process p;
            try {
                p = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
            } catch (IOException e) {
                throw new AssertionError("cannot run " + command[0] + " (install the Debian package "
                        + (command[0].equals("node") ? "'nodejs', or opt out with -Dteawasi.skipNode=true" : "'wabt'")
                        + "): " + e.getMessage());
            }
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + seconds + " s: " + String.join(" ", command));
            }
            lastExitCode = p.exitValue();
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Set<String> knownFailing() throws IOException {
        Set<String> names = new TreeSet<>();
        Path list = WAST_DIR.resolve("known-failing.txt");
        if (!Files.exists(list)) {
            return names;
        }
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String entry = line.replaceAll("#.*", "").trim();
            if (entry.isEmpty()) {
                continue;
            }
            if (!entry.contains(":")) {
                names.add(entry);
            } else if (entry.startsWith("node:")) {
                names.add(entry.substring("node:".length()).trim());
            }
        }
        return names;
    }
}
