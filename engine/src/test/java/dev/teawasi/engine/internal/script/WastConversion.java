package dev.teawasi.engine.internal.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Converts a .wast file with wabt's wast2json (run during the test, so the .wast files are the only source). A file
 * whose first line is {@link #NEEDS_WAST2JSON3} uses Wasm 3.0 text that Debian's wabt 1.0.32 cannot read (64-bit
 * tables, u64 offsets) and is converted by wast2json3 from the shared tools beside the official suites; without it the
 * file is skipped with a message, like the official suites. Shared with web's NodeSpectestTest.
 */
public final class WastConversion {
    public static final String NEEDS_WAST2JSON3 = ";; converter: wast2json3";

    private WastConversion() {}

    static List<Path> wastFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".wast")).sorted().collect(Collectors.toList());
        }
    }

    static String baseName(Path wast) {
        String n = wast.getFileName().toString();
        return n.substring(0, n.length() - ".wast".length());
    }

    /** Runs the converter into outRoot/NAME/NAME.json; fails with its message if it rejects the file. */
    static Path convert(Path wast, Path outRoot) throws IOException, InterruptedException {
        String name = baseName(wast);
        Path dir = outRoot.resolve(name);
        Files.createDirectories(dir);
        Path json = dir.resolve(name + ".json");
        List<String> command = command(wast, json);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot run wast2json: install the Debian package 'wabt' " + "(scripts/setup.sh does): "
                            + e.getMessage(),
                    e);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed on " + wast + ":\n" + output);
        }
        return json;
    }

    /**
     * The command that converts wast into json (wast2json3 writes NAME.json into json's folder). When the file needs
     * wast2json3 and it is absent, aborts the calling test (reported as skipped) with the reason.
     */
    public static List<String> command(Path wast, Path json) throws IOException {
        String first = Files.readAllLines(wast, StandardCharsets.UTF_8).stream()
                .findFirst()
                .orElse("");
        if (!first.startsWith(NEEDS_WAST2JSON3)) {
            return List.of(
                    "wast2json",
                    wast.toAbsolutePath().toString(),
                    "-o",
                    json.toAbsolutePath().toString());
        }
        Path tool = wast2json3();
        Assumptions.assumeTrue(
                Files.isExecutable(tool),
                wast.getFileName() + " needs wast2json3 (Wasm 3.0 text), not found at " + tool
                        + " (set WAST2JSON3=PATH or -Dteawasi.spectestsuite=DIR): skipped");
        return List.of(
                tool.toString(),
                wast.toAbsolutePath().toString(),
                "-o",
                json.toAbsolutePath().getParent().toString(),
                "--format",
                "wabt",
                "-q");
    }

    /** Where scripts/convert-spec-suites.sh finds it: $WAST2JSON3, else beside the official suites. */
    private static Path wast2json3() {
        String env = System.getenv("WAST2JSON3");
        if (env != null && !env.isEmpty()) {
            return Paths.get(env);
        }
        String dir = System.getProperty("teawasi.spectestsuite");
        Path suites = dir != null && !dir.isEmpty()
                ? Paths.get(dir)
                : OfficialSuites.REPO.resolve("../shared/spec-testsuite");
        return suites.resolve("../tools/wast2json3/wast2json3").normalize();
    }

    /**
     * Names in known-failing.txt ("name" for both sides, "jvm:name" or "node:name" for one side; '#' comments).
     */
    static Set<String> knownFailing(Path wastDir, String side) throws IOException {
        Set<String> names = new TreeSet<>();
        Path list = wastDir.resolve("known-failing.txt");
        if (!Files.exists(list)) {
            return names;
        }
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String entry = line.replaceAll("#.*", "").trim();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                names.add(entry);
            } else if (entry.substring(0, colon).equals(side)) {
                names.add(entry.substring(colon + 1).trim());
            }
        }
        return names;
    }
}
