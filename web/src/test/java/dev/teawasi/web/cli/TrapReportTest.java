package dev.teawasi.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trap reports stay small whatever the guest did (cli/trap-report.mjs prints the same on node). */
class TrapReportTest {
    @Test
    void aShallowStackIsPrintedWhole() {
        assertEquals(
                "teawasi: wasm trap: unreachable\nwasm backtrace:\n  0: func[1] $f at +0x3\n  1: func[2]\n",
                TrapReport.format("unreachable", List.of("func[1] $f at +0x3", "func[2]"), null));
        assertEquals("teawasi: wasm trap: x\n", TrapReport.format("x", List.of(), null));
    }

    @Test
    void aDeepStackShowsItsEndsAndCountsTheRest() {
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < 20_001; i++) {
            frames.add("func[" + i + "] $" + "n".repeat(1_000));
        }
        String r = TrapReport.format("call stack exhausted\n", frames, null);
        assertTrue(r.length() < 4096, r.length() + " characters");
        assertTrue(
                r.startsWith("teawasi: wasm trap: call stack exhausted\\x0a\nwasm backtrace:\n  0: func[0] $nnn"), r);
        assertTrue(r.contains("...(809 more characters)\n  1: func[1]"), r);
        assertTrue(r.contains("\n  ... 19986 frames omitted ...\n  19996: func[19996] $"), r);
        assertEquals(18, r.split("\n").length);
    }

    @Test
    void clipEscapesControlCharactersAndKeepsSurrogatePairs() {
        assertEquals("a\\x0ab\\x1b[31m\\x7f", TrapReport.clip("a\nb\u001b[31m\u007f", 100));
        assertEquals("ab...(2 more characters)", TrapReport.clip("ab\ud83d\ude00", 3));
    }
}
