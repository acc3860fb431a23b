package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.DemoServerExtension;
import dev.teawasi.testweb.support.DemoServerProcess;
import dev.teawasi.testweb.support.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo page served by `java -jar demo/target/teawasi.jar serve`, in real headless Chromium: the page loads the
 * ES module, a chosen .wasm is analysed by the translated engine code, and a page script can import the module.
 * One browser session for the whole class; the driver and browser are the system's (nothing is downloaded:
 * with an explicit driver executable Selenium never starts Selenium Manager).
 */
@ExtendWith(DemoServerExtension.class)
@DisabledIfSystemProperty(named = Tools.SKIP_BROWSER, matches = "true", disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumDemoPageTest {
    // Selenium warns that it has no DevTools (CDP) classes for this Chromium version; these tests do not use CDP.
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    @TempDir
    static Path dir;
    private static SampleModules modules;
    private static ChromeDriverService service;
    private static WebDriver driver;
    private static String baseUrl;

    @BeforeAll
    static void openBrowser(DemoServerProcess server) throws IOException {
        CDP_LOG.setLevel(Level.SEVERE);
        Path chromium = Tools.chromium();
        Path chromedriver = Tools.chromedriver();
        modules = new SampleModules(dir);
        baseUrl = server.url();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    /** Loads the demo page and waits until it reports that teawasi.js is loaded. */
    private static void openDemoPage() {
        driver.get(baseUrl);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !"".equals(attribute("teawasi")));
        assertEquals("ready", attribute("teawasi"), () -> "page status: "
                + driver.findElement(By.id("status")).getText());
    }

    private static String attribute(String name) {
        Object value = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.dataset[arguments[0]] || '';", name);
        return String.valueOf(value);
    }

    /** Chooses a file in the page's file input and waits for the panel to finish. */
    private static String choose(Path file) {
        WebElement input = driver.findElement(By.id("wasm-file"));
        input.sendKeys(file.toAbsolutePath().toString());
        WebElement panel = driver.findElement(By.id("inspect"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String state = panel.getDomAttribute("data-state");
            return "done".equals(state) || "error".equals(state);
        });
        return panel.getDomAttribute("data-state");
    }

    @Test
    void pageListsTheSectionsOfAChosenModule() {
        openDemoPage();
        assertEquals("done", choose(modules.allSections));
        List<String> shown = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#sections tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            shown.add(cells.get(1).getText() + " " + cells.get(2).getText() + " offset=" + cells.get(3).getText()
                    + " size=" + cells.get(4).getText());
        }
        assertEquals(modules.allSectionsExpected, shown);
        String summary = driver.findElement(By.id("inspect-summary")).getText();
        assertTrue(summary.startsWith("all-sections.wasm: "), summary);
        assertFalse(driver.findElement(By.id("inspect-error")).isDisplayed());
        screenshot("sections-listed.png");
    }

    /** Keeps what a person would see in target/screenshots/, for looking at after a run. */
    private static void screenshot(String name) {
        try {
            Path out = Files.createDirectories(Artifacts.root().resolve("test-web/target/screenshots"));
            Files.write(out.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pageShowsAClearErrorForAMalformedFile() {
        openDemoPage();
        assertEquals("error", choose(modules.notWasm));
        String error = driver.findElement(By.id("inspect-error")).getText();
        assertTrue(error.contains("not-wasm.wasm") && error.contains(SampleModules.NOT_WASM_MESSAGE), error);
        assertFalse(driver.findElement(By.id("inspect-result")).isDisplayed());
        screenshot("malformed-file.png");
        // A good file after a bad one replaces the error with the list.
        assertEquals("done", choose(modules.allSections));
        assertFalse(driver.findElement(By.id("inspect-error")).isDisplayed());
    }

    @Test
    void aPageScriptImportsTheModuleLikeAWebApp() {
        openDemoPage();
        byte[] wasm = SampleModules.bytes(modules.allSections);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "import('./teawasi.js').then(({ version, sections }) => {"
                + "  const list = sections(new Uint8Array(" + SampleModules.jsArrayLiteral(wasm) + "));"
                + "  let error = 'no error';"
                + "  try { sections(new Uint8Array([1, 2, 3])); } catch (e) {"
                + "    error = (e instanceof Error) + ' ' + e.name + ': ' + e.message; }"
                + "  done({ version: version(),"
                + "    lines: list.map(s => `${s.id} ${s.name} offset=${s.offset} size=${s.size}`),"
                + "    error });"
                + "}, e => done({ failed: String(e) }));");
        assertFalse(result.containsKey("failed"), () -> String.valueOf(result.get("failed")));
        assertTrue(String.valueOf(result.get("version")).matches("\\d+\\.\\d+\\.\\d+.*"));
        assertEquals(modules.allSectionsExpected, result.get("lines"));
        assertTrue(String.valueOf(result.get("error")).startsWith("true CompileError: "
                + SampleModules.NOT_WASM_MESSAGE), String.valueOf(result.get("error")));
    }
}
