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
}
