package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * teawasi.FileSystem in node, through the scripts in src/test/resources/js (each prints "passed N" after its
 * node:assert checks): the node:fs-like API compared with node:fs on a real directory, limits, change events; tar
 * round trips (also through the host's GNU tar) and hostile archives.
 */
@DisabledIfSystemProperty(named = Tools.SKIP_NODE, matches = "true", disabledReason = "-D" + Tools.SKIP_NODE + "=true")
class FileSystemNodeTest {
    @TempDir
    Path dir;

    static Path script(String name) {
        return Artifacts.root().resolve("test-web/src/test/resources/js/" + name);
    }

    private String run(String script, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(Tools.node().toString(), script(script).toString(),
                Artifacts.npmFile("teawasi.js").toUri().toString()));
        cmd.addAll(List.of(extra));
        Processes.Result r = Processes.run(dir, cmd, 120);
        assertEquals(0, r.exitCode, r::toString);
        return r.stdout;
    }

    @Test
    void nodeFsLikeApiLimitsAndEvents() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        String out = run("filesystem-api.mjs", real.toString());
        assertTrue(out.startsWith("passed 6"), out);
    }

    @Test
    void tarRoundTripHostTarAndHostileArchives() throws Exception {
        Path work = Files.createDirectory(dir.resolve("tar"));
        String out = run("filesystem-tar.mjs", work.toString());
        assertTrue(out.startsWith("passed 3"), out);
    }
}
