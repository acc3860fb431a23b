package dev.teawasi.engine.internal.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Converts a .wast file with wabt's wast2json (run during the test, so the .wast files are the only source). */
final class WastConversion {
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

    /** Runs wast2json into outRoot/NAME/NAME.json; fails with wast2json's message if it rejects the file. */
    static Path convert(Path wast, Path outRoot) throws IOException, InterruptedException {
        String name = baseName(wast);
        Path dir = outRoot.resolve(name);
        Files.createDirectories(dir);
        Path json = dir.resolve(name + ".json");
        Process p;
        try {
            p = new ProcessBuilder(
                            "wast2json",
                            wast.toAbsolutePath().toString(),
                            "-o",
                            json.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot run wast2json: install the Debian package 'wabt' " + "(scripts/setup.sh does): "
                            + e.getMessage(),
                    e);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("wast2json failed on " + wast + ":\n" + output);
        }
        return json;
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
