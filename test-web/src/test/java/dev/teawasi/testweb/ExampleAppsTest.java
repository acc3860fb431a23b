package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.TestPageServer;
import dev.teawasi.testweb.support.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example apps of web/examples, built with the pinned Vite and esbuild (top-level package.json) against the
 * package in web/target/npm: teawasi's code is in exactly one output file, which the page and the Worker share,
 * and the built app runs hello.wasm on the page and in the Worker in headless Chromium.
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ExampleAppsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void hello() {
        WasiApiChecksTest.compile(dir, "echo_args");
    }

    /** A copy of web/examples/NAME in dir, with node_modules/teawasi (the built package) and esbuild linked. */
    private static Path copy(String name) throws IOException {
        Path src = Artifacts.root().resolve("web/examples/" + name);
        Path app = dir.resolve(name);
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.collect(Collectors.toList())) {
                String rel = src.relativize(p).toString();
                if (rel.startsWith("dist") || rel.startsWith("node_modules")) {
                    continue;
                }
                Path to = app.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path modules = Files.createDirectories(app.resolve("node_modules"));
        Files.createSymbolicLink(modules.resolve("teawasi"), Artifacts.npmDir());
        Files.createSymbolicLink(modules.resolve("esbuild"), Artifacts.root().resolve("node_modules/esbuild"));
        return app;
    }

    private static void build(Path app, List<String> command) {
        Processes.Result r = Processes.run(app, command, 300);
        assertEquals(0, r.exitCode, r::toString);
    }

    /** The .js files of dist that hold teawasi's own code (its WASI import module name is a string in it). */
    private static List<Path> teawasiCopies(Path dist) throws IOException {
        try (Stream<Path> files = Files.walk(dist)) {
            return files.filter(p -> p.toString().endsWith(".js"))
                    .filter(p -> {
                        try {
                            return Files.readString(p, StandardCharsets.UTF_8).contains("wasi_snapshot_preview1");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.toList());
        }
    }

    private static void runInChromium(WebDriver driver, Path dist) throws IOException {
        Files.copy(dir.resolve("echo_args.wasm"), dist.resolve("hello.wasm"));
        try (TestPageServer server = new TestPageServer().mount("app", dist)) {
            driver.get(server.url("app/index.html"));
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .withMessage(() -> driver.findElement(By.id("status")).getText())
                    .until(d -> d.findElement(By.id("status")).getText().contains("exit"));
            assertEquals(
                    "page exit 0, worker exit 0",
                    driver.findElement(By.id("status")).getText());
            assertEquals(
                    "argv: hello|page\nenv:\nstdin:",
                    driver.findElement(By.id("page")).getText().trim());
            assertEquals(
                    "argv: hello|worker\nenv:\nstdin:",
                    driver.findElement(By.id("worker")).getText().trim());
        }
    }

    @Test
    void vite(WebDriver driver) throws IOException {
        Path app = copy("vite");
        build(
                app,
                List.of(Artifacts.root().resolve("node_modules/.bin/vite").toString(), "build", "--logLevel", "warn"));
        List<Path> copies = teawasiCopies(app.resolve("dist"));
        assertEquals(1, copies.size(), copies::toString);
        assertTrue(
                Files.readString(app.resolve("dist/worker.js")).contains("teawasi"),
                "worker.js imports the shared chunk");
        runInChromium(driver, app.resolve("dist"));
    }

    @Test
    void esbuild(WebDriver driver) throws IOException {
        Path app = copy("esbuild");
        build(app, List.of(Tools.node().toString(), "build.mjs"));
        List<Path> copies = teawasiCopies(app.resolve("dist"));
        assertEquals(1, copies.size(), copies::toString);
        assertTrue(
                Files.readString(app.resolve("dist/worker.js")).contains("import"),
                "worker.js imports the shared chunk");
        runInChromium(driver, app.resolve("dist"));
    }
}
