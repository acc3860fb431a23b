package dev.teawasi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One row of the corpus' PROGRAMS.tsv: a WASI program, the size argument to run it with, the checksum it prints. */
public final class Program {
    public final String name;
    public final Path wasm;
    /** The size argument (argv[1]); empty for programs that take none. */
    public final String size;
    /** What the program's final "checksum: ..." line must say; null: any (a size with no checksum on record). */
    public final String checksum;

    public Program(String name, Path wasm, String size, String checksum) {
        this.name = name;
        this.wasm = wasm;
        this.size = size;
        this.checksum = checksum;
    }

    /** argv as the guest sees it: program name, then the size when there is one. */
    public List<String> args(String sizeArg) {
        List<String> a = new ArrayList<>();
        a.add(name + ".wasm");
        if (!sizeArg.isEmpty()) {
            a.add(sizeArg);
        }
        return a;
    }

    /**
     * A size with roughly a tenth of the work, for warm-up runs: the programs scale linearly with their size,
     * except fib (exponential: fib(n-5) is about 1/11 of fib(n)).
     */
    public String warmupSize() {
        if (size.isEmpty()) {
            return size;
        }
        long n = Long.parseLong(size);
        return Long.toString(name.equals("fib") ? Math.max(1, n - 5) : Math.max(1, n / 10));
    }

    /** Reads PROGRAMS.tsv (header line first; columns program, wasm, size, checksum); wasm files are in wasmDir. */
    public static List<Program> load(Path tsv, Path wasmDir) throws IOException {
        List<Program> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IOException(tsv + ":" + (i + 1) + ": expected 4 tab-separated columns");
            }
            out.add(new Program(f[0], wasmDir.resolve(f[1]), f[2].trim(), f[3].trim()));
        }
        return out;
    }

    /** The value of the last "checksum: X" line of a program's output, or null when there is none. */
    public static String checksumIn(String output) {
        String found = null;
        for (String line : output.split("\n")) {
            if (line.startsWith("checksum: ")) {
                found = line.substring("checksum: ".length()).trim();
            }
        }
        return found;
    }
}
