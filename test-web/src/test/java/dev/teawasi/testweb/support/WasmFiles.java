package dev.teawasi.testweb.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real modules for the tests: our own .wat sources compiled by wabt's wat2wasm, and the section list that wabt's
 * wasm-objdump reports for them (an oracle independent of teawasi).
 */
public final class WasmFiles {
    private static final Map<String, Integer> OBJDUMP_SECTION_IDS = Map.ofEntries(
            Map.entry("Custom", 0),
            Map.entry("Type", 1),
            Map.entry("Import", 2),
            Map.entry("Function", 3),
            Map.entry("Table", 4),
            Map.entry("Memory", 5),
            Map.entry("Global", 6),
            Map.entry("Export", 7),
            Map.entry("Start", 8),
            Map.entry("Elem", 9),
            Map.entry("Code", 10),
            Map.entry("Data", 11),
            Map.entry("DataCount", 12));
    private static final Pattern OBJDUMP_LINE = Pattern.compile(
            "^\\s*(\\w+) start=0x([0-9a-f]+) end=0x([0-9a-f]+) \\(size=0x([0-9a-f]+)\\)(?:.*\"(.*)\")?.*$");

    private WasmFiles() {}

    /** One section as "id name offset size", the same line format as the `sections` command prints. */
    public static String line(int id, String name, int offset, int size) {
        return id + " " + name + " offset=" + offset + " size=" + size;
    }

    /** Compiles test resource wat/NAME.wat (with the name section) into dir/NAME.wasm. */
    public static Path compile(String name, Path dir) {
        Path wat = dir.resolve(name + ".wat");
        Path wasm = dir.resolve(name + ".wasm");
        try (InputStream in = WasmFiles.class.getResourceAsStream("/wat/" + name + ".wat")) {
            if (in == null) {
                fail("no test resource wat/" + name + ".wat");
            }
            Files.write(wat, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Processes.Result r = Processes.run(
                dir, List.of(Tools.wat2wasm().toString(), "--debug-names", wat.toString(), "-o", wasm.toString()), 60);
        assertEquals(0, r.exitCode, () -> "wat2wasm failed: " + r);
        return wasm;
    }

    /** The sections of a module as wasm-objdump -h sees them, in the `sections` line format. */
    public static List<String> objdumpSections(Path wasm) {
        Processes.Result r =
                Processes.run(wasm.getParent(), List.of(Tools.wasmObjdump().toString(), "-h", wasm.toString()), 60);
        assertEquals(0, r.exitCode, () -> "wasm-objdump failed: " + r);
        List<String> out = new ArrayList<>();
        for (String text : r.stdout.split("\n")) {
            Matcher m = OBJDUMP_LINE.matcher(text);
            if (!m.matches()) {
                continue;
            }
            Integer id = OBJDUMP_SECTION_IDS.get(m.group(1));
            if (id == null) {
                fail("unknown section kind in wasm-objdump output: " + text);
            }
            String name = id == 0 ? "custom:" + m.group(5) : SECTION_NAMES[id];
            out.add(line(id, name, Integer.parseInt(m.group(2), 16), Integer.parseInt(m.group(4), 16)));
        }
        if (out.isEmpty()) {
            fail("no sections parsed from wasm-objdump output:\n" + r.stdout);
        }
        return out;
    }

    /** The names teawasi gives section ids 1..12 (the spec's names). */
    private static final String[] SECTION_NAMES = {
        "custom",
        "type",
        "import",
        "function",
        "table",
        "memory",
        "global",
        "export",
        "start",
        "element",
        "code",
        "data",
        "datacount"
    };
}
