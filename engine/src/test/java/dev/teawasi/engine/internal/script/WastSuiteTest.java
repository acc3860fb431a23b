package dev.teawasi.engine.internal.script;

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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every engine/src/test/wast/*.wast through wast2json and then the script runner on the JVM; each file must end
 * with 0 failures. Files named in known-failing.txt (the gate while the engine is being built) still run and print
 * their result, but are reported as skipped instead of failing the build.
 */
class WastSuiteTest {
    static final Path WAST_DIR = Paths.get("src/test/wast");
    static final Path OUT_DIR = Paths.get("target/wast-json");

    @TestFactory
    Stream<DynamicTest> everyWastFilePassesOnTheJvm() throws IOException {
        Set<String> knownFailing = WastConversion.knownFailing(WAST_DIR, "jvm");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path wast : WastConversion.wastFiles(WAST_DIR)) {
            String name = WastConversion.baseName(wast);
            tests.add(DynamicTest.dynamicTest(name, () -> runOne(wast, knownFailing.contains(name))));
        }
        assertTrue(tests.size() > 0, "no .wast files in " + WAST_DIR.toAbsolutePath());
        return tests.stream();
    }

    private static void runOne(Path wast, boolean knownFailing) throws Exception {
        Path json = WastConversion.convert(wast, OUT_DIR);
        Path dir = json.getParent();
        List<String> lines = new ArrayList<>();
        String text = new String(Files.readAllBytes(json), StandardCharsets.UTF_8);
        ScriptResult r = assertTimeoutPreemptively(
                Duration.ofSeconds(120),
                () -> new ScriptRunner(name -> read(dir.resolve(name)), lines::add, new EngineConfig()).run(text));
        String report = lines.stream().limit(60).collect(Collectors.joining("\n"))
                + (lines.size() > 60 ? "\n... " + (lines.size() - 60) + " more" : "") + "\n" + r.summary();
        System.out.println(WastConversion.baseName(wast) + " (JVM): " + r.summary());
        if (knownFailing) {
            Assumptions.abort("listed in known-failing.txt: "
                    + (r.failed == 0 ? "now passes on the JVM; remove it from the list" : r.summary()));
        }
        assertEquals(0, r.failed, report);
        assertTrue(r.passed > 0, "nothing ran: " + r.summary());
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }
}
