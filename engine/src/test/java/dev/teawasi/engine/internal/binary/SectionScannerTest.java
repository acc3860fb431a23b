package dev.teawasi.engine.internal.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionScannerTest {
    @Test
    void listsSections() {
        List<SectionInfo> s = SectionScanner.scan(DecoderTest.module(0x01, 0x01, 0x00, 0x00, 0x03, 0x01, 'a', 0x05));
        assertEquals(2, s.size());
        assertEquals("type", s.get(0).name());
        assertEquals("custom:a", s.get(1).name());
        assertEquals(1, s.get(1).size - 2);
    }

    @Test
    void hugeSizesAreErrorsNotCrashes() {
        CompileException e = assertThrows(
                CompileException.class,
                () -> SectionScanner.scan(DecoderTest.module(0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F)));
        assertTrue(e.getMessage().startsWith("unexpected end"), e.getMessage());
        assertThrows(
                CompileException.class,
                () -> SectionScanner.scan(DecoderTest.module(0x01, 0x80, 0x80, 0x80, 0x80, 0x08)));
        assertThrows(CompileException.class, () -> SectionScanner.scan(DecoderTest.module(0x00, 0x02, 0x05, 'a')));
    }
}
