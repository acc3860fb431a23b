package dev.teawasi.engine.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.internal.store.EngineConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The runner must report wrong assertions as failures, with their line numbers, and never pass vacuously. */
class ScriptRunnerTest {
    private static ScriptResult run(String json, List<String> lines, Path dir) {
        return new ScriptRunner(
                        name -> {
                            try {
                                return Files.readAllBytes(dir.resolve(name));
                            } catch (Exception e) {
                                return null;
                            }
                        },
                        lines::add,
                        new EngineConfig())
                .run(json);
    }

    @Test
    void countsEveryWrongAssertionAsAFailureWithItsLine() throws Exception {
        Path wast = Paths.get("src/test/resources/script/runner-self-check.wast");
        Path json = WastConversion.convert(wast, Paths.get("target/script-self-check"));
        List<String> lines = new ArrayList<>();
        ScriptResult r = run(new String(Files.readAllBytes(json), StandardCharsets.UTF_8), lines, json.getParent());

        TreeSet<Integer> wrong = new TreeSet<>();
        Matcher m = Pattern.compile(";; WRONG line (\\d+)").matcher(Files.readString(wast));
        while (m.find()) {
            wrong.add(Integer.parseInt(m.group(1)));
        }
        TreeSet<Integer> reported = new TreeSet<>();
        for (String line : lines) {
            Matcher l = Pattern.compile("runner-self-check\\.wast:(\\d+): ").matcher(line);
            assertTrue(l.find(), "failure line without FILE:LINE: " + line);
            reported.add(Integer.parseInt(l.group(1)));
        }
        assertEquals(wrong, reported, String.join("\n", lines));
        assertEquals(wrong.size(), r.failed, String.join("\n", lines));
        assertEquals(1, r.skipped, "the text module");
        assertEquals(17, r.passed, r.summary());
    }

    @Test
    void reportsAnUnusableScriptAsOneFailure() {
        List<String> lines = new ArrayList<>();
        ScriptResult r = run("{\"commands\": [", lines, Paths.get("."));
        assertEquals(1, r.failed);
        assertEquals(0, r.passed);
        assertTrue(lines.get(0).contains("malformed JSON"), lines.toString());

        lines.clear();
        r = run(
                "{\"source_filename\": \"x.wast\", \"commands\": [{\"type\": \"module\", \"line\": 7, \"filename\": \"missing.wasm\"},"
                        + " {\"type\": \"frobnicate\", \"line\": 8}]}",
                lines,
                Paths.get("."));
        assertEquals(1, r.failed);
        assertEquals(1, r.skipped);
        assertTrue(lines.get(0).startsWith("x.wast:7: module: bad script: cannot read missing.wasm"), lines.toString());
        assertEquals("0 passed, 1 failed, 1 skipped", r.summary());
    }
}
