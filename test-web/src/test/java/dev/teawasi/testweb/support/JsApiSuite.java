package dev.teawasi.testweb.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The WebAssembly JS API suite (resources webassembly/suite.mjs) and its modules (resources wat/jsapi-*.wat), laid
 * out in a directory for a runner: node (run-node.mjs) or a page. A runner reports one line per case, "PASS NAME"
 * or "FAIL NAME :: MESSAGE"; each becomes a JUnit dynamic test.
 */
public final class JsApiSuite {
    /** The modules the suite loads by name. */
    public static final List<String> MODULES =
            List.of("jsapi-basic", "jsapi-refs", "jsapi-start", "jsapi-trapstart", "jsapi-jspi");
    /** Cases in suite.mjs: a runner that reports fewer stopped early. */
    public static final int CASES = 40;

    private JsApiSuite() {}

    /** Writes the modules, suite.mjs and the given other resources of webassembly/ into dir. */
    public static void layOut(Path dir, String... resources) {
        for (String m : MODULES) {
            WasmFiles.compile(m, dir);
        }
        copyResource("suite.mjs", dir);
        for (String r : resources) {
            copyResource(r, dir);
        }
    }

    public static void copyResource(String name, Path dir) {
        try (InputStream in = JsApiSuite.class.getResourceAsStream("/webassembly/" + name)) {
            if (in == null) {
                fail("no test resource webassembly/" + name);
            }
            Files.write(dir.resolve(name), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One dynamic test per reported case; also checks that every case reported. */
    public static Stream<DynamicTest> tests(String report, String where) {
        List<DynamicTest> tests = new ArrayList<>();
        int count = 0;
        for (String line : report.split("\n")) {
            if (line.startsWith("PASS ")) {
                tests.add(DynamicTest.dynamicTest(line.substring(5), () -> {}));
                count++;
            } else if (line.startsWith("FAIL ")) {
                int sep = line.indexOf(" :: ");
                String name = sep < 0 ? line.substring(5) : line.substring(5, sep);
                String message = sep < 0 ? "" : line.substring(sep + 4);
                tests.add(DynamicTest.dynamicTest(name, () -> fail(message)));
                count++;
            }
        }
        int reported = count;
        tests.add(DynamicTest.dynamicTest(
                "all " + CASES + " cases reported (" + where + ")",
                () -> assertEquals(CASES, reported, () -> "the runner stopped early:\n" + report)));
        assertTrue(count > 0, () -> "no results from " + where + ":\n" + report);
        return tests.stream();
    }
}
