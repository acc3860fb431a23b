package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.DemoServerProcess;
import dev.teawasi.testweb.support.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The demo page served by `java -jar demo/target/teawasi.jar serve`, in real headless Chromium: the page loads the
 * ES module, a chosen .wasm is analysed by the translated engine code, and a page script can import the module.
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(named = Tools.SKIP_BROWSER, matches = "true", disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumDemoPageTest {
    private static final Set<String> FINISHED = Set.of("done", "error");

    @TempDir
    static Path dir;
    private static SampleModules modules;
    private static DemoPage page;

    @BeforeAll
    static void setUp(DemoServerProcess server, WebDriver driver) {
        modules = new SampleModules(dir);
        page = new DemoPage(driver, server.url());
    }

    /** Chooses a file in the inspect panel's file input and waits for the panel to finish. */
    private static String choose(Path file) {
        page.find("#wasm-file").sendKeys(file.toAbsolutePath().toString());
        return page.waitForState("#inspect", FINISHED);
    }

    @Test
    void pageListsTheSectionsOfAChosenModule() {
        page.open();
        assertEquals("done", choose(modules.allSections));
        List<String> shown = new ArrayList<>();
        for (WebElement row : page.findAll("#sections tbody tr")) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            shown.add(cells.get(1).getText() + " " + cells.get(2).getText() + " offset=" + cells.get(3).getText()
                    + " size=" + cells.get(4).getText());
        }
        assertEquals(modules.allSectionsExpected, shown);
        String summary = page.find("#inspect-summary").getText();
        assertTrue(summary.startsWith("all-sections.wasm: "), summary);
        assertFalse(page.find("#inspect-error").isDisplayed());
        page.screenshot("sections-listed.png");
    }

    @Test
    void pageShowsAClearErrorForAMalformedFile() {
        page.open();
        assertEquals("error", choose(modules.notWasm));
        String error = page.find("#inspect-error").getText();
        assertTrue(error.contains("not-wasm.wasm") && error.contains(SampleModules.NOT_WASM_MESSAGE), error);
        assertFalse(page.find("#inspect-result").isDisplayed());
        page.screenshot("malformed-file.png");
        // A good file after a bad one replaces the error with the list.
        assertEquals("done", choose(modules.allSections));
        assertFalse(page.find("#inspect-error").isDisplayed());
    }

    @Test
    void aPageScriptImportsTheModuleLikeAWebApp() {
        page.open();
        byte[] wasm = SampleModules.bytes(modules.allSections);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.asyncScript(
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
