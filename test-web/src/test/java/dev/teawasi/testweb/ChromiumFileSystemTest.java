package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * teawasi.FileSystem in headless Chromium (src/test/resources/js/filesystem-chromium.mjs, driving /usr/bin/chromium
 * with playwright-core from the top-level node_modules, with its own --user-data-dir): persistent directories on
 * OPFS, IndexedDB and 'auto' (also its fallback to IndexedDB) that survive a page reload and a browser restart,
 * change events, the classic script; guest C programs through teawasi.run on Chromium's WebAssembly and on the
 * interpreter: ENOSPC under a quota, their changes as events and in a persistent directory after a reload.
 */
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumFileSystemTest {
    @TempDir
    Path dir;

    @Test
    void persistentDirectoriesSurviveReloadAndRestart() throws Exception {
        Tools.chromium();
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Path wasm = FileSystemNodeTest.cfsWasm("fs_quota").getParent();
        FileSystemNodeTest.cfsWasm("fs_events");
        FileSystemNodeTest.fileActionsWasm(); // into the same directory
        Processes.Result r = Processes.run(
                dir,
                List.of(
                        Tools.node().toString(),
                        FileSystemNodeTest.script("filesystem-chromium.mjs").toString(),
                        Artifacts.npmDir().toString(),
                        profile.toString(),
                        Artifacts.root().resolve("node_modules/playwright-core").toString(),
                        wasm.toString()),
                240);
        assertEquals(0, r.exitCode, r::toString);
        assertTrue(r.stdout.startsWith("passed 8"), r::toString);
    }
}
