package dev.teawasi.testweb.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole test run (shared by all browser test classes, closed when the run ends).
 * The driver and browser are Debian's: with an explicit driver executable Selenium never starts Selenium Manager,
 * so nothing is downloaded.
 */
public final class ChromiumSession implements AutoCloseable {
    // Selenium warns that it has no DevTools (CDP) classes for this Chromium version; the tests do not use CDP.
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final Path profile;

    private ChromiumSession(ChromeDriverService service, WebDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** The run's browser, started on first use. */
    public static WebDriver driver(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ChromiumSession.class, k -> start(), ChromiumSession.class)
                .driver;
    }

    private static ChromiumSession start() {
        CDP_LOG.setLevel(Level.SEVERE);
        Path chromium = Tools.chromium();
        Path chromedriver = Tools.chromedriver();
        Path profile;
        try {
            profile = Files.createTempDirectory("teawasi-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1000,900",
                "--user-data-dir=" + profile);
        // The browser console (errors, failed loads, CSP reports) for tests that check a page stays quiet.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new ChromiumSession(service, driver, profile);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
