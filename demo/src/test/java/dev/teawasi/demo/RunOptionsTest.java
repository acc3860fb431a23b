package dev.teawasi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunOptionsTest {
    private static RunOptions parse(String... argv) throws RunOptions.UsageException {
        return RunOptions.parse(argv, Map.of("HOME", "/home/x"));
    }

    @Test
    void flagsAsWasmtimeSpellsThem() throws Exception {
        RunOptions o = parse("--dir", "a::/g", "--dir=b", "--env", "K=V", "--env=E=", "--env", "HOME", "--env",
                "UNSET", "--fuel", "1000", "prog.wasm", "--dir", "x", "-v");
        assertEquals(2, o.dirs.size());
        assertEquals("a", o.dirs.get(0).host);
        assertEquals("/g", o.dirs.get(0).guest);
        assertEquals("b", o.dirs.get(1).host);
        assertEquals("b", o.dirs.get(1).guest);
        assertEquals(List.of("K=V", "E=", "HOME=/home/x", "UNSET="), o.env);
        assertEquals(1000, o.fuel);
        assertEquals("prog.wasm", o.file);
        assertEquals(List.of("--dir", "x", "-v"), o.args);
    }

    @Test
    void doubleDashEndsTheFlags() throws Exception {
        RunOptions o = parse("--", "--weird.wasm", "a");
        assertEquals("--weird.wasm", o.file);
        assertEquals(List.of("a"), o.args);
    }

    @Test
    void badCommandLinesSayWhy() {
        assertMessage("missing the .wasm file", "--dir", "a");
        assertMessage("unknown option '--mapdir'", "--mapdir", "a::b", "x.wasm");
        assertMessage("unknown option '-S'", "-S", "x.wasm");
        assertMessage("option --env needs a value", "--env");
        assertMessage("--dir needs HOST or HOST::GUEST", "--dir", "::/g", "x.wasm");
        assertMessage("--dir needs HOST or HOST::GUEST", "--dir=a::", "x.wasm");
        assertMessage("--env needs KEY=VALUE", "--env", "=v", "x.wasm");
        assertMessage("--fuel needs a positive number", "--fuel", "-5", "x.wasm");
        assertMessage("--fuel needs a positive number", "--fuel", "lots", "x.wasm");
    }

    private static void assertMessage(String expected, String... argv) {
        RunOptions.UsageException e = assertThrows(RunOptions.UsageException.class, () -> parse(argv));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void limitFlagsTakeSizesWithUnits() throws RunOptions.UsageException {
        RunOptions o = RunOptions.parse(new String[] {"--max-memory", "64M", "--max-fs-bytes=2G", "--max-call-depth",
            "500", "--max-table-elements", "1000", "--max-module-bytes", "4096", "m.wasm"}, java.util.Map.of());
        org.junit.jupiter.api.Assertions.assertEquals(64L << 20, o.maxMemoryBytes);
        org.junit.jupiter.api.Assertions.assertEquals(2L << 30, o.maxFsBytes);
        org.junit.jupiter.api.Assertions.assertEquals(500, o.maxCallDepth);
        org.junit.jupiter.api.Assertions.assertEquals(1000, o.maxTableElements);
        org.junit.jupiter.api.Assertions.assertEquals(4096, o.maxModuleBytes);
        org.junit.jupiter.api.Assertions.assertEquals(1 << 30, RunOptions.parse(new String[] {"m.wasm"},
                java.util.Map.of()).maxFsBytes);
        for (String bad : new String[] {"", "x", "1T", "-5", "99999999999999999"}) {
            org.junit.jupiter.api.Assertions.assertThrows(RunOptions.UsageException.class,
                    () -> RunOptions.parseSize("--max-memory", bad), bad);
        }
    }
}
