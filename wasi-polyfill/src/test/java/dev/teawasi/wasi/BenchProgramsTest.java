package dev.teawasi.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.wasi.host.ByteArrayOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared benchmark programs (when present on this machine) run to their expected checksums or output. */
class BenchProgramsTest {
    private static final Path DIR = Path.of("/work/shared/bench/wasm");

    @ParameterizedTest
    @CsvSource({"hello,0,", "printf_lines,10,lines=10000 ", "fileio,2000,"})
    void runs(String name, String arg, String expectedText) throws IOException {
        Path wasm = DIR.resolve(name + ".wasm");
        assumeTrue(Files.exists(wasm), "bench programs not on this machine");
        // the full-size printf_lines run takes ~30 s in the interpreter; -Dteawasi.bench=true runs it
        if (Boolean.getBoolean("teawasi.bench") && name.equals("printf_lines")) {
            arg = "200";
            expectedText = null;
        }
        String expected = expectedText;
        for (String line : Files.readAllLines(DIR.resolveSibling("PROGRAMS.tsv"))) {
            String[] f = line.split("\t");
            if (expected == null && f[0].equals(name)) {
                expected = f[3];
            }
        }
        ByteArrayOutput out = new ByteArrayOutput();
        ByteArrayOutput err = new ByteArrayOutput();
        WasiConfig.Builder b = WasiConfig.builder()
                .deterministic()
                .args(name + ".wasm", arg)
                .stdout(out)
                .stderr(err)
                .preopen("/sandbox");
        WasiProcess p = WasiProcess.instantiate(WasmModule.compile(Files.readAllBytes(wasm)), b.build());
        long t0 = System.nanoTime();
        WasiResult r = p.runCommand();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(name + ": " + r + " in " + ms + " ms; stdout " + out.size() + " bytes; stderr: " + err);
        assertEquals(WasiResult.Status.EXITED, r.status(), err.toString());
        assertEquals(0, r.exitCode());
        String text = out.toString() + err.toString();
        assertEquals(true, text.contains(expected), "checksum " + expected + " in: " + tail(text));
    }

    private static String tail(String s) {
        return s.length() > 300 ? s.substring(s.length() - 300) : s;
    }
}
