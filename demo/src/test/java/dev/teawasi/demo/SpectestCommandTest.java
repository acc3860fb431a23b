package dev.teawasi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `teawasi spectest`: exit code 0 only when nothing failed, 2 for usage errors, and the closing summary line. */
class SpectestCommandTest {
    private static final byte[] EMPTY_MODULE = {0, 'a', 's', 'm', 1, 0, 0, 0};
    private static final byte[] TRUNCATED = {0, 'a', 's', 'm'};

    private static String script(String filename) {
        return "{\"source_filename\": \"t.wast\", \"commands\": [{\"type\": \"assert_malformed\", \"line\": 3, "
                + "\"filename\": \"" + filename + "\", \"text\": \"unexpected end\", \"module_type\": \"binary\"}]}";
    }

    private static int run(StringBuilder out, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return SpectestCommand.run(args);
        } finally {
            System.setOut(old);
            out.append(buf.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void exitCodeAndSummary(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bad.wasm"), TRUNCATED);
        Files.write(dir.resolve("good.wasm"), EMPTY_MODULE);
        Path pass = dir.resolve("pass.json");
        Path fail = dir.resolve("fail.json");
        Files.writeString(pass, script("bad.wasm"));
        Files.writeString(fail, script("good.wasm"));

        StringBuilder out = new StringBuilder();
        assertEquals(0, run(out, pass.toString()));
        assertTrue(out.toString().strip().endsWith("1 passed, 0 failed"), out.toString());

        out.setLength(0);
        assertEquals(1, run(out, fail.toString()));
        assertTrue(
                out.toString()
                        .contains(
                                "t.wast:3: assert_malformed: expected compile error \"unexpected end\", but the module compiled"),
                out.toString());
        assertTrue(out.toString().strip().endsWith("0 passed, 1 failed"), out.toString());

        out.setLength(0);
        assertEquals(1, run(out, pass.toString(), fail.toString()));
        assertTrue(out.toString().strip().endsWith("1 passed, 1 failed"), out.toString());
    }

    @Test
    void usageErrorsExitWith2(@TempDir Path dir) {
        StringBuilder out = new StringBuilder();
        assertEquals(2, run(out));
        assertEquals(2, run(out, "--bogus", "x.json"));
        assertEquals(2, run(out, dir.resolve("missing.json").toString()));
    }
}
