package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Clis;
import dev.teawasi.testweb.support.Processes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * `run --dir` write-back keeps what the user stored, on the JVM and on node: a full disk (a 1 MiB tmpfs, or an
 * injected write failure where no tmpfs can be mounted) leaves the host file as it was and exits 74 naming it;
 * host changes during the run are left alone and reported; symlinks out of the mount are not created; a signal
 * before the end writes nothing. The guest is test-web/src/test/resources/c/file-actions.c.
 */
class WriteBackTest {
    @TempDir
    static Path dir;

    static Path program;

    @BeforeAll
    static void compile() {
        Path src = Artifacts.root().resolve("test-web/src/test/resources/c/file-actions.c");
        program = dir.resolve("file-actions.wasm");
        Processes.Result r = Processes.run(
                dir,
                List.of(
                        "/usr/bin/clang",
                        "--target=wasm32-wasi",
                        "-O2",
                        "-Wl,--strip-all",
                        "-o",
                        program.toString(),
                        src.toString()),
                120);
        assertEquals(0, r.exitCode, r::toString);
    }

    /** What a finished run printed and returned. */
    record Run(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /**
     * Runs the guest over --dir host::/m. With whenStarted, it runs once the guest printed "started" (then "go" is
     * sent to stdin); with a signal, that signal is sent instead.
     */
    static Run run(Clis cli, Path host, Runnable whenStarted, String signal, String... actions) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--dir", host + "::/m", program.toString()));
        args.addAll(Arrays.asList(actions));
        Process p = new ProcessBuilder(cli.command(args.toArray(new String[0])))
                .directory(dir.toFile())
                .start();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Thread errReader = drain(p.getErrorStream(), err);
        try (InputStream in = p.getInputStream();
                OutputStream stdin = p.getOutputStream()) {
            if (whenStarted != null || signal != null) {
                awaitLine(in, "started", out);
            }
            if (whenStarted != null) {
                whenStarted.run();
                stdin.write("go\n".getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            }
            if (signal != null) {
                Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
                kill.waitFor(10, TimeUnit.SECONDS);
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail("SIG" + signal + " did not end the run within 30 s");
                }
            } else {
                stdin.close();
            }
            out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("no end within 60 s");
        }
        errReader.join(5000);
        synchronized (err) {
            return new Run(p.exitValue(), out.toString(), err.toString());
        }
    }

    static void awaitLine(InputStream in, String line, StringBuilder out) throws IOException {
        StringBuilder cur = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            out.append((char) c);
            if (c == '\n') {
                if (cur.toString().equals(line)) {
                    return;
                }
                cur.setLength(0);
            } else {
                cur.append((char) c);
            }
        }
        fail("the guest never printed " + line + ": " + out);
    }

    static Thread drain(InputStream in, StringBuilder into) {
        Thread t = new Thread(() -> {
            try (in) {
                String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                synchronized (into) {
                    into.append(s);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    static Path fresh(String name) throws IOException {
        Path p = dir.resolve(name);
        if (Files.exists(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                s.sorted((a, b) -> b.compareTo(a)).forEach(x -> x.toFile().delete());
            }
        }
        return Files.createDirectories(p);
    }

    /** Mounts a 1 MiB tmpfs at host; false when this machine cannot (not root, or no permission). */
    static boolean mountTmpfs(Path host) throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", host.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    static void unmount(Path host) throws Exception {
        new ProcessBuilder("umount", host.toString())
                .redirectErrorStream(true)
                .start()
                .waitFor(20, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @EnumSource(Clis.class)
    void aFullDiskLeavesTheHostFileAsItWas(Clis cli) throws Exception {
        Path host = fresh("full-" + cli);
        boolean tmpfs = mountTmpfs(host);
        // without a tmpfs, demo's MountWriteBackTest injects the failure instead
        Assumptions.assumeTrue(tmpfs, "cannot mount a tmpfs here");
        try {
            byte[] keep = new byte[600_000];
            new java.util.Random(1).nextBytes(keep);
            Files.write(host.resolve("keep.bin"), keep);
            Files.writeString(host.resolve("a.txt"), "old");
            Run r = run(
                    cli,
                    host,
                    null,
                    null,
                    "big",
                    "/m/keep.bin",
                    "2",
                    "write",
                    "/m/new.txt",
                    "hello",
                    "rename",
                    "/m/a.txt",
                    "/m/b.txt");
            assertEquals(74, r.exitCode, r::toString);
            assertTrue(
                    r.stderr.contains("teawasi: --dir " + host.toRealPath() + ": keep.bin: cannot write: No space"
                            + " left on device (the host file was left as it was)\n"),
                    r::toString);
            assertTrue(
                    r.stderr.endsWith("teawasi: not every change of the program was written back (the program's"
                            + " own exit code was 0)\n"),
                    r::toString);
            assertTrue(Arrays.equals(keep, Files.readAllBytes(host.resolve("keep.bin"))), "keep.bin damaged");
            assertEquals("hello", Files.readString(host.resolve("new.txt")));
            // the rename's new name is written, its old name is not removed: nothing is lost
            assertEquals("old", Files.readString(host.resolve("b.txt")));
            assertEquals("old", Files.readString(host.resolve("a.txt")));
            try (Stream<Path> s = Files.list(host)) {
                assertFalse(
                        s.anyMatch(x -> x.getFileName().toString().startsWith(".teawasi-")), "a temporary file left");
            }
        } finally {
            if (tmpfs) {
                unmount(host);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Clis.class)
    void changesTheHostMadeDuringTheRunAreLeftAlone(Clis cli) throws Exception {
        Path host = fresh("conflict-" + cli);
        Files.writeString(host.resolve("a.txt"), "old");
        Files.writeString(host.resolve("del.txt"), "old");
        Files.writeString(host.resolve("mine.txt"), "old");
        Run r = run(
                cli,
                host,
                () -> {
                    try {
                        Files.writeString(host.resolve("a.txt"), "host edit");
                        Files.writeString(host.resolve("new.txt"), "host");
                        Files.writeString(host.resolve("del.txt"), "host edit");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                null,
                "say",
                "started",
                "wait",
                "write",
                "/m/a.txt",
                "guest",
                "write",
                "/m/new.txt",
                "guest",
                "rm",
                "/m/del.txt",
                "write",
                "/m/mine.txt",
                "guest");
        assertEquals(74, r.exitCode, r::toString);
        String prefix = "teawasi: --dir " + host.toRealPath() + ": ";
        assertEquals(
                prefix + "a.txt: not written: the host changed it during the run (left as the host has it)\n"
                        + prefix
                        + "new.txt: not written: the host created it during the run (left as the host has it)\n"
                        + prefix
                        + "because of the problems above, 1 removals and replacements were not done (nothing the"
                        + " program moved is lost)\n"
                        + "teawasi: not every change of the program was written back (the program's own exit code was 0)\n",
                r.stderr);
        assertEquals("host edit", Files.readString(host.resolve("a.txt")));
        assertEquals("host", Files.readString(host.resolve("new.txt")));
        assertEquals("host edit", Files.readString(host.resolve("del.txt")));
        assertEquals("guest", Files.readString(host.resolve("mine.txt")));
    }

    @ParameterizedTest
    @EnumSource(Clis.class)
    void symlinksOutOfTheMountAreNotCreated(Clis cli) throws Exception {
        Path host = fresh("symlinks-" + cli);
        Files.createDirectories(host.resolve("sub"));
        Files.writeString(host.resolve("gone.txt"), "old");
        Run r = run(
                cli,
                host,
                null,
                null,
                "symlink",
                "../../x",
                "/m/sub/up",
                "symlink",
                "../gone.txt",
                "/m/sub/in",
                "rm",
                "/m/gone.txt");
        assertEquals(74, r.exitCode, r::toString);
        assertEquals(
                "teawasi: --dir " + host.toRealPath() + ": sub/up: symlink to ../../x not created on the host:"
                        + " its target is outside the mount\n"
                        + "teawasi: not every change of the program was written back (the program's own exit code was 0)\n",
                r.stderr);
        assertFalse(Files.exists(host.resolve("sub/up"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(Path.of("../gone.txt"), Files.readSymbolicLink(host.resolve("sub/in")));
        assertFalse(Files.exists(host.resolve("gone.txt")));
    }

    @ParameterizedTest
    @EnumSource(Clis.class)
    void aSignalBeforeTheEndWritesNothingAndSaysSo(Clis cli) throws Exception {
        Path host = fresh("signal-" + cli);
        Files.writeString(host.resolve("a.txt"), "old");
        // SIGTERM: a shell running the tests in the background (or nohup) may have SIGINT or SIGHUP ignored, which
        // the JVM keeps
        Run spinning = run(cli, host, null, "TERM", "write", "/m/a.txt", "new", "say", "started", "spin");
        assertEquals(143, spinning.exitCode, spinning::toString);
        assertEquals(
                "teawasi: interrupted by SIGTERM: nothing was written back to " + host.toRealPath()
                        + " (left as before the run)\n",
                spinning.stderr);
        assertEquals("old", Files.readString(host.resolve("a.txt")));
        // blocked reading stdin (no "go" is sent)
        Run reading = run(cli, host, null, "TERM", "write", "/m/a.txt", "new", "say", "started", "wait");
        assertEquals(143, reading.exitCode, reading::toString);
        assertEquals("old", Files.readString(host.resolve("a.txt")));
    }
}
