package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** `node web/target/npm/bin/teawasi.mjs`: the translated code as a command line, against the JVM's answers. */
@DisabledIfSystemProperty(named = Tools.SKIP_NODE, matches = "true", disabledReason = "-D" + Tools.SKIP_NODE + "=true")
class NodeLauncherTest {
    @TempDir
    static Path dir;

    private static SampleModules modules;

    @BeforeAll
    static void modules() {
        modules = new SampleModules(dir);
    }

    private static Processes.Result node(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Tools.node().toString(), Artifacts.npmFile("bin/teawasi.mjs").toString()));
        command.addAll(List.of(args));
        return Processes.run(dir, command, 60);
    }

    private static Processes.Result jvm(String... args) {
        List<String> command = new ArrayList<>(
                List.of(Artifacts.javaExecutable(), "-jar", Artifacts.demoJar().toString()));
        command.addAll(List.of(args));
        return Processes.run(dir, command, 60);
    }

    @Test
    void versionMatchesTheJvm() {
        Processes.Result js = node("--version");
        assertEquals(0, js.exitCode, js::toString);
        assertTrue(js.stdout.matches("teawasi \\d+\\.\\d+\\.\\d+\\S*\n"), js.stdout);
        assertEquals(jvm("--version").stdout, js.stdout);
    }

    @Test
    void sectionsOfARealModule() {
        Processes.Result js = node("sections", modules.allSections.toString());
        assertEquals(0, js.exitCode, js::toString);
        assertEquals(modules.allSectionsExpected, List.of(js.stdout.split("\n")));
        assertEquals(jvm("sections", modules.allSections.toString()).stdout, js.stdout);
    }

    @Test
    void malformedModulesExitWith1AndSayWhy() {
        Processes.Result notWasm = node("sections", modules.notWasm.toString());
        assertTrue(
                notWasm.stderr.startsWith("teawasi: " + modules.notWasm + ": " + SampleModules.NOT_WASM_MESSAGE),
                notWasm::toString);
        for (Path file : List.of(modules.notWasm, modules.truncated, modules.hugeSection)) {
            Processes.Result js = node("sections", file.toString());
            assertEquals(1, js.exitCode, js::toString);
            assertEquals("", js.stdout);
            // the same Java decoder answers on both sides: the same message, word for word
            assertEquals(jvm("sections", file.toString()).stderr, js.stderr);
            assertTrue(js.stderr.startsWith("teawasi: " + file + ": "), js::toString);
        }
    }

    @Test
    void usageErrors() {
        Processes.Result missing = node("sections", dir.resolve("missing.wasm").toString());
        assertEquals(1, missing.exitCode, missing::toString);
        assertTrue(missing.stderr.startsWith("teawasi: cannot read "), missing::toString);
        Processes.Result unknown = node("frobnicate");
        assertEquals(2, unknown.exitCode, unknown::toString);
        assertTrue(unknown.stderr.contains("unknown command 'frobnicate'"), unknown::toString);
        Processes.Result help = node("--help");
        assertEquals(0, help.exitCode, help::toString);
        assertTrue(help.stdout.contains("sections FILE.wasm"), help::toString);
    }
}
