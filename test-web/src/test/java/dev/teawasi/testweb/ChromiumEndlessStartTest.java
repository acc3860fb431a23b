package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BothClis;
import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.JsApiSuite;
import dev.teawasi.testweb.support.StaticServer;
import dev.teawasi.testweb.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Issue 12's page freeze: a module whose start function loops forever, run on a page through teawasi.run on the
 * interpreter (the start function runs in slices; the run's AbortSignal ends it), through
 * teawasi.WebAssembly.instantiate (slices, cancelled by its AbortSignal) and through teawasi.run in a Worker on the
 * browser's own WebAssembly (the signal terminates the Worker), and through teawasi.run with engine native and auto
 * on the page's thread (the module rewritten to be preemptible through JSPI), also for an endless _start. The test
 * clicks the page's cancel button while each
 * runs: the click is only delivered if the page stays responsive; the page's timers must keep firing too.
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumEndlessStartTest {
    @TempDir
    static Path dir;

    private static StaticServer server;

    @BeforeAll
    static void serve() throws IOException {
        JsApiSuite.copyResource("endless-start.html", dir);
        Files.copy(Artifacts.npmFile("teawasi.js"), dir.resolve("teawasi.js"));
        Files.copy(Artifacts.npmFile("teawasi-worker.js"), dir.resolve("teawasi-worker.js"));
        BothClis.wat(
                dir,
                "endless-start",
                "(module (memory (export \"memory\") 1)"
                        + " (func $forever (loop $l (br $l))) (start $forever) (func (export \"_start\")))");
        BothClis.wat(
                dir,
                "endless-main",
                "(module (memory (export \"memory\") 1)"
                        + " (func $spin (param i32) (result i32) (loop $l (br $l)) (local.get 0))"
                        + " (func (export \"_start\") (drop (call $spin (i32.const 1)))))");
        server = new StaticServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void clickWhen(WebDriver driver, String phase) throws InterruptedException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!phase.equals(js.executeScript("return window.phase || ''"))) {
            assertTrue(System.nanoTime() < deadline, () -> "the page never reached " + phase);
            Thread.sleep(20);
        }
        Thread.sleep(300); // the endless start function runs meanwhile
        driver.findElement(By.id("cancel")).click();
    }

    @Test
    void endlessStartFunctionLeavesThePageResponsiveAndIsCancelled(WebDriver driver) throws InterruptedException {
        driver.get(server.url("endless-start.html"));
        List<String> runs = List.of(
                "runInterpreter", "instantiate", "runWorker", "startNative", "startAuto", "mainNative", "mainAuto");
        for (String phase : runs) {
            clickWhen(driver, phase);
        }
        String report = String.valueOf(
                ((JavascriptExecutor) driver)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1]; window.report.then(done, (e) => done('FAIL ' + e));"));
        assertTrue(!report.contains("\"error\""), report);
        for (String phase : runs) {
            Matcher m = Pattern.compile(
                            "\"" + phase + "\":\\{\"name\":\"AbortError\",\"aborted\":true,\"ticks\":(\\d+)")
                    .matcher(report);
            assertTrue(m.find(), () -> phase + " was cancelled by its signal: " + report);
            assertTrue(
                    Integer.parseInt(m.group(1)) >= 3,
                    () -> phase + ": the page's timers ran during the loop: " + report);
        }
        for (String phase : List.of("timeoutNative", "timeoutWorker")) {
            Matcher m = Pattern.compile(
                            "\"" + phase
                                    + "\":\\{\"name\":\"TimeoutError\",\"message\":\"the run exceeded limits.timeout \\(300 ms\\)\",\"ticks\":(\\d+)")
                    .matcher(report);
            assertTrue(m.find(), () -> phase + " ended by limits.timeout: " + report);
            assertTrue(Integer.parseInt(m.group(1)) >= 3, () -> phase + ": the page's timers ran: " + report);
        }
    }
}
