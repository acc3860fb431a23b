package dev.teawasi.testweb.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs one command line on the JVM and on node and checks that both print and return the same, cleanly. */
public final class BothClis {
    private BothClis() {}

    /** Both results ({JVM, node}) after checking they agree and hold no Java or JS stack trace or class name. */
    public static Processes.Result[] run(Path dir, String... args) {
        Processes.Result j = Processes.run(dir, Clis.JVM.command(args), 120);
        Processes.Result n = Processes.run(dir, Clis.NODE.command(args), 120);
        for (Processes.Result r : List.of(j, n)) {
            assertFalse(
                    r.stderr.contains("Exception")
                            || r.stderr.contains("Error:")
                            || r.stderr.contains("\tat ")
                            || r.stderr.contains("dev.teawasi"),
                    r::toString);
        }
        assertEquals(j.stdout, n.stdout);
        assertEquals(j.stderr, n.stderr);
        assertEquals(j.exitCode, n.exitCode, () -> j + "\n" + n);
        return new Processes.Result[] {j, n};
    }

    /** Assembles text-format wasm (with names) into dir/NAME.wasm. */
    public static Path wat(Path dir, String name, String text) throws IOException {
        Path wat = Files.writeString(dir.resolve(name + ".wat"), text);
        Path wasm = dir.resolve(name + ".wasm");
        Processes.Result r = Processes.run(
                dir, List.of(Tools.wat2wasm().toString(), "--debug-names", wat.toString(), "-o", wasm.toString()), 60);
        assertEquals(0, r.exitCode, r::toString);
        return wasm;
    }
}
