package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.TestPageServer;
import dev.teawasi.testweb.support.Tools;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Interactive stdin typed into a page (test resource pages/interactive.html) in each mode of teawasi.run, on a page
 * without cross-origin isolation unless said: native WebAssembly with Chromium's JSPI, the interpreter, a Worker
 * fed by messages, a Worker with SharedArrayBuffer + Atomics.wait (a cross-origin isolated page), and the error
 * when native WebAssembly has no JSPI. The program polls stdin with a timeout before anything is typed (so poll
 * with a timeout is checked in every mode), echoes lines, and sleeps before it ends.
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumInteractiveStdinTest {
    @TempDir
    static Path wasmDir;

    private static TestPageServer server;

    @BeforeAll
    static void serve() {
        WasiApiChecksTest.compile(wasmDir, "interactive");
        server = new TestPageServer()
                .mount("npm", Artifacts.npmDir())
                .mount("wasm", wasmDir)
                .mount("pages", Artifacts.root().resolve("test-web/src/test/resources/pages"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static void waitFor(WebDriver driver, String id, String part) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .withMessage(() -> "#" + id + " to contain '" + part + "'; #out: " + text(driver, "out") + "; #status: "
                        + text(driver, "status"))
                .until(d -> text(d, id).contains(part));
    }

    private static String typeLines(WebDriver driver, String page, String mode) {
        driver.get(server.url(page));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript("return window.pageReady === true")));
        ((JavascriptExecutor) driver).executeScript("window.startRun(arguments[0])", mode);
        waitFor(driver, "out", "ready");
        try {
            Thread.sleep(300); // the guest's poll times out a few times before anything is typed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        driver.findElement(By.id("line")).sendKeys("hello there", Keys.ENTER);
        waitFor(driver, "out", "waited yes");
        waitFor(driver, "out", "echo: HELLO THERE");
        driver.findElement(By.id("line")).sendKeys("second", Keys.ENTER);
        waitFor(driver, "out", "echo: SECOND");
        driver.findElement(By.id("eof")).click();
        waitFor(driver, "status", "exit");
        assertEquals("ready\nwaited yes\necho: HELLO THERE\necho: SECOND\nbye", text(driver, "out"));
        return text(driver, "status");
    }

    @Test
    void nativeWebAssemblyWithJspi(WebDriver driver) {
        assertEquals("exit 0 native", typeLines(driver, "pages/interactive.html", "native"));
    }

    @Test
    void interpreter(WebDriver driver) {
        assertEquals("exit 0 interpreter", typeLines(driver, "pages/interactive.html", "interpreter"));
    }

    @Test
    void autoWithoutJspiFallsBackToTheInterpreter(WebDriver driver) {
        assertEquals("exit 0 interpreter", typeLines(driver, "pages/interactive.html?nojspi", "auto"));
    }

    @Test
    void workerByMessagesWithoutIsolation(WebDriver driver) {
        String status = typeLines(driver, "pages/interactive.html", "worker");
        assertTrue(status.startsWith("exit 0 ") && status.endsWith(" worker"), status);
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) driver).executeScript("return self.crossOriginIsolated"));
    }

    @Test
    void workerWithSharedArrayBufferOnAnIsolatedPage(WebDriver driver) {
        String status = typeLines(driver, "isolated/pages/interactive.html", "worker");
        assertTrue(status.startsWith("exit 0 ") && status.endsWith(" worker"), status);
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript("return self.crossOriginIsolated"));
    }

    @Test
    void nativeWithoutJspiSaysWhatThePageNeeds(WebDriver driver) {
        driver.get(server.url("pages/interactive.html?nojspi"));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript("return window.pageReady === true")));
        ((JavascriptExecutor) driver).executeScript("window.startRun('native')");
        waitFor(driver, "status", "error");
        String status = text(driver, "status");
        assertTrue(
                status.contains("JSPI") && status.contains("interpreter") && status.contains("cross-origin isolated"),
                status);
    }
}
