package dev.teawasi.engine.internal.valid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.internal.script.ScriptResult;
import dev.teawasi.engine.internal.script.ScriptRunner;
import dev.teawasi.engine.internal.store.EngineConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The front end's own scripts of malformed and invalid modules, run with strict messages: each error must start
 * with the text the script expects (the spec's wording), not merely be an error.
 */
class CompileErrorMessagesTest {
    @ParameterizedTest
    @ValueSource(strings = {"validation", "binary-format"})
    void everyErrorHasTheSpecsMessage(String name) throws Exception {
        Path wast = Paths.get("src/test/wast", name + ".wast");
        Path dir = Paths.get("target/front-wast", name);
        Files.createDirectories(dir);
        Path json = dir.resolve(name + ".json");
        Process p;
        try {
            p = new ProcessBuilder(
                            "wast2json",
                            wast.toAbsolutePath().toString(),
                            "-o",
                            json.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("wast2json is not installed");
            return;
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "wast2json failed: " + log);
        List<String> lines = new ArrayList<>();
        ScriptResult r = new ScriptRunner(file -> read(dir.resolve(file)), lines::add, new EngineConfig())
                .strictMessages(true)
                .run(new String(Files.readAllBytes(json), StandardCharsets.UTF_8));
        assertEquals(0, r.failed, String.join("\n", lines) + "\n" + r.summary());
        assertTrue(r.passed > 50, r.summary());
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }
}
