package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.TestPageServer;
import dev.teawasi.testweb.support.Tools;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A run in a module Worker against the page's FileSystem (test resource pages/worker-fs.html): the guest reads a
 * file the page wrote, writes one and removes one; after the run the page's FileSystem holds the Worker's changes
 * and its watchers saw them.
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumWorkerFileSystemTest {
    @TempDir
    static Path wasmDir;

    @Test
    @SuppressWarnings("unchecked")
    void workerChangesReachThePage(WebDriver driver) {
        WasiApiChecksTest.compile(wasmDir, "files");
        try (TestPageServer server = new TestPageServer()
                .mount("npm", Artifacts.npmDir())
                .mount("wasm", wasmDir)
                .mount("pages", Artifacts.root().resolve("test-web/src/test/resources/pages"))) {
            driver.get(server.url("pages/worker-fs.html"));
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> Boolean.TRUE.equals(
                            ((JavascriptExecutor) d).executeScript("return window.pageReady === true")));
            Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver)
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + " window.workerFs().then(done, (e) => done({error: e.name + ': ' + e.message}));");
            assertEquals(null, r.get("error"), r::toString);
            assertEquals(0L, ((Number) r.get("exitCode")).longValue(), r::toString);
            assertEquals(Boolean.TRUE, r.get("worker"), r::toString);
            assertEquals("copied 16 bytes\nunlink gone.txt: 0\n", r.get("stdout"), r::toString);
            assertEquals("in.txt,out.txt", r.get("files"), r::toString);
            assertEquals("MADE ON THE PAGE", r.get("out"), r::toString);
            assertEquals(Boolean.TRUE, r.get("sawOut"), r::toString);
            // only what the run changed is written back: no event for the file it only read
            String events = String.valueOf(r.get("events"));
            assertTrue(events.contains("delete /data/gone.txt"), events);
            assertFalse(events.contains("in.txt"), events);
        }
    }

    /**
     * The Worker's changes arrive while it runs: on a page that is not cross-origin isolated (the run suspends for
     * stdin) and on one that is (the Worker blocks in Atomics.wait), the page sees the file the guest wrote before
     * it answers the guest's read; a file the page writes meanwhile stays; the guest's rename and append follow.
     */
    @Test
    @SuppressWarnings("unchecked")
    void workerChangesArriveWhileItRuns(WebDriver driver) throws Exception {
        java.nio.file.Files.copy(
                FileSystemNodeTest.fileActionsWasm(),
                wasmDir.resolve("file-actions.wasm"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (TestPageServer server = new TestPageServer()
                .mount("npm", Artifacts.npmDir())
                .mount("wasm", wasmDir)
                .mount("pages", Artifacts.root().resolve("test-web/src/test/resources/pages"))) {
            for (String page : new String[] {"pages/worker-fs.html", "isolated/pages/worker-fs.html"}) {
                Map<String, Object> r = call(driver, server.url(page), "window.workerLive()");
                assertEquals(null, r.get("error"), r::toString);
                assertEquals(0L, ((Number) r.get("exitCode")).longValue(), r::toString);
                assertEquals(page.startsWith("isolated"), r.get("isolated"), r::toString);
                assertEquals("written before the wait", r.get("during"), r::toString);
                assertEquals("page.txt,renamed.txt", r.get("files"), r::toString);
                assertEquals("written before the wait, appended after", r.get("renamed"), r::toString);
                String events = String.valueOf(r.get("events"));
                assertTrue(events.startsWith("create /data/live.txt,"), events);
                assertTrue(events.contains("delete /data/live.txt,create /data/renamed.txt"), events);
            }
        }
    }

    /**
     * A persistent directory whose files are not loaded crosses into a Worker as where the files are stored: the
     * Worker loads the one the guest prints; the one it renames without reading comes back as a file to load from
     * storage, and the page reads it and stores the rename (OPFS and IndexedDB).
     */
    @Test
    @SuppressWarnings("unchecked")
    void lazyPersistentFilesLoadInTheWorker(WebDriver driver) throws Exception {
        java.nio.file.Files.copy(
                FileSystemNodeTest.fileActionsWasm(),
                wasmDir.resolve("file-actions.wasm"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (TestPageServer server = new TestPageServer()
                .mount("npm", Artifacts.npmDir())
                .mount("wasm", wasmDir)
                .mount("pages", Artifacts.root().resolve("test-web/src/test/resources/pages"))) {
            for (String backend : new String[] {"opfs", "indexeddb"}) {
                Map<String, Object> r =
                        call(driver, server.url("pages/worker-fs.html"), "window.workerLazy('" + backend + "')");
                assertEquals(null, r.get("error"), r::toString);
                assertEquals(0L, ((Number) r.get("exitCode")).longValue(), r::toString);
                assertEquals("stored content\n", r.get("stdout"), r::toString);
                assertEquals("ERR_FS_NOT_LOADED", r.get("notLoaded"), r::toString);
                assertEquals("moved without being read", r.get("renamed"), r::toString);
                assertEquals("renamed.txt,shown.txt", r.get("files"), r::toString);
                assertEquals("renamed.txt,shown.txt", r.get("stored"), r::toString);
                assertEquals("moved without being read", r.get("storedRenamed"), r::toString);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(WebDriver driver, String url, String expression) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript("return window.pageReady === true")));
        return (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];" + " " + expression
                        + ".then(done, (e) => done({error: e.name + ': ' + e.message + ' ' + e.stack}));");
    }
}
