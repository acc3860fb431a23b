package dev.teawasi.engine.internal.binary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.internal.runtime.WasmModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every benchmark program in ../shared/bench/wasm decodes and validates. */
public class BenchModulesTest {
    public static final Path BENCH = Paths.get("/work/shared/bench/wasm");

    public static List<Path> benchModules() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(BENCH), "no benchmark modules at " + BENCH);
        try (Stream<Path> s = Files.list(BENCH)) {
            return s.filter(p -> p.toString().endsWith(".wasm")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void everyBenchModuleCompiles() throws IOException {
        List<Path> modules = benchModules();
        assertTrue(modules.size() > 0);
        for (Path p : modules) {
            byte[] bytes = Files.readAllBytes(p);
            long t0 = System.nanoTime();
            WasmModule m = WasmModule.compile(bytes);
            long us = (System.nanoTime() - t0) / 1000;
            System.out.println(p.getFileName() + ": " + bytes.length + " bytes, "
                    + m.module().bodyCount() + " functions, compiled in " + us + " us");
        }
    }
}
