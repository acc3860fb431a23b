package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.DemoServerProcess;
import dev.teawasi.testweb.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The demo page's module inspector: sections, imports, exports, function count, custom sections, validation. */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumDemoInspectTest {
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

    @AfterEach
    void theConsoleStayedQuiet() {
        page.assertQuietConsole();
    }

    private static String choose(Path file) {
        page.script("document.getElementById('inspect').dataset.state = 'idle';");
        page.find("#inspect-file").sendKeys(file.toAbsolutePath().toString());
        return page.waitForState("#inspect", FINISHED);
    }

    private static List<List<String>> rows(String table) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : page.findAll(table + " tbody tr")) {
            rows.add(row.findElements(By.tagName("td")).stream()
                    .map(e -> e.getDomProperty("textContent"))
                    .collect(Collectors.toList()));
        }
        return rows;
    }

    @Test
    void listsSectionsImportsExportsAndCustomSections() {
        page.open();
        assertEquals("done", choose(modules.allSections));
        List<String> shown = rows("#inspect-sections").stream()
                .map(c -> c.get(1) + " " + c.get(2) + " offset=" + c.get(3) + " size=" + c.get(4))
                .collect(Collectors.toList());
        assertEquals(modules.allSectionsExpected, shown);
        assertEquals(
                "true",
                page.find("#inspect-validation").getDomAttribute("data-valid"),
                page.find("#inspect-validation").getText());
        assertTrue(page.find("#inspect-summary").getText().startsWith("all-sections.wasm: "));
        assertFalse(page.find("#inspect-error").isDisplayed());
        assertFalse(rows("#inspect-exports").isEmpty());
        page.screenshot("demo-inspect.png");

        // A program of the page: a WASI command's imports and exports.
        new Select(page.find("#inspect-program")).selectByValue("ftool");
        page.waitForState("#inspect", FINISHED);
        page.waitForText("#inspect-summary", "ftool.wasm");
        List<List<String>> imports = rows("#inspect-imports");
        assertTrue(imports.contains(List.of("wasi_snapshot_preview1", "fd_write", "function")), imports::toString);
        assertTrue(
                rows("#inspect-exports")
                        .containsAll(List.of(List.of("memory", "memory"), List.of("_start", "function"))),
                () -> rows("#inspect-exports").toString());
        String functions = page.find("#inspect-summary").getDomAttribute("data-functions");
        assertTrue(Integer.parseInt(functions) > 10, functions);
    }

    @Test
    void aMalformedFileIsAClearError() {
        page.open();
        assertEquals("error", choose(modules.notWasm));
        String error = page.find("#inspect-error").getText();
        assertTrue(error.contains("not-wasm.wasm") && error.contains(SampleModules.NOT_WASM_MESSAGE), error);
        assertFalse(page.find("#inspect-result").isDisplayed());
        page.screenshot("demo-inspect-malformed.png");
        assertEquals("done", choose(modules.allSections));
        assertFalse(page.find("#inspect-error").isDisplayed());
    }

    @Test
    void anInvalidModuleShowsItsSectionsAndTheOffsetOfTheFirstError() throws IOException {
        // (func (result i32) i32.add): well-formed, but i32.add (at byte 24) finds an empty stack.
        byte[] wasm = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 1, 0x7f, 3, 2, 1, 0, 10, 5, 1, 3, 0, 0x6a, 0x0b};
        Path file = Files.write(dir.resolve("invalid.wasm"), wasm);
        page.open();
        assertEquals("done", choose(file));
        String validation = page.find("#inspect-validation").getText();
        assertEquals("false", page.find("#inspect-validation").getDomAttribute("data-valid"), validation);
        assertEquals("24", page.find("#inspect-validation").getDomAttribute("data-offset"), validation);
        assertTrue(validation.contains("CompileError"), validation);
        assertEquals(3, rows("#inspect-sections").size());
        page.screenshot("demo-inspect-invalid.png");
    }

    @Test
    void countsFunctionsAndShowsCustomSections() throws IOException {
        // Two functions and a custom section "note" holding "hi".
        byte[] wasm = {
            0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 3, 2, 0, 0, 10, 7, 2, 2, 0, 0x0b, 2, 0, 0x0b, 0, 7, 4,
            'n', 'o', 't', 'e', 'h', 'i'
        };
        Path file = Files.write(dir.resolve("custom.wasm"), wasm);
        page.open();
        assertEquals("done", choose(file));
        assertEquals("2", page.find("#inspect-summary").getDomAttribute("data-functions"));
        assertTrue(page.find("#inspect-summary").getText().contains("2 functions defined"));
        assertEquals(List.of(List.of("note", "2 (content)")), rows("#inspect-custom"));
        assertEquals("true", page.find("#inspect-validation").getDomAttribute("data-valid"));
        page.find("#inspect-custom-title").click(); // open the section to show it
        page.screenshot("demo-inspect-custom.png");
    }
}
