package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** A node program importing the ES module, by path and as the package "teawasi", and calling its exports. */
@DisabledIfSystemProperty(named = Tools.SKIP_NODE, matches = "true", disabledReason = "-D" + Tools.SKIP_NODE + "=true")
class NodeEsModuleTest {
    @TempDir
    static Path dir;

    private static SampleModules modules;

    @BeforeAll
    static void modules() {
        modules = new SampleModules(dir);
    }

    /** A program that prints the version, the sections of the sample, and the error for a non-module. */
    private static String program(String importFrom) {
        return "import { version, sections } from '" + importFrom + "';\n"
                + "import { readFileSync } from 'node:fs';\n"
                + "const read = (f) => new Uint8Array(readFileSync(f));\n"
                + "console.log(typeof version() === 'string' && version().length > 0 ? 'version ok' : 'bad version');\n"
                + "for (const s of sections(read(" + jsString(modules.allSections) + "))) {\n"
                + "  console.log(`${s.id} ${s.name} offset=${s.offset} size=${s.size}`);\n"
                + "}\n"
                + "try { sections(read(" + jsString(modules.notWasm) + ")); console.log('no error'); }\n"
                + "catch (e) { console.log(`${e instanceof Error} ${e.name}: ${e.message}`); }\n";
    }

    private static String jsString(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static List<String> expectedLines() {
        List<String> lines = new ArrayList<>();
        lines.add("version ok");
        lines.addAll(modules.allSectionsExpected);
        return lines;
    }

    private static void check(Path script) {
        Processes.Result r =
                Processes.run(script.getParent(), List.of(Tools.node().toString(), script.toString()), 60);
        assertEquals(0, r.exitCode, r::toString);
        List<String> lines = List.of(r.stdout.split("\n"));
        assertEquals(expectedLines(), lines.subList(0, lines.size() - 1), r::toString);
        String error = lines.get(lines.size() - 1);
        assertTrue(error.startsWith("true CompileError: " + SampleModules.NOT_WASM_MESSAGE), r::toString);
    }

    @Test
    void importByPath() throws IOException {
        Path script = Files.writeString(
                dir.resolve("import-by-path.mjs"),
                program(Artifacts.npmFile("teawasi.js").toUri().toString()));
        check(script);
    }

    @Test
    void importAsAnInstalledPackage() throws IOException {
        // node_modules/teawasi -> web/target/npm, as `npm install` of the folder would leave it
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.createDirectories(app.resolve("node_modules"));
        Path link = Files.createSymbolicLink(app.resolve("node_modules/teawasi"), Artifacts.npmDir());
        try {
            check(Files.writeString(app.resolve("main.mjs"), program("teawasi")));
        } finally {
            Files.delete(link);
        }
    }
}
