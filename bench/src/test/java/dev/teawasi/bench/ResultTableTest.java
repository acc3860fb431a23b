package dev.teawasi.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultTableTest {
    @Test
    void ratiosAndGeometricMeans() {
        Program a = new Program("a", Path.of("a.wasm"), "1", "x");
        Program b = new Program("b", Path.of("b.wasm"), "2", "y");
        Map<String, Map<String, Measurement>> results = new LinkedHashMap<>();
        results.put("a", Map.of("teawasi", m("teawasi", 100), "chicory", m("chicory", 400), "teavm", m("teavm", 200)));
        results.put("b", Map.of("teawasi", m("teawasi", 100), "chicory", m("chicory", 100), "teavm", m("teavm", 800)));
        String t = ResultTable.markdown(List.of(a, b), List.of("teawasi", "chicory", "teavm"), results);
        assertTrue(t.contains("| a | 1 | 100 | 400 | 0.25 | 200 | 2.00 |"), t);
        assertTrue(t.contains("| b | 2 | 100 | 100 | 1.00 | 800 | 8.00 |"), t);
        assertTrue(t.contains("**0.50**"), t); // sqrt(0.25 * 1)
        assertTrue(t.contains("**4.00**"), t); // sqrt(2 * 8)
        assertTrue(t.contains("2.00x faster") && t.contains("NOT met"), t);
    }

    @Test
    void medianOfRuns() {
        Measurement m = new Measurement("r", "p", 0, 0, new double[] {5, 1, 3});
        assertTrue(m.medianMs() == 3);
        assertTrue(Measurement.parse("RESULT\tr\tp\t1.0\t2.0\t3.0,4.0").executeMs.length == 2);
        assertTrue(Measurement.parse("something else") == null);
    }

    private static Measurement m(String rt, double ms) {
        return new Measurement(rt, "p", 0, 0, new double[] {ms});
    }
}
