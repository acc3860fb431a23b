package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.DemoServerProcess;
import dev.teawasi.testweb.support.Tools;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo page's Files panel: uploads (input and drag and drop), folders, delete, the viewer for text and images,
 * the .tar of everything, and /home kept across a reload until "reset".
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumDemoFilesTest {
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

    private static void waitForEntry(String path) {
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .withMessage(() -> path + " not in the tree")
                .until(d -> !page.findAll("#tree li[data-path='" + path + "']").isEmpty());
    }

    private static void clickEntry(String path) {
        page.find("#tree li[data-path='" + path + "'] > .entry").click();
    }

    private static Alert alert() {
        return new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
    }

    @Test
    void uploadViewCreateAndDelete() throws IOException {
        page.open();
        page.require("fileSystem");
        Path text = Files.writeString(dir.resolve("greeting.txt"), "hello from a file\nsecond line\n");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                image.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 0x80);
            }
        }
        Path png = dir.resolve("picture.png");
        ImageIO.write(image, "png", png.toFile());
        clickEntry("/home");
        page.find("#upload-files").sendKeys(text + "\n" + png);
        waitForEntry("/home/greeting.txt");
        waitForEntry("/home/picture.png");
        assertEquals("hello from a file\nsecond line\n", page.fileText("/home/greeting.txt"));

        clickEntry("/home/greeting.txt");
        page.waitForText("#viewer-text", "hello from a file");
        assertEquals("text", page.find("#viewer").getDomAttribute("data-kind"));
        clickEntry("/home/picture.png");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> Long.valueOf(40)
                .equals(page.script("return document.getElementById('viewer-image').naturalWidth;")));
        assertEquals("image", page.find("#viewer").getDomAttribute("data-kind"));
        page.screenshot("demo-files-image.png");

        // A program sees the uploaded file.
        if (page.has("wasiFileSystem")) {
            assertEquals("0", page.run("ftool grep second /home/greeting.txt").get("exitCode"));
            assertTrue(page.terminalText().contains("/home/greeting.txt:2:second line"), page::terminalText);
        }

        // New folder (named in a prompt), then delete the file with the keyboard.
        clickEntry("/home");
        page.find("#new-folder").click();
        Alert prompt = alert();
        prompt.sendKeys("docs");
        prompt.accept();
        waitForEntry("/home/docs");
        assertEquals(Boolean.TRUE, page.script("return window.teawasiDemo.fs.statSync('/home/docs').isDirectory();"));
        clickEntry("/home/greeting.txt");
        page.find("#tree li[data-path='/home/greeting.txt']").sendKeys(Keys.DELETE);
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d ->
                        page.findAll("#tree li[data-path='/home/greeting.txt']").isEmpty());
        assertNull(page.fileText("/home/greeting.txt"));
        // Deleting a folder asks first.
        clickEntry("/home/docs");
        page.find("#delete").click();
        alert().accept();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> page.findAll("#tree li[data-path='/home/docs']").isEmpty());
        page.script("window.teawasiDemo.fs.rmSync('/home/picture.png');");
        assertEquals(List.of(), page.consoleProblems());
    }

    @Test
    void droppedFilesAndFoldersAreUploaded() {
        page.open();
        page.require("fileSystem");
        clickEntry("/tmp");
        // What a drop of two files delivers (a synthetic DataTransfer: WebDriver cannot drag from the desktop).
        page.script("const dt = new DataTransfer();"
                + "dt.items.add(new File(['dropped one\\n'], 'one.txt'));"
                + "dt.items.add(new File([new Uint8Array([0, 1, 2, 3])], 'two.bin'));"
                + "document.getElementById('tree').dispatchEvent(new DragEvent('drop', { dataTransfer: dt,"
                + " bubbles: true, cancelable: true }));");
        waitForEntry("/tmp/one.txt");
        waitForEntry("/tmp/two.bin");
        assertEquals("dropped one\n", page.fileText("/tmp/one.txt"));
        clickEntry("/tmp/two.bin");
        assertEquals("binary", page.find("#viewer").getDomAttribute("data-kind"));
        assertEquals(List.of(), page.consoleProblems());
    }

    @Test
    void theWholeTreeDownloadsAsTar() {
        page.open();
        page.require("fileSystem");
        page.script("window.teawasiDemo.fs.writeFileSync('/tmp/in-tar.txt', 'tar me\\n');");
        String base64 = (String) page.asyncScript("const done = arguments[arguments.length - 1];"
                + "window.teawasiDemo.files.tarBytes().then(b => {"
                + "  let s = ''; for (const x of b) s += String.fromCharCode(x); done(btoa(s)); },"
                + "  e => done('failed: ' + e.message));");
        assertFalse(base64.startsWith("failed"), base64);
        byte[] tar = Base64.getDecoder().decode(base64);
        List<String> names = new ArrayList<>();
        String inTar = null;
        for (int at = 0; at + 512 <= tar.length && tar[at] != 0; ) {
            String name = new String(tar, at, 100, StandardCharsets.UTF_8).replace("\0", "");
            String prefix = new String(tar, at + 345, 155, StandardCharsets.UTF_8).replace("\0", "");
            String full = prefix.isEmpty() ? name : prefix + "/" + name;
            long size = Long.parseLong(
                    new String(tar, at + 124, 12, StandardCharsets.US_ASCII)
                            .replace("\0", "")
                            .trim(),
                    8);
            char type = (char) tar[at + 156];
            if (type != 'x' && type != 'g') {
                names.add(full);
            }
            if (full.endsWith("tmp/in-tar.txt")) {
                inTar = new String(tar, at + 512, (int) size, StandardCharsets.UTF_8);
            }
            at += 512 + (int) ((size + 511) / 512) * 512;
        }
        assertEquals("tar me\n", inTar, names::toString);
        assertTrue(names.stream().anyMatch(n -> n.endsWith("home/poem.txt")), names::toString);
        page.find("#download-tar").click(); // the button hands the same bytes to the browser as a download
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> page.find("#files").getDomAttribute("data-last-tar-bytes") != null);
        assertEquals(List.of(), page.consoleProblems());
    }

    /** The page says when /home's changes are in the browser's storage (written through in the background). */
    private static void waitUntilHomeIsSaved() {
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .withMessage(() -> page.find("#home-state").getText())
                .until(d -> "saved".equals(page.find("#files").getDomAttribute("data-home")));
    }

    @Test
    void homeSurvivesAReloadUntilReset() {
        page.open();
        page.require("wasiFileSystem", "persistentHome");
        assertTrue(
                page.find("#home-state").getText().startsWith("/home is kept in this browser (OPFS)"),
                page.find("#home-state").getText());
        page.script("window.teawasiDemo.fs.rmSync('/home/notes', { recursive: true, force: true });");
        assertEquals("0", page.run("files").get("exitCode"));
        assertEquals("run with 0 arguments\n", page.fileText("/home/notes/log.txt"));
        page.script("window.teawasiDemo.fs.writeFileSync('/tmp/gone.txt', 'memory only');");
        waitUntilHomeIsSaved();
        page.open(); // a reload
        assertEquals("run with 0 arguments\n", page.fileText("/home/notes/log.txt"));
        assertNull(page.fileText("/tmp/gone.txt"));
        assertEquals("0", page.run("files").get("exitCode"));
        assertEquals("run with 0 arguments\nrun with 0 arguments\n", page.fileText("/home/notes/log.txt"));
        page.screenshot("demo-home-after-reload.png");

        page.find("#reset-home").click();
        alert().accept();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> page.findAll("#tree li[data-path='/home/notes']").isEmpty());
        assertNull(page.fileText("/home/notes/log.txt"));
        assertTrue(page.fileText("/home/poem.txt").startsWith("The WebAssembly runs"));
        waitUntilHomeIsSaved();
        page.open();
        assertNull(page.fileText("/home/notes/log.txt"));
        assertEquals(List.of(), page.consoleProblems());
    }

    @Test
    void foldersUploadWithTheirContents() throws IOException {
        page.open();
        page.require("fileSystem");
        // With the "upload a folder" input (a directory chosen in the browser's folder picker).
        Path folder = Files.createDirectories(dir.resolve("album/inner"));
        Files.writeString(dir.resolve("album/a.txt"), "first\n");
        Files.writeString(folder.resolve("b.txt"), "second\n");
        clickEntry("/tmp");
        page.find("#upload-folder").sendKeys(dir.resolve("album").toString());
        waitForEntry("/tmp/album");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> "second\n".equals(page.fileText("/tmp/album/inner/b.txt")));
        assertEquals("first\n", page.fileText("/tmp/album/a.txt"));

        // Dropped: a folder arrives as a directory entry the page walks (the entries API; WebDriver cannot drag
        // from the desktop, so the drop event carries entries built here the way Chromium hands them over).
        clickEntry("/tmp");
        page.script("const file = (name, text) => ({ isFile: true, isDirectory: false, name,"
                + "  file: (ok) => ok(new File([text], name)) });"
                + "const dir = (name, children) => ({ isFile: false, isDirectory: true, name, createReader: () => {"
                + "  let given = false; return { readEntries: (ok) => { ok(given ? [] : children); given = true; } }; } });"
                + "const entry = dir('dropped', [file('x.txt', 'x\\n'), dir('deeper', [file('y.txt', 'y\\n')])]);"
                + "const dt = { items: [{ kind: 'file', webkitGetAsEntry: () => entry }], files: [], types: ['Files'] };"
                + "const e = new Event('drop', { bubbles: true, cancelable: true });"
                + "Object.defineProperty(e, 'dataTransfer', { value: dt });"
                + "document.getElementById('tree').dispatchEvent(e);");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> "y\n".equals(page.fileText("/tmp/dropped/deeper/y.txt")));
        assertEquals("x\n", page.fileText("/tmp/dropped/x.txt"));
        waitForEntry("/tmp/dropped");
        page.screenshot("demo-files-folders.png");
    }

    @Test
    void aFileDownloads() throws IOException {
        page.open();
        page.require("fileSystem");
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ((org.openqa.selenium.chrome.ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        clickEntry("/home/poem.txt");
        page.find("#download").click();
        Path poem = downloads.resolve("poem.txt");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .withMessage("poem.txt was not downloaded")
                .until(d -> Files.exists(poem));
        assertEquals(page.fileText("/home/poem.txt"), Files.readString(poem));
        page.find("#download-tar").click();
        Path tar = downloads.resolve("teawasi-files.tar");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .withMessage("the .tar was not downloaded")
                .until(d -> {
                    try {
                        return Files.exists(tar)
                                && String.valueOf(Files.size(tar))
                                        .equals(page.find("#files").getDomAttribute("data-last-tar-bytes"));
                    } catch (IOException e) {
                        return false;
                    }
                });
    }
}
