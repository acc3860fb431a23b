package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.TestPageServer;
import dev.teawasi.testweb.support.Tools;
import dev.teawasi.testweb.support.WasiPrograms;
import dev.teawasi.testweb.support.WasiPrograms.Program;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The C programs of wasi-polyfill/src/test/c-suite in headless Chromium through teawasi.run (test resource
 * pages/programs.html), on Chromium's own WebAssembly and on teawasi's interpreter: the expected stdout of
 * `teawasi run` and the exit code on both, so the outputs of the two engines are identical. "native-preempted" runs
 * on Chromium's own WebAssembly with an AbortSignal: the module is rewritten to be preemptible (NativeRewriter) and
 * must give the same output.
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumWasiProgramsTest {
    private static TestPageServer server;

    @BeforeAll
    static void serve() {
        for (Program p : WasiPrograms.all()) {
            WasiPrograms.wasm(p);
        }
        server = new TestPageServer()
                .mount("npm", Artifacts.npmDir())
                .mount("wasm-c", Artifacts.root().resolve("test-web/target/wasi-c"))
                .mount("pages", Artifacts.root().resolve("test-web/src/test/resources/pages"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> nativeAndInterpreter(WebDriver driver) {
        driver.get(server.url("pages/programs.html"));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript("return window.pageReady === true")));
        return WasiPrograms.all().stream().filter(p -> p.fixture == null).flatMap(p -> Stream.of(
                        "native", "native-preempted", "interpreter")
                .map(engine -> DynamicTest.dynamicTest(p.name + " " + engine, () -> check(driver, p, engine))));
    }

    @SuppressWarnings("unchecked")
    private static void check(WebDriver driver, Program p, String engine) {
        List<String> args = new java.util.ArrayList<>();
        args.add(p.name + ".wasm");
        args.addAll(p.args);
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " window.runProgram(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4]).then(done);",
                        engine,
                        server.url("wasm-c/" + p.name + ".wasm"),
                        args,
                        p.env,
                        p.stdin);
        String stdout = (String) r.get("stdout");
        String what = p.name + " on " + engine + ": " + r;
        if (p.exit < 0) {
            assertTrue(String.valueOf(r.get("error")).startsWith("RuntimeError: "), what);
        } else {
            assertEquals(null, r.get("error"), what);
            assertEquals((long) p.exit, ((Number) r.get("exitCode")).longValue(), what);
            assertEquals(engine.replace("-preempted", ""), r.get("engine"), what);
            assertEquals(engine.endsWith("-preempted"), r.get("rewritten"), what);
        }
        String expected = WasiPrograms.expected(p, false);
        if (expected.startsWith("@stdout-sha256 ")) {
            assertEquals(expected.trim().substring(15), WasiPrograms.sha256(stdout), what);
        } else {
            assertEquals(expected, stdout, what);
        }
    }
}
