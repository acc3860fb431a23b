package dev.teawasi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MethodSizesTest {
    @Test
    void findsMethodsAboveALimit() throws Exception {
        List<String> all = MethodSizes.larger(MethodSizes.class, 0);
        assertTrue(all.stream().anyMatch(s -> s.startsWith("MethodSizes.larger: ")), all.toString());
        assertEquals(List.of(), MethodSizes.larger(MethodSizes.class, 100_000));
    }

    @Test
    void scansTheEngine() throws Exception {
        assertTrue(MethodSizes.largerInEngine(0).stream().anyMatch(s -> s.startsWith("WasmModule.compile: ")));
    }
}
