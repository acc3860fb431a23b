package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** The README's "Embedding API (Java)" example compiles and does what it says. */
class ReadmeExampleTest {
    @Test
    void readmeExampleCompilesAndRuns() throws Exception {
        String readme = new String(Files.readAllBytes(Paths.get("../README.md")), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("## Embedding API \\(Java\\)[\\s\\S]*?```java\\n([\\s\\S]*?)```")
                .matcher(readme);
        assertTrue(m.find(), "no java example in the README's Embedding API section");
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : m.group(1).split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String source = imports + "public class ReadmeExample {\n"
                + "    public static Object run(byte[] wasmBytes) {\n" + body + "        return sum;\n    }\n}\n";
        Path dir = Files.createTempDirectory("readme-example");
        Files.write(dir.resolve("ReadmeExample.java"), source.getBytes(StandardCharsets.UTF_8));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no system Java compiler");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(
                null,
                null,
                errors,
                "-cp",
                System.getProperty("java.class.path"),
                "-d",
                dir.toString(),
                dir.resolve("ReadmeExample.java").toString());
        assertEquals(0, rc, "the README example does not compile:\n" + errors + "\n" + source);

        byte[] wasm = Wat.toWasm("(module (import \"env\" \"log\" (func $log (param i32)))"
                + " (func (export \"add\") (param i32 i32) (result i32)"
                + "   (call $log (local.get 0)) (i32.add (local.get 0) (local.get 1))))");
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Object sum;
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            sum = loader.loadClass("ReadmeExample")
                    .getMethod("run", byte[].class)
                    .invoke(null, (Object) wasm);
        } finally {
            System.setOut(out);
        }
        assertEquals(5, sum);
        assertEquals(
                List.of("log 2"),
                List.of(printed.toString(StandardCharsets.UTF_8).strip().split("\n")));
    }
}
