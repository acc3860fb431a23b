package dev.teawasi.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** run's option parsing, shared by the JVM and node command lines (test-web checks both print the same). */
class RunOptionsTest {
    private static RunOptions parse(String... argv) throws RunOptions.UsageException {
        return RunOptions.parse(argv, Map.of("HOME", "/home/x")::get);
    }

    @Test
    void flagsAsWasmtimeSpellsThem() throws Exception {
        RunOptions o = parse(
                "--dir",
                "a::/g",
                "--dir=b",
                "--env",
                "K=V",
                "--env=E=",
                "--env",
                "HOME",
                "--env",
                "UNSET",
                "--fuel",
                "1000",
                "prog.wasm",
                "--dir",
                "x",
                "-v");
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
    void invokeAndUnknownImportsTrapInWasmtimesSpellings() throws Exception {
        RunOptions o = parse("--invoke", "add", "-W", "unknown-imports-trap", "m.wasm", "1", "2");
        assertEquals("add", o.invoke);
        assertTrue(o.trapUnknownImports);
        assertEquals(List.of("1", "2"), o.args);
        assertEquals("f", parse("--invoke=f", "m.wasm").invoke);
        assertTrue(parse("-Wunknown-imports-trap=y", "m.wasm").trapUnknownImports);
        assertTrue(parse("-W", "unknown-imports-trap=yes", "m.wasm").trapUnknownImports);
        assertTrue(parse("--trap-unknown-imports", "m.wasm").trapUnknownImports);
        RunOptions off = parse("-W", "unknown-imports-trap", "-W", "unknown-imports-trap=n", "m.wasm");
        assertTrue(!off.trapUnknownImports);
        RunOptions plain = parse("m.wasm");
        assertEquals(null, plain.invoke);
        assertTrue(!plain.trapUnknownImports);
        assertMessage(
                "unsupported -W option 'simd' (teawasi supports -W unknown-imports-trap)", "-W", "simd", "m.wasm");
        assertMessage(
                "-W unknown-imports-trap takes y or n, got 'maybe'", "-W", "unknown-imports-trap=maybe", "m.wasm");
        assertMessage("--invoke needs the name of an exported function", "--invoke=", "m.wasm");
        assertMessage("option --invoke needs a value", "--invoke");
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
        assertMessage("--fuel needs a positive number", "--fuel", "+5", "x.wasm");
    }

    private static void assertMessage(String expected, String... argv) {
        RunOptions.UsageException e = assertThrows(RunOptions.UsageException.class, () -> parse(argv));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void limitFlagsTakeSizesWithUnits() throws RunOptions.UsageException {
        RunOptions o = RunOptions.parse(
                new String[] {
                    "--max-memory",
                    "64M",
                    "--max-fs-bytes=2G",
                    "--max-call-depth",
                    "500",
                    "--max-table-elements",
                    "1000",
                    "--max-module-bytes",
                    "4096",
                    "--max-inodes=77",
                    "m.wasm"
                },
                key -> null);
        org.junit.jupiter.api.Assertions.assertEquals(77, o.maxInodes);
        org.junit.jupiter.api.Assertions.assertEquals(
                dev.teawasi.wasi.vfs.VfsLimits.DEFAULT_MAX_INODES,
                RunOptions.parse(new String[] {"m.wasm"}, key -> null).maxInodes);
        org.junit.jupiter.api.Assertions.assertEquals(64L << 20, o.maxMemoryBytes);
        org.junit.jupiter.api.Assertions.assertEquals(2L << 30, o.maxFsBytes);
        org.junit.jupiter.api.Assertions.assertEquals(500, o.maxCallDepth);
        org.junit.jupiter.api.Assertions.assertEquals(1000, o.maxTableElements);
        org.junit.jupiter.api.Assertions.assertEquals(4096, o.maxModuleBytes);
        org.junit.jupiter.api.Assertions.assertEquals(
                1 << 30, RunOptions.parse(new String[] {"m.wasm"}, key -> null).maxFsBytes);
        for (String bad : new String[] {"", "x", "1T", "-5", "99999999999999999"}) {
            org.junit.jupiter.api.Assertions.assertThrows(
                    RunOptions.UsageException.class, () -> RunOptions.parseSize("--max-memory", bad), bad);
        }
    }
}
