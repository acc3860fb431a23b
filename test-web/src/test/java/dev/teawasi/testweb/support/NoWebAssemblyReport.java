package dev.teawasi.testweb.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the report of a run without WebAssembly (resources webassembly/no-webassembly.html in a browser,
 * no-webassembly-node.mjs in node): greet.c ran through the test's WASI shim on teawasi.WebAssembly, waited for its
 * stdin line while timers ran, and exited with 3.
 */
public final class NoWebAssemblyReport {
    private NoWebAssemblyReport() {}

    /** newGlobals: the JSON array of the globals loading teawasi added, e.g. ["teawasi"] or []. */
    public static void check(String report, String newGlobals) {
        if (report.contains("\"error\"")) {
            fail(report);
        }
        assertTrue(report.contains("\"nativeWebAssembly\":\"object\""), report);
        assertTrue(report.contains("\"deletedWebAssembly\":\"undefined\""), report);
        assertTrue(report.contains("\"newGlobals\":" + newGlobals), () -> "globals added: " + report);
        assertTrue(report.contains("\"usesPolyfill\":true"), report);
        assertTrue(report.contains("\"code\":3"), report);
        assertTrue(
                report.contains(
                        "\"waiting\":\"args: [one] [two words]\\nWHO=the page\\nsum " + expectedSum() + "\\nname? \""),
                () -> "the program waits for stdin after its first lines: " + report);
        assertTrue(report.contains("hello, Ada!\\n\""), report);
        Matcher timers = Pattern.compile("\"timersWhileWaiting\":(\\d+)").matcher(report);
        assertTrue(
                timers.find() && Integer.parseInt(timers.group(1)) >= 1,
                () -> "timers ran while the program waited: " + report);
    }

    /** greet.c's checksum of its 8 MiB buffer. */
    private static String expectedSum() {
        int sum = 0;
        for (int i = 0; i < (8 << 20); i += 4093) {
            sum = sum * 31 + ((i * 7 + (i >> 12)) & 0xFF);
        }
        return Integer.toUnsignedString(sum);
    }
}
