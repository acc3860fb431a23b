package dev.teawasi.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Test helper: turns WebAssembly text into a binary with wabt's wat2wasm (validation off, so invalid modules too). */
public final class Wat {
    private static Boolean available;

    private Wat() {}

    public static byte[] toWasm(String wat) {
        Assumptions.assumeTrue(available(), "wat2wasm is not installed");
        try {
            Path dir = Files.createTempDirectory("teawasi-wat");
            Path src = dir.resolve("m.wat");
            Path out = dir.resolve("m.wasm");
            Files.write(src, wat.getBytes(StandardCharsets.UTF_8));
            Process p = new ProcessBuilder(
                            "wat2wasm", "--no-check", "--enable-all", src.toString(), "-o", out.toString())
                    .redirectErrorStream(true)
                    .start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("wat2wasm failed: " + log + "\n" + wat);
            }
            byte[] bytes = Files.readAllBytes(out);
            Files.delete(src);
            Files.delete(out);
            Files.delete(dir);
            return bytes;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("wat2wasm", "--version")
                        .redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                available = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                available = false;
            }
        }
        return available;
    }
}
