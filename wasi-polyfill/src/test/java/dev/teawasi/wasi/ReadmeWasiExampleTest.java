package dev.teawasi.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** The README's WASI example ("## Java") uses only public API, compiles, and runs a WASI command. */
class ReadmeWasiExampleTest {
    @Test
    void readmeWasiExampleCompilesAndRuns() throws Exception {
        String readme = new String(Files.readAllBytes(Paths.get("../README.md")), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\n## Java\n[\\s\\S]*?```java\\n([\\s\\S]*?)```")
                .matcher(readme);
        assertTrue(m.find(), "no java example in the README's Java section");
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : m.group(1).split("\n")) {
            if (line.startsWith("import ")) {
                assertTrue(!line.contains(".internal."), "the README's WASI example uses internal API: " + line);
                imports.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        String source = imports + "public class ReadmeWasiExample {\n"
                + "    public static Object run(byte[] wasmBytes) {\n" + body + "        return result;\n    }\n}\n";
        Path dir = Files.createTempDirectory("readme-wasi-example");
        Files.write(dir.resolve("ReadmeWasiExample.java"), source.getBytes(StandardCharsets.UTF_8));
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
                dir.resolve("ReadmeWasiExample.java").toString());
        assertEquals(0, rc, "the README's WASI example does not compile:\n" + errors + "\n" + source);

        byte[] wasm;
        try (InputStream in = getClass().getResourceAsStream("/wasm/fs_tour.wasm")) {
            wasm = in.readAllBytes(); // exits 3 after its file operations in the preopened /sandbox
        }
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Object result;
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            result = loader.loadClass("ReadmeWasiExample")
                    .getMethod("run", byte[].class)
                    .invoke(null, (Object) wasm);
        } finally {
            System.setOut(out);
        }
        WasiResult r = (WasiResult) result;
        String text = printed.toString(StandardCharsets.UTF_8);
        assertEquals(WasiResult.Status.EXITED, r.status(), text);
        assertEquals(3, r.exitCode(), text);
        assertTrue(text.contains(": ok\n") && text.endsWith("exit code 3\n"), text);
    }
}
