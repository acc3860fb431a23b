package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.DemoServerProcess;
import dev.teawasi.testweb.support.Tools;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * How fast the demo page is interactive on localhost, measured like a benchmark: the page is loaded several times
 * and the median of its performance marks is reported (with the machine's load average) in
 * test-web/target/demo-load.txt. "Interactive" is the page's mark `teawasi-demo:terminal-input`: the terminal shows
 * its prompt and reads a line (typed commands run once teawasi is in, `teawasi-demo:ready`). The one second
 * is asserted only when the machine is quiet (1-minute load average below the number of cores): on a shared,
 * loaded machine the time is recorded, not judged.
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumDemoLoadTest {
    private static final int LOADS = 5;

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    @Test
    void theTerminalTakesInputWithinASecond(DemoServerProcess server, WebDriver driver) throws IOException {
        DemoPage page = new DemoPage(driver, server.url());
        page.open(); // warms the server and the browser's caches of the page's code
        List<Long> input = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int i = 0; i < LOADS; i++) {
            page.open();
            @SuppressWarnings("unchecked")
            Map<String, Number> marks = (Map<String, Number>) page.script("const m = {};"
                    + "for (const e of performance.getEntriesByType('mark')) m[e.name] = e.startTime;"
                    + "return m;");
            input.add(Math.round(marks.get("teawasi-demo:terminal-input").doubleValue()));
            ready.add(Math.round(marks.get("teawasi-demo:ready").doubleValue()));
            assertEquals(page.interactiveMs(), input.get(i));
        }
        double load = Math.max(
                loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int cores = Runtime.getRuntime().availableProcessors();
        String report = String.format(
                "demo page load on localhost, %d loads: terminal takes input after %d ms (median; all %s), teawasi"
                        + " and the files ready after %d ms (median; all %s); 1-minute load average %.2f on %d cores%n",
                LOADS, median(input), input, median(ready), ready, load, cores);
        System.out.print(report);
        Path out = Artifacts.root().resolve("test-web/target/demo-load.txt");
        Files.writeString(out, report);
        // The page takes input with its own script only; teawasi must not be in the way.
        assertTrue(median(input) < median(ready), report);
        if (load < cores) {
            assertTrue(median(input) < 1000, "not interactive within a second on a quiet machine: " + report);
        }
        assertEquals(List.of(), page.consoleProblems());
    }
}
