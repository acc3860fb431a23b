package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine's packages depend on each other in one direction only (read from the sources' references). */
class PackageDependenciesTest {
    private static final Path SOURCES = Paths.get("src/main/java");
    private static final Pattern REFERENCE =
            Pattern.compile("\\b(dev\\.teawasi\\.engine(?:\\.internal\\.[a-z]+)?)\\.[A-Z]");

    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String pkg = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                Set<String> to = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        to.add(m.group(1));
                    }
                }
            }
        }
        return deps;
    }

    @Test
    void noCycles() throws IOException {
        Map<String, Set<String>> deps = dependencies();
        assertTrue(deps.size() >= 8, deps.toString());
        List<String> cycles = new ArrayList<>();
        for (String start : deps.keySet()) {
            // depth-first search for a path from start back to start
            List<String> stack = new ArrayList<>();
            stack.add(start);
            Set<String> seen = new TreeSet<>();
            findCycle(deps, start, start, stack, seen, cycles);
        }
        assertEquals(List.of(), cycles, "package cycles; dependencies: " + deps);
    }

    private static void findCycle(
            Map<String, Set<String>> deps,
            String start,
            String at,
            List<String> path,
            Set<String> seen,
            List<String> cycles) {
        for (String next : deps.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (seen.add(next)) {
                path.add(next);
                findCycle(deps, start, next, path, seen, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    @Test
    void internalPackagesDoNotUseThePublicApi() throws IOException {
        for (Map.Entry<String, Set<String>> e : dependencies().entrySet()) {
            if (e.getKey().contains(".internal.")) {
                assertTrue(
                        !e.getValue().contains("dev.teawasi.engine"),
                        e.getKey() + " uses the public API: " + e.getValue());
            }
        }
    }
}
