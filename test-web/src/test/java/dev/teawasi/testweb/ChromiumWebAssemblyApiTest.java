package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.JsApiSuite;
import dev.teawasi.testweb.support.NoWebAssemblyReport;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.StaticServer;
import dev.teawasi.testweb.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * teawasi.WebAssembly in headless Chromium: the JS API suite through the ES module, and a page from which
 * WebAssembly is deleted before loading, where unmodified WASI glue (a small shim written for the test) runs a C
 * program on the classic script's polyfill, its stdin read suspending (JSPI) until the page supplies a line.
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumWebAssemblyApiTest {
    @TempDir
    static Path dir;

    private static StaticServer server;

    @BeforeAll
    static void serve() throws IOException {
        JsApiSuite.layOut(dir, "suite.html", "no-webassembly.html", "wasi-shim.js", "greet.c");
        Files.copy(Artifacts.npmFile("teawasi.js"), dir.resolve("teawasi.js"));
        Files.copy(Artifacts.npmFile("teawasi.classic.js"), dir.resolve("teawasi.classic.js"));
        Processes.Result r = Processes.run(
                dir, List.of("/usr/bin/clang", "--target=wasm32-wasi", "-O2", "-o", "greet.wasm", "greet.c"), 120);
        assertEquals(
                0, r.exitCode, () -> "clang failed (are wasi-libc and libclang-rt-14-dev-wasm32 installed?): " + r);
        server = new StaticServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Opens the page and waits for the promise the page keeps in window[name]. */
    private static String pageResult(WebDriver driver, String page, String name) {
        driver.get(server.url(page));
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "(function wait() { if (window." + name + ") window." + name
                        + ".then(done, (e) => done('FAIL ' + e));"
                        + " else setTimeout(wait, 20); })();");
        return String.valueOf(result);
    }

    @TestFactory
    Stream<DynamicTest> suite(WebDriver driver) {
        return JsApiSuite.tests(pageResult(driver, "suite.html", "suiteReport"), "Chromium");
    }

    @Test
    void pageWithoutWebAssemblyRunsACProgramThroughGlueOnThePolyfill(WebDriver driver) {
        NoWebAssemblyReport.check(pageResult(driver, "no-webassembly.html", "pageReport"), "[\"teawasi\"]");
    }
}
