package dev.teawasi.engine.internal.script;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.internal.store.EngineConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine's own scripts for features wabt's wast2json cannot convert (typed function references):
 * engine/src/test/wast-binary/NAME/ holds NAME.wast and its conversion (NAME.json, NAME.N.wasm). Each runs on the
 * JVM and must end with 0 failures (web's NodeSpectestTest runs them under node). When the converter
 * ../shared/tools/wast2json3 is there, the checked-in modules must be what it makes of the .wast now.
 */
class BinaryScriptsTest {
    static final Path DIR = Paths.get("src/test/wast-binary");
    private static final Path CONVERTER = Paths.get("../../shared/tools/wast2json3/wast2json3");

    static List<Path> scripts() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(Files::isDirectory)
                    .sorted()
                    .map(d -> d.resolve(d.getFileName() + ".json"))
                    .collect(Collectors.toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScriptPassesOnTheJvm() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path json : scripts()) {
            tests.add(DynamicTest.dynamicTest(json.getParent().getFileName().toString(), () -> runOne(json)));
        }
        assertTrue(tests.size() > 0, "no scripts in " + DIR.toAbsolutePath());
        return tests.stream();
    }

    private static void runOne(Path json) {
        Path dir = json.getParent();
        List<String> lines = new ArrayList<>();
        String text = new String(read(json), StandardCharsets.UTF_8);
        ScriptResult r = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> new ScriptRunner(name -> read(dir.resolve(name)), lines::add, new EngineConfig()).run(text));
        System.out.println(dir.getFileName() + " (JVM): " + r.summary());
        assertEquals(0, r.failed, String.join("\n", lines) + "\n" + r.summary());
        assertTrue(r.passed > 0, "nothing ran: " + r.summary());
    }

    @Test
    void checkedInConversionsAreCurrent() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CONVERTER), "no converter at " + CONVERTER.toAbsolutePath());
        for (Path json : scripts()) {
            Path dir = json.getParent();
            String name = dir.getFileName().toString();
            Path out = Paths.get("target/wast-binary-check").resolve(name);
            Files.createDirectories(out);
            Process p = new ProcessBuilder(
                            CONVERTER.toAbsolutePath().toString(),
                            "--format",
                            "wabt",
                            dir.resolve(name + ".wast").toAbsolutePath().toString(),
                            "-o",
                            out.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "wast2json3 failed:\n" + log);
            List<String> made;
            try (Stream<Path> s = Files.list(out)) {
                made = s.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".wasm"))
                        .sorted()
                        .collect(Collectors.toList());
            }
            List<String> checkedIn;
            try (Stream<Path> s = Files.list(dir)) {
                checkedIn = s.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".wasm"))
                        .sorted()
                        .collect(Collectors.toList());
            }
            assertEquals(made, checkedIn, name + ": reconvert the .wast (see its header)");
            for (String f : made) {
                assertArrayEquals(read(out.resolve(f)), read(dir.resolve(f)), name + "/" + f + " is out of date");
            }
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }
}
