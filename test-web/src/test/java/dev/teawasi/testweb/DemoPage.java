package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo page as the browser tests drive it: its terminal (xterm.js), engine switch, files and inspector. */
final class DemoPage {
    /** How long one program may take: Ruby's start on the interpreter is the slowest thing the tests run. */
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(240);

    private final WebDriver driver;
    private final String url;

    DemoPage(WebDriver driver, String url) {
        this.driver = driver;
        this.url = url;
    }

    String url() {
        return url;
    }

    /** Loads the page (with an optional query such as "?nowasm=1") and waits until it says it is ready. */
    DemoPage open(String query) {
        driver.get(url + query);
        waitReady();
        return this;
    }

    DemoPage open() {
        return open("");
    }

    void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !"".equals(moduleState()));
        assertEquals(
                "ready", moduleState(), () -> "page status: " + find("#status").getText());
    }

    private String moduleState() {
        return String.valueOf(script("return document.documentElement.dataset.teawasi || '';"));
    }

    /**
     * Whether this teawasi build offers a part of the page: "fileSystem", "wasiFileSystem" (programs see the
     * page's files), "persistentHome", "interpreter", "native".
     */
    boolean has(String capability) {
        return Boolean.TRUE.equals(
                script("return window.teawasiDemo.capabilities()[arguments[0]] === true;", capability));
    }

    /** Fails the test when the page lacks a part it needs (every part is required: a missing one is a defect). */
    void require(String... capabilities) {
        for (String c : capabilities) {
            org.junit.jupiter.api.Assertions.assertTrue(has(c), () -> "the demo page lacks " + c);
        }
    }

    /** Milliseconds from navigation until the terminal took input (commands typed then run once teawasi is in). */
    long interactiveMs() {
        return Long.parseLong(String.valueOf(script("return document.documentElement.dataset.interactiveMs;")));
    }

    /** Milliseconds from navigation until the page was ready for input (performance.now() at that moment). */
    long readyMs() {
        return Long.parseLong(String.valueOf(script("return document.documentElement.dataset.readyMs;")));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void setEngine(String engine) {
        find("input[name=engine][value=" + engine + "]").click();
    }

    /** Types into the terminal as a person would (the keys go to xterm's input element). */
    void type(CharSequence... keys) {
        WebElement input = find("#terminal .xterm-helper-textarea");
        input.sendKeys(keys);
    }

    int runsFinished() {
        return Integer.parseInt(
                String.valueOf(script("return document.getElementById('run-info').dataset.runs || '0';")));
    }

    /** The summary of the last run: engine, ended, exitCode, program, compileMs, runMs. */
    @SuppressWarnings("unchecked")
    Map<String, String> lastRun() {
        return (Map<String, String>) script("const d = document.getElementById('run-info').dataset;"
                + "return { engine: d.engine, ended: d.ended, exitCode: d.exitCode, program: d.program,"
                + " compileMs: d.compileMs, runMs: d.runMs, text: document.getElementById('run-info').textContent };");
    }

    /** Waits until the shell prompts for a command again. */
    void waitForPrompt() {
        new WebDriverWait(driver, RUN_TIMEOUT)
                .until(d -> "idle".equals(find("#console").getDomAttribute("data-state")));
    }

    /** Types a command line, presses Enter and waits for the run to finish; returns its summary. */
    Map<String, String> run(String commandLine) {
        waitForPrompt();
        int before = runsFinished();
        type(commandLine, Keys.ENTER);
        waitForRunsAbove(before);
        return lastRun();
    }

    void waitForRunsAbove(int before) {
        new WebDriverWait(driver, RUN_TIMEOUT)
                .withMessage(() -> "no run ended; terminal:\n" + terminalText())
                .until(d -> runsFinished() > before);
    }

    /** Everything the terminal shows (scrollback included), as plain text. */
    String terminalText() {
        return String.valueOf(script("return window.teawasiDemo.terminal.text();"));
    }

    /** The terminal text after the given mark (e.g. the command line just typed). */
    String terminalAfter(String mark) {
        String all = terminalText();
        int at = all.lastIndexOf(mark);
        return at < 0 ? all : all.substring(at + mark.length());
    }

    void waitForTerminal(String text) {
        new WebDriverWait(driver, RUN_TIMEOUT)
                .withMessage(() -> "the terminal never showed '" + text + "'; it shows:\n" + terminalText())
                .until(d -> terminalText().contains(text));
    }

    void clearTerminal() {
        script("window.teawasiDemo.terminal.clear();");
    }

    /** Waits until the element's data-state is one of the given states and returns it. */
    String waitForState(String css, Set<String> states) {
        WebElement element = find(css);
        new WebDriverWait(driver, RUN_TIMEOUT).until(d -> states.contains(element.getDomAttribute("data-state")));
        return element.getDomAttribute("data-state");
    }

    void waitForText(String css, String text) {
        WebElement element = find(css);
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .withMessage(() -> css + " never showed '" + text + "'; it shows:\n" + element.getText())
                .until(d -> element.getText().contains(text));
    }

    /** Reads a file of the page's FileSystem (as text, or null when it does not exist). */
    String fileText(String path) {
        Object text = script(
                "const fs = window.teawasiDemo.fs;"
                        + "return fs.existsSync(arguments[0]) ? fs.readFileSync(arguments[0], 'utf8') : null;",
                path);
        return text == null ? null : String.valueOf(text);
    }

    /** The browser console's errors and warnings since the last call (failed loads, exceptions, CSP reports). */
    List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                // the browser's own /favicon.ico probe (not a request of the page) is not the page's problem
                .filter(e -> !e.getMessage().contains("/favicon.ico - Failed to load resource"))
                // xterm.js's idle-task scheduler warns when the machine was slow to run one of its render tasks:
                // a timing notice of the library (console.warn in its TaskQueue), not a failure of the page
                .filter(e -> !e.getMessage().contains("task queue exceeded allotted deadline"))
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    /**
     * Drops files on an element as a drag from the desktop delivers them (a synthetic DataTransfer: WebDriver cannot
     * drag from outside the browser). Each file is {name, url}: its bytes are fetched from the page's server.
     */
    void dropFiles(String css, String... nameUrlPairs) {
        Object result = asyncScript(
                "const done = arguments[arguments.length - 1]; const [css, pairs] = arguments;"
                        + "(async () => { const dt = new DataTransfer();"
                        + "  for (let i = 0; i < pairs.length; i += 2) {"
                        + "    const bytes = await (await fetch(pairs[i + 1])).arrayBuffer();"
                        + "    dt.items.add(new File([bytes], pairs[i])); }"
                        + "  document.querySelector(css).dispatchEvent(new DragEvent('drop', { dataTransfer: dt,"
                        + "    bubbles: true, cancelable: true }));"
                        + "  return 'dropped'; })().then(done, (e) => done('failed: ' + e.message));",
                css,
                List.of(nameUrlPairs));
        assertEquals("dropped", result);
    }

    /** Fails on any console error or warning since the last check (the page must stay quiet). */
    void assertQuietConsole() {
        assertEquals(List.of(), consoleProblems(), "the browser console");
    }

    /** The xterm colour of the first cell showing `text` in the terminal: "palette N", "rgb N" or "default". */
    String colourOf(String text) {
        return String.valueOf(script(
                "const buf = window.teawasiDemo.terminal.term.buffer.active;"
                        + "for (let y = buf.length - 1; y >= 0; y--) {"
                        + "  const line = buf.getLine(y); const s = line.translateToString(false);"
                        + "  const x = s.indexOf(arguments[0]); if (x < 0) continue;"
                        + "  const cell = line.getCell(x);"
                        + "  return cell.isFgPalette() ? 'palette ' + cell.getFgColor()"
                        + "    : cell.isFgRGB() ? 'rgb ' + cell.getFgColor() : 'default'; }"
                        + "return 'not found';",
                text));
    }

    /**
     * Keeps what a person would see in test-web/target/screenshots/ and checks that it is not blank: a page that
     * rendered has many distinct colours, a blank one a single colour.
     */
    void screenshot(String name) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Path out = Files.createDirectories(Artifacts.root().resolve("test-web/target/screenshots"));
            Files.write(out.resolve(name), png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, name + " looks blank: " + colours.size() + " colours");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
