package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.testweb.support.Artifacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo page as the browser tests drive it. */
final class DemoPage {
    private final WebDriver driver;
    private final String url;

    DemoPage(WebDriver driver, String url) {
        this.driver = driver;
        this.url = url;
    }

    /** Loads the page and waits until it reports that teawasi.js is loaded. */
    DemoPage open() {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !"".equals(moduleState()));
        assertEquals("ready", moduleState(), () -> "page status: " + find("#status").getText());
        return this;
    }

    private String moduleState() {
        return String.valueOf(script("return document.documentElement.dataset.teawasi || '';"));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until the element's data-state is one of the given states and returns it. */
    String waitForState(String css, Set<String> states) {
        WebElement element = find(css);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> states.contains(element.getDomAttribute(
                "data-state")));
        return element.getDomAttribute("data-state");
    }

    /** Waits until an element's text contains the given text. */
    void waitForText(String css, String text) {
        WebElement element = find(css);
        new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(() -> css + " never showed '" + text
                + "'; it shows:\n" + element.getText()).until(d -> element.getText().contains(text));
    }

    /** Keeps what a person would see in test-web/target/screenshots/, for looking at after a run. */
    void screenshot(String name) {
        try {
            Path out = Files.createDirectories(Artifacts.root().resolve("test-web/target/screenshots"));
            Files.write(out.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
