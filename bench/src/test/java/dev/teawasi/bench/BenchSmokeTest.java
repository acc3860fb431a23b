package dev.teawasi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The harness works on each JVM runtime: one small program, run once, checksum checked. Not a benchmark. */
class BenchSmokeTest {
    static Program smoke(String checksum) throws URISyntaxException {
        Path wasm = Path.of(BenchSmokeTest.class.getResource("/smoke.wasm").toURI());
        return new Program("smoke", wasm, "1000", checksum);
    }

    @ParameterizedTest
    @ValueSource(strings = {"teawasi", "chicory"})
    void measuresOneRunWithItsChecksum(String runtime) throws Exception {
        Measurement m = MeasureOne.measure(MeasureOne.runner(runtime), smoke("a06ae7fd"), 1, 1);
        assertEquals(runtime, m.runtime);
        assertEquals(1, m.executeMs.length);
        assertTrue(m.executeMs[0] >= 0);
        Measurement parsed = Measurement.parse(m.toLine());
        assertNotNull(parsed);
        assertEquals("smoke", parsed.program);
    }

    @ParameterizedTest
    @ValueSource(strings = {"teawasi", "chicory"})
    void wrongChecksumFails(String runtime) throws Exception {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> MeasureOne.measure(MeasureOne.runner(runtime), smoke("00000000"), 0, 1));
        assertTrue(e.getMessage().contains("expected 00000000"), e.getMessage());
    }
}
