package dev.teawasi.engine.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.runtime.WasmModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests of the translator: each src/test/resources/disassembly/NAME.wat, translated and disassembled (every
 * defined function), must give NAME.expected exactly. After an intended change of the translated code, rewrite the
 * files with -Dteawasi.regenerate=true and review the diff.
 */
class DisassemblyGoldenTest {
    private static final Path DIR = Paths.get("src/test/resources/disassembly");

    @ParameterizedTest
    @ValueSource(strings = {"arithmetic", "branches", "memory-calls", "memory64", "simd"})
    void translatedCodeIsTheExpectedOne(String name) throws Exception {
        String wat = new String(Files.readAllBytes(DIR.resolve(name + ".wat")), StandardCharsets.UTF_8);
        Module m = WasmModule.compile(Wat.toWasm(wat)).module();
        StringBuilder sb = new StringBuilder();
        for (int f = m.importedFuncCount; f < m.functionCount(); f++) {
            sb.append("func ")
                    .append(f)
                    .append(": ")
                    .append(Disassembler.function(m, f))
                    .append('\n');
        }
        Path expected = DIR.resolve(name + ".expected");
        if (Boolean.getBoolean("teawasi.regenerate")) {
            Files.write(expected, sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(
                new String(Files.readAllBytes(expected), StandardCharsets.UTF_8),
                sb.toString(),
                name + ": the translated code changed (regenerate with -Dteawasi.regenerate=true if intended)");
    }
}
