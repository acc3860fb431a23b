package dev.teawasi.engine.internal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The platform is installed once, before the engine runs, and never changes: this JVM's engine runs on
 * {@link JavaPlatform}; the JS build's forms run the engine in a JVM of their own ({@link InstalledPlatformRun}),
 * on the .wast scripts that exercise them (i64 operations, including the dedicated shifts the translator emits only
 * for that platform, conversions, 8-byte memory access, memory.fill and grow).
 */
class InstalledPlatformTest {
    private static final String[] SCRIPTS = {
        "i64_bigint_forms", "i64", "conversions", "f64", "memory_access", "memory_grow", "bulk_memory"
    };

    @Test
    void theJvmRunsOnTheJavaPlatformAndItIsFixed() {
        Platform p = CurrentPlatform.PLATFORM;
        assertTrue(p instanceof JavaPlatform, p.toString());
        assertTrue(!p.dedicatedI64Shifts());
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> Platform.install(new BigIntPlatform()));
        assertTrue(e.getMessage().contains("install the platform before the engine runs"), e.getMessage());
        Platform.install(p); // the same one again is accepted
        assertSame(p, CurrentPlatform.PLATFORM);
    }

    @Test
    void theEngineRunsOnTheBigIntPlatformInstalledAtStartUp() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                InstalledPlatformRun.class.getName()));
        for (String name : SCRIPTS) {
            Path wast = Paths.get("src/test/wast", name + ".wast");
            Path dir = Files.createDirectories(Paths.get("target/wast-json-bigint-platform", name));
            Process p = new ProcessBuilder(
                            "wast2json",
                            wast.toAbsolutePath().toString(),
                            "-o",
                            dir.resolve(name + ".json").toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "wast2json " + name + ": " + out);
            command.add(dir.toAbsolutePath().toString());
        }
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(300, TimeUnit.SECONDS), out);
        assertEquals(0, run.exitValue(), out);
        assertTrue(out.contains("platform installed\n"), out);
        Matcher m = Pattern.compile("script (\\S+) (\\d+) (\\d+)").matcher(out);
        int scripts = 0;
        while (m.find()) {
            scripts++;
            assertEquals("0", m.group(3), m.group(1) + " failed on the BigInt platform:\n" + out);
            assertTrue(Integer.parseInt(m.group(2)) > 20, m.group(1) + ": " + out);
        }
        assertEquals(SCRIPTS.length, scripts, out);
        assertTrue(out.contains("replaced OK\n"), out);
        assertTrue(out.contains("second install refused\n"), out);
    }
}
