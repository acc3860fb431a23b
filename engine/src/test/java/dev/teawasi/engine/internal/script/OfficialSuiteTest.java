package dev.teawasi.engine.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.teawasi.engine.internal.store.EngineConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The official WebAssembly 2.0 and 3.0 spec suites (../shared/spec-testsuite, converted at test time by
 * scripts/convert-spec-suites.sh; skipped with a message when absent) through the script runner on the JVM. Every
 * file must end with 0 failures, except those in engine/src/test/official/known-failing.txt, which run, print their
 * counts and are reported as skipped. Prints per-feature pass counts at the end.
 */
class OfficialSuiteTest {
    private static final OfficialSuites.Tally TALLY = new OfficialSuites.Tally();

    @TestFactory
    Stream<DynamicTest> officialSuitesOnTheJvm() throws Exception {
        List<String> files = OfficialSuites.convertedFiles();
        if (files == null) {
            return Stream.of(DynamicTest.dynamicTest(
                    "official suites absent", () -> Assumptions.abort(OfficialSuites.skipReason)));
        }
        List<Pattern> knownFailing = OfficialSuites.knownFailing("jvm");
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : files) {
            tests.add(DynamicTest.dynamicTest(name, () -> runOne(name, OfficialSuites.matches(knownFailing, name))));
        }
        assertTrue(tests.size() > 0, "no converted files in " + OfficialSuites.OUT);
        return tests.stream();
    }

    @AfterAll
    static void printTally() {
        System.out.println(TALLY.table("the JVM"));
    }

    private static void runOne(String name, boolean knownFailing) throws Exception {
        Path json = OfficialSuites.OUT.resolve(name + ".json");
        Path dir = json.getParent();
        String text = new String(Files.readAllBytes(json), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        ScriptResult r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new ScriptRunner(
                        file -> read(dir.resolve(file)), lines::add, new EngineConfig())
                .webAssembly2(name.startsWith("wasm-2.0/"))
                .run(text));
        TALLY.add(OfficialSuites.feature(name), r.passed, r.failed, r.skipped);
        String report = lines.stream().limit(40).collect(Collectors.joining("\n"))
                + (lines.size() > 40 ? "\n... " + (lines.size() - 40) + " more" : "") + "\n" + r.summary();
        if (knownFailing) {
            if (r.failed == 0) {
                fail(name + " now passes on the JVM (" + r.summary() + "): remove it from "
                        + "engine/src/test/official/known-failing.txt");
            }
            System.out.println(name + " (JVM, known failing): " + r.summary());
            Assumptions.abort("listed in known-failing.txt: " + r.summary());
        }
        assertEquals(0, r.failed, report);
        assertTrue(r.passed + r.skipped > 0, "nothing ran: " + r.summary());
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }
}
