package dev.teawasi.testweb.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The C test programs of wasi-polyfill/src/test/c-suite, compiled with clang --target=wasm32-wasi, and how to run them.
 * Each program starts with header lines ({@code // key: value}): args (quoted words), env (KEY=VALUE words),
 * stdin (text with \n escapes; default: a fixed three-line text), exit (a number or "trap"; default 0), node
 * ("skip (why)": not compared with node:wasi), fixture ("mount": the mount is pre-filled, see {@link #fillFixture}).
 * The expected stdout is expected/NAME.out; a line "@node TEXT" after a line says node:wasi prints TEXT there
 * instead (a documented node deviation from the spec); "@stdout-sha256 HEX" stands for an output too big to commit.
 */
public final class WasiPrograms {
    public static final String DEFAULT_STDIN = "line one\nsecond line\nthird\n";
    public static final String SECRET = "secret\n";

    private WasiPrograms() {}

    /** One program and its header. */
    public static final class Program {
        public final String name;
        public final Path source;
        public final List<String> args = new ArrayList<>();
        public final List<String> env = new ArrayList<>();
        public String stdin = DEFAULT_STDIN;
        /** -1 for "trap". */
        public int exit;

        public String nodeSkip;
        public String fixture;

        Program(Path source) {
            this.source = source;
            String f = source.getFileName().toString();
            this.name = f.substring(0, f.length() - 2);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static Path sourceDir() {
        return Artifacts.root().resolve("wasi-polyfill/src/test/c-suite");
    }

    public static List<Program> all() {
        try (Stream<Path> s = Files.list(sourceDir())) {
            List<Program> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().endsWith(".c")).sorted().collect(Collectors.toList())) {
                out.add(parse(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Program parse(Path source) throws IOException {
        Program p = new Program(source);
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            if (!line.startsWith("// ")) {
                break;
            }
            int colon = line.indexOf(':');
            String key = line.substring(3, colon).trim();
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "args":
                    p.args.addAll(words(value));
                    break;
                case "env":
                    p.env.addAll(words(value));
                    break;
                case "stdin":
                    p.stdin = value.replace("\\n", "\n");
                    break;
                case "exit":
                    p.exit = value.equals("trap") ? -1 : Integer.parseInt(value);
                    break;
                case "node":
                    p.nodeSkip = value;
                    break;
                case "fixture":
                    p.fixture = value;
                    break;
                default:
                    break;
            }
        }
        return p;
    }

    /** Splits on spaces; "double quotes" group words (and may be empty). */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                if (cur == null) {
                    cur = new StringBuilder();
                }
            } else if (c == ' ' && !quoted) {
                if (cur != null) {
                    out.add(cur.toString());
                }
                cur = null;
            } else {
                if (cur == null) {
                    cur = new StringBuilder();
                }
                cur.append(c);
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Compiles (once per test JVM, into target/wasi-c) with clang; a missing clang fails with what to install. */
    public static synchronized Path wasm(Program p) {
        Path outDir = Artifacts.root().resolve("test-web/target/wasi-c");
        Path out = outDir.resolve(p.name + ".wasm");
        try {
            Files.createDirectories(outDir);
            if (Files.exists(out)
                    && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(p.source)) > 0
                    && Files.getLastModifiedTime(out)
                                    .compareTo(Files.getLastModifiedTime(
                                            sourceDir().resolve("wt.h")))
                            > 0) {
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.isExecutable(Path.of("/usr/bin/clang"))) {
            fail("/usr/bin/clang is missing: install the Debian packages clang lld wasi-libc"
                    + " libclang-rt-14-dev-wasm32 (scripts/setup.sh does)");
        }
        Run r = run(
                outDir,
                List.of(
                        "/usr/bin/clang",
                        "--target=wasm32-wasi",
                        "-O2",
                        "-Wall",
                        "-o",
                        out.toString(),
                        p.source.toString()),
                "",
                120);
        if (r.exitCode != 0) {
            fail("clang failed on " + p.source + " (are wasi-libc and libclang-rt-14-dev-wasm32 installed?):\n"
                    + r.stderr);
        }
        return out;
    }

    /** Expected stdout as teawasi must print it, or as node:wasi prints it (with the @node substitutions). */
    public static String expected(Program p, boolean forNode) {
        return annotated(sourceDir().resolve("expected/" + p.name + ".out"), forNode);
    }

    /**
     * Reads an expected-output file. After a line, "@node TEXT" says node:wasi prints TEXT there instead, and
     * "@node-absent" that node:wasi does not print it (node deviations from the spec); "@todo TEXT" says teawasi
     * prints TEXT there today, a known teawasi bug listed in wasi-polyfill/src/test/c-suite/README.md.
     */
    public static String annotated(Path f, boolean forNode) {
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing expected output " + f, e);
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("@node ")) {
                if (forNode) {
                    out.set(out.size() - 1, line.substring(6));
                }
            } else if (line.equals("@node-absent")) {
                if (forNode) {
                    out.remove(out.size() - 1);
                }
            } else if (line.startsWith("@todo ")) {
                if (!forNode) {
                    out.set(out.size() - 1, line.substring(6));
                }
            } else {
                out.add(line);
            }
        }
        return out.stream().map(l -> l + "\n").collect(Collectors.joining());
    }

    /**
     * A fresh sandbox: box/ with the mount box/m (pre-filled for fixture programs) and box/secret.txt beside it,
     * which no program may reach.
     */
    public static Path newBox(Path parent, Program p) {
        try {
            Path box = Files.createTempDirectory(parent, p.name);
            Files.createDirectory(box.resolve("m"));
            Files.writeString(box.resolve("secret.txt"), SECRET);
            if ("mount".equals(p.fixture)) {
                fillFixture(box.resolve("m"));
            }
            return box;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fillFixture(Path m) throws IOException {
        Files.writeString(m.resolve("keep.txt"), "kept");
        Files.writeString(m.resolve("edit.txt"), "original");
        Files.writeString(m.resolve("gone.txt"), "to be deleted");
        Files.createDirectory(m.resolve("olddir"));
        Files.writeString(m.resolve("olddir/inner.txt"), "inner");
        Files.writeString(m.resolve("link-a"), "shared");
        Files.createLink(m.resolve("link-b"), m.resolve("link-a"));
        Files.createSymbolicLink(m.resolve("sym"), Path.of("keep.txt"));
        Files.writeString(m.resolve("to-dir"), "was a file");
        Files.createDirectory(m.resolve("to-file"));
    }

    /** The box as lines "path kind [content|-> target] [nlink=N]", sorted, for comparing host trees. */
    public static String listTree(Path box) {
        try (Stream<Path> s = Files.walk(box)) {
            List<Path> all = s.sorted(Comparator.comparing(Path::toString)).collect(Collectors.toList());
            StringBuilder sb = new StringBuilder();
            for (Path p : all) {
                if (p.equals(box)) {
                    continue;
                }
                String rel = box.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    sb.append(rel)
                            .append(" symlink -> ")
                            .append(Files.readSymbolicLink(p))
                            .append('\n');
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    sb.append(rel).append(" dir\n");
                } else {
                    int nlink = (Integer) Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
                    sb.append(rel)
                            .append(" file [")
                            .append(Files.readString(p))
                            .append(']')
                            .append(nlink > 1 ? " nlink=" + nlink : "")
                            .append('\n');
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hex SHA-256 of the UTF-8 bytes of s (for outputs whose expected file holds only a hash). */
    public static String sha256(String s) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mtime of a host file in whole seconds. */
    public static long mtimeSeconds(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line of a runtime for a program in a box: PREFIX --dir box/m::/sandbox --env.. FILE ARGS. */
    public static List<String> command(List<String> prefix, Program p, Path wasm, Path box) {
        List<String> c = new ArrayList<>(prefix);
        c.add("--dir");
        c.add(box.resolve("m") + "::/sandbox");
        for (String e : p.env) {
            c.add("--env");
            c.add(e);
        }
        c.add(wasm.toString());
        c.addAll(p.args);
        return c;
    }

    /** What a finished program printed and returned. */
    public static final class Run {
        public final int exitCode;
        public final String stdout;
        public final String stderr;

        Run(int exitCode, String stdout, String stderr) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + abbreviate(stdout) + "--- stderr\n" + abbreviate(stderr);
        }

        private static String abbreviate(String s) {
            return s.length() > 20000 ? s.substring(0, 20000) + "\n...(" + s.length() + " chars)\n" : s;
        }
    }

    /** Runs with stdin fed from a string (then closed) and a time limit. */
    public static Run run(Path workDir, List<String> command, String stdin, int timeoutSeconds) {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(workDir.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        try {
            CompletableFuture<String> out = Processes.drain(process.getInputStream());
            CompletableFuture<String> err = Processes.drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the program exited without reading all of stdin
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command + " did not finish within " + timeoutSeconds + " s");
            }
            return new Run(process.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
