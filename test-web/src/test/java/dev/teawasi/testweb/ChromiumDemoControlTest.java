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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
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
import org.openqa.selenium.interactions.Actions;

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

    @AfterEach
    void theConsoleStayedQuiet() {
        page.assertQuietConsole();
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

        // Paused again (with Alt+P this time), then stopped while paused.
        page.type(Keys.chord(Keys.ALT, "p"));
        page.waitForState("#console", Set.of("paused"));
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
        assertEquals(200, hello.statusCode());
        page.open();
        page.setEngine(engine);
        page.waitForPrompt();
        // Dropped anywhere on the page (here on the terminal): saved to /tmp, ready to run with arguments.
        page.dropFiles("#console", "mine.wasm", "examples/hello.wasm");
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

        // Chosen with the file input.
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
                r.get("text")
                        .matches("hello on native WebAssembly in a Worker: compile \\S+ ms, run \\S+ ms, exit code 0"),
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

    private static int terminalColumns() {
        return ((Number) page.script("return window.teawasiDemo.terminal.term.cols;")).intValue();
    }

    /** The terminal follows the window's size; on a phone-sized viewport the page needs no sideways scrolling. */
    @Test
    void theTerminalResizesAndThePageFitsAPhone() {
        page.open();
        page.screenshot("demo-desktop.png");
        int wide = terminalColumns();
        Dimension size = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(560, size.getHeight()));
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                    .withMessage(() -> "the terminal kept " + wide + " columns")
                    .until(d -> terminalColumns() < wide);
            // The line being edited survives the resize and is still read whole.
            page.waitForPrompt();
            int before = page.runsFinished();
            page.type("hello after resize", Keys.ENTER);
            page.waitForRunsAbove(before);
            assertEquals("2", page.lastRun().get("exitCode"));

            driver.manage().window().setSize(new Dimension(390, 844));
            page.open();
            assertEquals(
                    Boolean.TRUE,
                    page.script("return document.documentElement.scrollWidth <= window.innerWidth;"),
                    "horizontal scrolling");
            int phone = terminalColumns();
            assertTrue(phone >= 30 && phone < wide, "terminal columns on a phone: " + phone);
            // Readable: no text smaller than 12 CSS pixels in the page's panels.
            Object smallest =
                    page.script("let min = 99; for (const e of document.querySelectorAll('main *, header *')) {"
                            + " if (!e.firstChild || e.firstChild.nodeType !== 3 || !e.firstChild.textContent.trim()) continue;"
                            + " if (e.closest('.xterm')) continue;"
                            + " min = Math.min(min, parseFloat(getComputedStyle(e).fontSize)); } return min;");
            assertTrue(((Number) smallest).doubleValue() >= 12, "smallest text " + smallest + " px");
            Map<String, String> r = page.run("hello phone");
            assertEquals("exited", r.get("ended"));
            assertTrue(page.terminalText().contains("argv[1] = phone"), page::terminalText);
            page.screenshot("demo-phone.png");
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /** A native program that never calls WASI (an endless loop) runs in a Worker: the page answers and Stop ends it. */
    @Test
    void aNativeProgramThatNeverCallsWasiIsStopped() throws InterruptedException {
        page.open();
        page.require("native");
        page.setEngine("native");
        page.waitForPrompt();
        page.find("#own-file").sendKeys(WasmFiles.compile("forever", dir).toString());
        page.waitForTerminal("as /tmp/forever.wasm");
        int before = page.runsFinished();
        page.type("/tmp/forever.wasm", Keys.ENTER);
        page.waitForState("#console", Set.of("running"));
        Thread.sleep(500);
        Object late = page.asyncScript("const done = arguments[arguments.length - 1]; const t = performance.now();"
                + "setTimeout(() => done(performance.now() - t), 50);");
        assertTrue(((Number) late).doubleValue() < 3000, "a 50 ms timer fired after " + late + " ms");
        // Pause is offered (it holds a program at its next WASI call; this one makes none, so Stop is the way out).
        assertTrue(page.find("#pause").isEnabled());
        page.find("#stop").click();
        page.waitForRunsAbove(before);
        Map<String, String> r = page.lastRun();
        assertEquals("stopped", r.get("ended"), r::toString);
        assertEquals("native", r.get("engine"));
        assertTrue(r.get("text").contains("in a Worker"), r.get("text"));
        assertEquals("exited", page.run("hello after forever").get("ended"));
    }

    private static boolean focused(String css) {
        return Boolean.TRUE.equals(page.script("return document.activeElement.matches(arguments[0]);", css));
    }

    /** A key press on whatever has the focus (as the keyboard does; an element's sendKeys would pick a file). */
    private static void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Presses the key (Tab or Shift+Tab) until the element is focused, as a keyboard user would. */
    private static void tabTo(CharSequence key, String css) {
        for (int i = 0; i < 40 && !focused(css); i++) {
            press(key);
        }
        assertTrue(
                focused(css),
                () -> "never reached " + css + " with the keyboard; focus is on "
                        + page.script("return document.activeElement.outerHTML.slice(0, 120);"));
        // (a tree item draws its focus ring on its row)
        String outline = String.valueOf(page.script("const e = document.activeElement;"
                + "const shown = e.matches('[role=treeitem]') ? e.querySelector(':scope > .entry') : e;"
                + "return getComputedStyle(shown).outlineStyle;"));
        assertFalse(outline.equals("none"), css + " shows no focus outline");
    }

    /** Without a mouse: the terminal has the focus, Tab reaches the programs, the files and the inspector. */
    @Test
    void everythingWorksWithTheKeyboardAlone() {
        page.open();
        assertTrue(focused(".xterm-helper-textarea"), "the terminal has no focus at the start");
        // A program button, reached by Shift+Tab out of the terminal (Tab is not eaten by it), runs with Enter.
        tabTo(Keys.chord(Keys.SHIFT, Keys.TAB), "button[data-program=hello]");
        int before = page.runsFinished();
        press(Keys.ENTER);
        page.waitForRunsAbove(before);
        assertEquals("2", page.lastRun().get("exitCode"), () -> page.lastRun().toString());
        // Back in the terminal (the button hands it the focus): a command typed there runs.
        assertTrue(focused(".xterm-helper-textarea"));
        assertEquals("exited", page.run("hello keys").get("ended"));
        // The file tree: one tab stop, arrows move, Enter shows a file.
        tabTo(Keys.TAB, "#tree li[data-path='/home']");
        for (int i = 0; i < 6 && !"/home/poem.txt".equals(page.find("#viewer").getDomAttribute("data-path")); i++) {
            press(Keys.ARROW_DOWN);
            press(Keys.ENTER);
        }
        page.waitForText("#viewer-text", "The WebAssembly runs in the tab");
        // The inspector's program list: a letter picks the program.
        tabTo(Keys.TAB, "#inspect-program");
        press("h");
        page.waitForText("#inspect-summary", "hello.wasm");
        assertEquals("done", page.find("#inspect").getDomAttribute("data-state"));
        page.screenshot("demo-keyboard.png");
    }
}
