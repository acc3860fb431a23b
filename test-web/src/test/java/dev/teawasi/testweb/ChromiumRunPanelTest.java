package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.DemoServerProcess;
import dev.teawasi.testweb.support.Tools;
import dev.teawasi.testweb.support.WasmFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo page's "Run a WASI program" panel in headless Chromium: the example programs (C, built by clang with
 * wasi-libc) run on the translated interpreter and WASI in the tab; stdin comes from the input line while the
 * program waits; files persist in the page's sandbox between runs; a trap is reported with its wasm stack.
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(named = Tools.SKIP_BROWSER, matches = "true", disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumRunPanelTest {
    private static final Set<String> ENDED = Set.of("exited", "trapped", "stopped", "error");

    @TempDir
    static Path dir;
    private static DemoPage page;
    private static Path trapWasm;
    private static Path foreverWasm;

    @BeforeAll
    static void setUp(DemoServerProcess server, WebDriver driver) {
        page = new DemoPage(driver, server.url());
        trapWasm = WasmFiles.compile("trap", dir);
        foreverWasm = WasmFiles.compile("forever", dir);
    }

    @BeforeEach
    void freshPage() {
        page.open();
    }

    private static void chooseExample(String name) {
        new Select(page.find("#run-example")).selectByValue(name);
    }

    private static void setArgs(String args) {
        WebElement input = page.find("#run-args");
        input.clear();
        input.sendKeys(args);
    }

    private static String runToEnd() {
        page.find("#run-start").click();
        return page.waitForState("#run", ENDED);
    }

    private static String terminal() {
        return page.find("#terminal").getText();
    }

    @Test
    void helloPrintsItsArgumentsAndExitCode() {
        chooseExample("hello");
        setArgs("world \"two words\"");
        assertEquals("exited", runToEnd(), ChromiumRunPanelTest::terminal);
        String out = terminal();
        assertTrue(out.contains("Hello from WebAssembly, running on teawasi!"), out);
        assertTrue(out.contains("argv[0] = hello.wasm\nargv[1] = world\nargv[2] = two words\n"), out);
        assertTrue(out.contains("env: TEAWASI=demo"), out);
        assertEquals("exited with code 2", page.find("#run-status").getText());
    }

    @Test
    void stdinComesFromTheInputLineWhileTheProgramWaits() {
        chooseExample("upper");
        page.find("#run-start").click();
        assertEquals("waiting-for-input", page.waitForState("#run", Set.of("waiting-for-input", "exited",
                "trapped", "error")), ChromiumRunPanelTest::terminal);
        page.find("#stdin-line").sendKeys("hello, teawasi" + Keys.ENTER);
        page.waitForText("#terminal", "HELLO, TEAWASI");
        page.find("#stdin-line").sendKeys("second line" + Keys.ENTER);
        page.waitForText("#terminal", "SECOND LINE");
        page.screenshot("run-stdin.png");
        page.find("#stdin-eof").click();
        assertEquals("exited", page.waitForState("#run", ENDED), ChromiumRunPanelTest::terminal);
        assertTrue(terminal().contains("2 lines read"), terminal());
    }

    @Test
    void filesPersistInTheSandboxBetweenRuns() throws IOException {
        page.find("#files-clear").click();
        Path greeting = Files.writeString(dir.resolve("greeting.txt"), "hello\n");
        page.find("#files-add").sendKeys(greeting.toString());
        page.waitForText("#file-list", "greeting.txt");
        chooseExample("files");
        assertEquals("exited", runToEnd(), ChromiumRunPanelTest::terminal);
        assertTrue(terminal().contains("greeting.txt         file 6 bytes"), terminal());
        assertEquals("exited", runToEnd(), ChromiumRunPanelTest::terminal);
        List<String> listed = page.findAll("#file-list li").stream().map(e -> e.getDomAttribute("data-path"))
                .collect(Collectors.toList());
        assertEquals(List.of("greeting.txt", "notes", "notes/log.txt"), listed);
        page.find("#file-list li[data-path='notes/log.txt'] button").click();
        assertEquals("run with 0 arguments\nrun with 0 arguments", page.find("#file-view").getText());
        page.screenshot("run-files.png");
    }

    @Test
    void aTrapIsReportedWithItsWasmStack() {
        page.find("#run-file").sendKeys(trapWasm.toString());
        assertEquals("trapped", runToEnd(), ChromiumRunPanelTest::terminal);
        String out = terminal();
        assertTrue(out.contains("wasm trap: unreachable"), out);
        assertTrue(out.contains("explode"), out);
    }

    @Test
    void anEndlessProgramLeavesThePageResponsiveAndStops() {
        page.find("#run-file").sendKeys(foreverWasm.toString());
        page.find("#run-start").click();
        assertEquals("running", page.waitForState("#run", Set.of("running")));
        // While the program runs, the page still answers: scripts run and timers fire between fuel slices.
        Object timerFired = page.asyncScript("const done = arguments[arguments.length - 1];"
                + "setTimeout(() => done(document.getElementById('run').dataset.state), 200);");
        assertEquals("running", timerFired);
        page.find("#run-stop").click();
        assertEquals("stopped", page.waitForState("#run", ENDED));
        assertTrue(terminal().contains("[stopped]"), terminal());
    }

    @Test
    void aMalformedProgramIsAClearError() {
        page.find("#run-file").sendKeys(new SampleModules(dir).notWasm.toString());
        assertEquals("error", runToEnd());
        assertTrue(terminal().contains("CompileError: " + SampleModules.NOT_WASM_MESSAGE), terminal());
    }
}
