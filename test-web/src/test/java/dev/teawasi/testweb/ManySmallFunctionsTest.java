package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BothClis;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's probe of a valid 50 MB module of 12.5 million small functions, which killed node's heap ("FATAL ERROR:
 * Reached heap limit" after 57 s): the decoder now keeps 4 ints per function body instead of an object and two
 * arrays, so the JS build needs about 150 bytes per function. The module is generated here (never committed).
 * In CI: 2 million functions under a node heap of 512 MiB (before the change they needed about 1.3 GiB); the full
 * probe, 12.5 million functions under node's default heap, runs with -Dteawasi.bigModules=true.
 */
@DisabledIfSystemProperty(named = "teawasi.skipNode", matches = "true")
class ManySmallFunctionsTest {
    @TempDir
    static Path dir;

    /** A command module of n empty functions (4 bytes each); _start is the last one. */
    static Path generate(Path file, int n) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
            section(out, 1, new byte[] {1, 0x60, 0, 0});
            ByteArrayOutputStream count = new ByteArrayOutputStream();
            leb(count, n);
            header(out, 3, count.size() + n);
            count.writeTo(out);
            for (int i = 0; i < n; i++) {
                out.write(0); // type 0
            }
            section(out, 5, new byte[] {1, 0, 1});
            ByteArrayOutputStream exports = new ByteArrayOutputStream();
            exports.write(new byte[] {2, 6, '_', 's', 't', 'a', 'r', 't', 0});
            leb(exports, n - 1);
            exports.write(new byte[] {6, 'm', 'e', 'm', 'o', 'r', 'y', 2, 0});
            section(out, 7, exports.toByteArray());
            header(out, 10, count.size() + 3L * n);
            count.writeTo(out);
            for (int i = 0; i < n; i++) {
                out.write(new byte[] {2, 0, 0x0b}); // size 2: no locals, end
            }
        }
        return file;
    }

    private static void section(OutputStream out, int id, byte[] payload) throws IOException {
        header(out, id, payload.length);
        out.write(payload);
    }

    private static void header(OutputStream out, int id, long size) throws IOException {
        out.write(id);
        leb(out, size);
    }

    private static void leb(OutputStream out, long v) throws IOException {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    @Test
    void twoMillionFunctionsRunInASmallNodeHeapAndOnTheJvm() throws IOException {
        Path wasm = generate(dir.resolve("two-million.wasm"), 2_000_000);
        Processes.Result node = Processes.run(
                dir,
                List.of(
                        Tools.node().toString(),
                        "--max-old-space-size=512",
                        Artifacts.npmFile("bin/teawasi.mjs").toString(),
                        "run",
                        wasm.toString()),
                300);
        assertEquals(0, node.exitCode, node::toString);
        assertEquals("", node.stderr);
        Processes.Result jvm = Processes.run(
                dir,
                List.of(Artifacts.javaExecutable(), "-jar", Artifacts.demoJar().toString(), "run", wasm.toString()),
                300);
        assertEquals(0, jvm.exitCode, jvm::toString);
    }

    @Test
    @EnabledIfSystemProperty(named = "teawasi.bigModules", matches = "true")
    void theFiftyMegabyteProbeRunsUnderNodesDefaultHeap() throws IOException {
        Path wasm = generate(dir.resolve("probe.wasm"), 12_500_000);
        assertEquals(true, Files.size(wasm) > 50_000_000);
        Processes.Result[] both = BothClis.run(dir, "run", wasm.toString());
        assertEquals(0, both[1].exitCode, both[1]::toString);
    }
}
