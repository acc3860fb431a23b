package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.DemoServerProcess;
import dev.teawasi.testweb.support.Tools;
import dev.teawasi.testweb.support.WasmFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * The demo page's run controls: Pause/Resume and Stop during the long computation on both engines, Ctrl-C, the
 * engine shown after each run, a page without WebAssembly (the interpreter takes over), load time and a
 * phone-sized viewport.
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumDemoControlTest {
    @TempDir
    static Path dir;

    private static DemoPage page;
    private static WebDriver driver;

    @BeforeAll
    static void setUp(DemoServerProcess server, WebDriver webDriver) {
        driver = webDriver;
        page = new DemoPage(webDriver, server.url());
    }

    /** A count that takes a minute or more on the engine and prints its progress every few tens of ms. */
    private static String longRun(String engine) {
        return engine.equals("native") ? "primes 40000000" : "primes 20000000";
    }

    private static String progress() {
        String text = page.terminalAfter("$ primes ");
        int at = text.lastIndexOf('%');
        return at < 0 ? "" : text.substring(Math.max(0, at - 4), at + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "interpreter"})
    void theLongComputationPausesResumesAndStops(String engine) throws InterruptedException {
        page.open();
        page.require(engine);
        page.setEngine(engine);
        page.waitForPrompt();
        int before = page.runsFinished();
        page.type(longRun(engine), Keys.ENTER);
        page.waitForTerminal("%");
        assertEquals("running", page.find("#console").getDomAttribute("data-state"));
        // While it runs the page still answers: a timer fires on time.
        Object late = page.asyncScript("const done = arguments[arguments.length - 1]; const t = performance.now();"
                + "setTimeout(() => done(performance.now() - t), 50);");
        // (Generous: the test machine is shared; unloaded it fires within a few ms of its time.)
        assertTrue(((Number) late).doubleValue() < 3000, "a 50 ms timer fired after " + late + " ms");

        page.find("#pause").click();
        page.waitForState("#console", Set.of("paused"));
        assertEquals("Resume", page.find("#pause").getText());
        Thread.sleep(300); // the output can still hold the last progress line written before the pause
        String pausedAt = progress();
        Thread.sleep(1000);
        assertEquals(pausedAt, progress(), "the progress moved while paused");
        page.screenshot("demo-paused-" + engine + ".png");

        page.find("#pause").click();
        page.waitForState("#console", Set.of("running"));
        long deadline = System.currentTimeMillis() + 60_000;
        while (progress().equals(pausedAt) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(progress().equals(pausedAt), "no progress after Resume");

        page.find("#stop").click();
        page.waitForRunsAbove(before);
        Map<String, String> r = page.lastRun();
        assertEquals("stopped", r.get("ended"), r::toString);
        assertEquals(engine, r.get("engine"));
        assertTrue(page.terminalText().contains("stopped]"), page::terminalText);
        page.screenshot("demo-stopped-" + engine + ".png");
        // The shell is back and runs the next command.
        assertEquals("exited", page.run("hello again").get("ended"));
        assertEquals(List.of(), page.consoleProblems());
    }

    @Test
    void ctrlCStopsTheRunningProgram() {
        page.open();
        page.setEngine("native");
        page.waitForPrompt();
        int before = page.runsFinished();
        page.type(longRun("native"), Keys.ENTER);
        page.waitForTerminal("%");
        page.type(Keys.chord(Keys.CONTROL, "c"));
        page.waitForRunsAbove(before);
        assertEquals("stopped", page.lastRun().get("ended"));
        assertEquals(List.of(), page.consoleProblems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "interpreter"})
    void aChosenWasmRunsWithArgumentsAndATrapIsReported(String engine) throws Exception {
        page.open();
        page.require(engine);
        // The visitor's own module: here the page's hello example fetched from the server under another name.
        HttpResponse<byte[]> hello = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(page.url() + "examples/hello.wasm"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        Path mine = Files.write(dir.resolve("mine.wasm"), hello.body());
        page.open();
        page.setEngine(engine);
        page.waitForPrompt();
        page.find("#own-file").sendKeys(mine.toString());
        page.waitForTerminal("saved mine.wasm as /tmp/mine.wasm");
        page.find("#own-args").sendKeys("one \"two three\"");
        int before = page.runsFinished();
        page.find("#own-run").click();
        page.waitForRunsAbove(before);
        Map<String, String> r = page.lastRun();
        assertEquals(engine, r.get("engine"));
        assertEquals("2", r.get("exitCode"), r::toString);
        assertTrue(
                page.terminalAfter("$ /tmp/mine.wasm one")
                        .contains("argv[0] = mine.wasm\nargv[1] = one\n" + "argv[2] = two three\n"),
                page::terminalText);

        page.find("#own-file").sendKeys(WasmFiles.compile("trap", dir).toString());
        page.waitForTerminal("as /tmp/trap.wasm");
        r = page.run("/tmp/trap.wasm");
        assertEquals("trapped", r.get("ended"), r::toString);
        assertEquals(engine, r.get("engine"));
        assertTrue(r.get("text").contains("trap: ") && r.get("text").contains("unreachable"), r.get("text"));
        page.screenshot("demo-own-wasm-" + engine + ".png");
        assertEquals(List.of(), page.consoleProblems());
    }

    @Test
    void autoPicksNativeAndShowsTheEngineAndTimes() {
        page.open();
        page.setEngine("auto");
        Map<String, String> r = page.run("hello");
        assertEquals("native", r.get("engine"));
        assertTrue(
                r.get("text").matches("hello on native WebAssembly: compile \\S+ ms, run \\S+ ms, exit code 0"),
                r.get("text"));
        page.require("interpreter");
        page.setEngine("interpreter");
        r = page.run("hello");
        assertEquals("interpreter", r.get("engine"));
        assertTrue(r.get("text").startsWith("hello on teawasi interpreter: compile "), r.get("text"));
    }

    @Test
    void withoutWebAssemblyTheInterpreterRunsEverything() {
        page.open();
        page.require("interpreter");
        page.find("#hide-wasm").click(); // reloads the page with ?nowasm=1
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("nowasm"));
        page.waitReady();
        assertEquals(Boolean.TRUE, page.script("return typeof WebAssembly === 'undefined';"));
        assertTrue(page.find("#hide-wasm").isSelected());
        assertFalse(page.find("input[name=engine][value=native]").isEnabled());
        assertTrue(
                page.find("#status").getText().contains("no WebAssembly"),
                page.find("#status").getText());
        page.setEngine("auto");
        Map<String, String> r = page.run("hello no wasm");
        assertEquals("interpreter", r.get("engine"));
        assertEquals("2", r.get("exitCode"));
        assertTrue(page.terminalText().contains("argv[2] = wasm\nenv: TERM=xterm-256color"), page::terminalText);
        page.screenshot("demo-no-webassembly.png");
        assertEquals(List.of(), page.consoleProblems());
        page.find("#hide-wasm").click(); // back to the normal page
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("nowasm"));
        page.waitReady();
        assertEquals(Boolean.TRUE, page.script("return typeof WebAssembly === 'object';"));
    }

    @Test
    void thePageIsReadyQuicklyAndFitsAPhone() {
        page.open();
        long readyMs = page.readyMs();
        System.out.println("demo page interactive " + page.interactiveMs() + " ms, ready (teawasi and the files) "
                + readyMs + " ms after navigation");
        // The issue asks for one second on localhost; the shared test machine gets a wide margin (the time is
        // printed for the notes).
        assertTrue(readyMs < 10000, "ready after " + readyMs + " ms");
        page.screenshot("demo-desktop.png");
        Dimension size = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            page.open();
            assertEquals(
                    Boolean.TRUE,
                    page.script("return document.documentElement.scrollWidth <= window.innerWidth;"),
                    "horizontal scrolling");
            Map<String, String> r = page.run("hello phone");
            assertEquals("exited", r.get("ended"));
            page.screenshot("demo-phone.png");
        } finally {
            driver.manage().window().setSize(size);
        }
        assertEquals(List.of(), page.consoleProblems());
    }
}
