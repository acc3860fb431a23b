package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * `teawasi run --invoke NAME ARGS...` (a reactor's export, results printed as wasmtime prints them) and
 * `-W unknown-imports-trap`, identically on the JVM and on node: same stdout, stderr and exit code.
 */
@DisabledIfSystemProperty(named = "teawasi.skipNode", matches = "true")
class RunInvokeTest {
    @TempDir
    static Path dir;

    static Path reactor;
    static Path command;

    @BeforeAll
    static void modules() throws IOException {
        reactor = wat(
                "reactor",
                "(module"
                        + " (import \"wasi_snapshot_preview1\" \"fd_write\" (func $w (param i32 i32 i32 i32) (result i32)))"
                        + " (import \"wasi_snapshot_preview1\" \"proc_exit\" (func $exit (param i32)))"
                        + " (memory (export \"memory\") 1) (data (i32.const 16) \"hi\\n\")"
                        + " (global $g (mut i32) (i32.const 0))"
                        + " (func (export \"_initialize\") (global.set $g (i32.const 40)))"
                        + " (func (export \"add\") (param i32 i32) (result i32) (i32.add (i32.add (local.get 0) (local.get 1)) (global.get $g)))"
                        + " (func (export \"mix\") (param i64 f32 f64) (result f64 f32 i64) (local.get 2) (local.get 1) (local.get 0))"
                        + " (func (export \"hello\") (result i32)"
                        + "   (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 3))"
                        + "   (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))) (i32.const 7))"
                        + " (func (export \"quit\") (call $exit (i32.const 3)))"
                        + " (func (export \"boom\") (unreachable))"
                        + " (func (export \"spin\") (loop (br 0))))");
        // a command that imports two host functions besides WASI: one it never calls, one it calls on request
        command = wat(
                "command",
                "(module"
                        + " (import \"wasi_snapshot_preview1\" \"proc_exit\" (func $exit (param i32)))"
                        + " (import \"env\" \"never\" (func $never (param i32) (result i32)))"
                        + " (import \"host\" \"log\" (func $log (param i32)))"
                        + " (memory (export \"memory\") 1)"
                        + " (func (export \"_start\") (call $exit (i32.const 5)))"
                        + " (func (export \"uselog\") (call $log (i32.const 1))))");
    }

    /**
     * A real reactor: C built with clang -mexec-model=reactor (wasi-libc's _initialize runs the constructors), which
     * also imports a host function that is not WASI and is used only by one export.
     */
    private static Path cReactor() throws IOException {
        Path src = Files.writeString(
                dir.resolve("creactor.c"),
                String.join(
                        "\n",
                        "#include <stdio.h>",
                        "#include <stdlib.h>",
                        "#include <string.h>",
                        "__attribute__((import_module(\"host\"), import_name(\"notify\"))) int host_notify(int);",
                        "static char *greeting;",
                        "__attribute__((constructor)) static void init(void) { greeting = strdup(\"hello from C\"); }",
                        "__attribute__((export_name(\"greet\"))) int greet(int times) {",
                        "  for (int i = 0; i < times; i++) printf(\"%s %d\\n\", greeting, i);",
                        "  fflush(stdout); // a reactor has no exit that flushes stdio (after the first line it is fully buffered)",
                        "  return times * 2;",
                        "}",
                        "__attribute__((export_name(\"scale\"))) double scale(double x, long long k) { return x * (double) k; }",
                        "__attribute__((export_name(\"notify\"))) int notify(int v) { return host_notify(v); }",
                        ""));
        Path out = dir.resolve("creactor.wasm");
        Processes.Result r = Processes.run(
                dir,
                List.of(
                        "/usr/bin/clang",
                        "--target=wasm32-wasi",
                        "-mexec-model=reactor",
                        "-O2",
                        "-o",
                        out.toString(),
                        src.toString()),
                120);
        assertEquals(0, r.exitCode, r::toString);
        return out;
    }

    @Test
    void cReactorWithAnUnusedHostImport() throws IOException {
        Path c = cReactor();
        // without the flag the host import cannot be linked
        assertEquals(
                "teawasi: " + c + ": unknown import: host.notify\n",
                both(1, "", "--invoke", "greet", c.toString(), "2").stderr);
        // with it: _initialize ran the constructor (the greeting), stdout of the guest, then the result
        both(
                0,
                "hello from C 0\nhello from C 1\n4\n",
                "-W",
                "unknown-imports-trap",
                "--invoke",
                "greet",
                c.toString(),
                "2");
        both(0, "-7.5\n", "-W", "unknown-imports-trap", "--invoke", "scale", c.toString(), "2.5", "-3");
        Processes.Result trap = both(134, "", "-W", "unknown-imports-trap", "--invoke", "notify", c.toString(), "1");
        assertTrue(
                trap.stderr.startsWith("teawasi: wasm trap: unreachable: called the unknown import host.notify"
                        + " (linked to trap)\nwasm backtrace:\n"),
                trap::toString);
        // a reactor has no _start: a plain run says so, the same on both
        assertTrue(
                both(1, "", "-W", "unknown-imports-trap", c.toString()).stderr.contains("no _start function"));
    }

    private static Path wat(String name, String text) throws IOException {
        Path src = Files.writeString(dir.resolve(name + ".wat"), text);
        Path out = dir.resolve(name + ".wasm");
        Processes.Result r =
                Processes.run(dir, List.of(Tools.wat2wasm().toString(), src.toString(), "-o", out.toString()), 60);
        assertEquals(0, r.exitCode, r::toString);
        return out;
    }

    private static Processes.Result jvm(List<String> args) {
        List<String> c = new ArrayList<>(
                List.of(Artifacts.javaExecutable(), "-jar", Artifacts.demoJar().toString(), "run"));
        c.addAll(args);
        return Processes.run(dir, c, 120);
    }

    private static Processes.Result node(List<String> args) {
        List<String> c = new ArrayList<>(List.of(
                Tools.node().toString(), Artifacts.npmFile("bin/teawasi.mjs").toString(), "run"));
        c.addAll(args);
        return Processes.run(dir, c, 120);
    }

    /** Runs on both; asserts the same outcome on both and returns the JVM's. */
    private static Processes.Result both(int exitCode, String stdout, String... args) {
        Processes.Result j = jvm(List.of(args));
        Processes.Result n = node(List.of(args));
        for (Processes.Result r : List.of(j, n)) {
            assertEquals(exitCode, r.exitCode, r::toString);
            assertEquals(stdout, r.stdout, r::toString);
            assertFalse(
                    r.stderr.contains("Exception") || r.stderr.contains("\tat ") || r.stderr.contains("    at "),
                    r::toString);
        }
        assertEquals(j.stderr, n.stderr);
        return j;
    }

    @Test
    void invokeInitialisesTheReactorAndPrintsTheResults() {
        both(0, "41\n", "--invoke", "add", reactor.toString(), "4", "-3");
        // floats print in plain decimal on both sides (TeaVM's Float.toString feeds the same formatting)
        both(
                0,
                "1000000000000000000000\n0.1\n-9000000000\n",
                "--invoke=mix",
                reactor.toString(),
                "-9000000000",
                "0.1",
                "1e21");
        both(0, "hi\n7\n", "--invoke", "hello", reactor.toString());
    }

    @Test
    void invokeEndsLikeARun() {
        assertEquals("", both(3, "", "--invoke", "quit", reactor.toString()).stderr);
        Processes.Result trap = both(134, "", "--invoke", "boom", reactor.toString());
        assertEquals("teawasi: wasm trap: unreachable\nwasm backtrace:\n  0: func[7] at +0x0\n", trap.stderr);
        Processes.Result fuel = both(134, "", "--fuel", "50000", "--invoke", "spin", reactor.toString());
        assertEquals("teawasi: out of fuel: the run used up --fuel 50000 instructions\n", fuel.stderr);
    }

    @Test
    void badInvocationsExitWith2() {
        assertEquals(
                "teawasi: " + reactor + ": --invoke: the module exports no function named 'nope'\n",
                both(2, "", "--invoke", "nope", reactor.toString()).stderr);
        assertEquals(
                "teawasi: " + reactor + ": --invoke: argument 2 'two' is not a valid i32\n",
                both(2, "", "--invoke", "add", reactor.toString(), "1", "two").stderr);
        assertTrue(
                both(2, "", "-W", "simd", reactor.toString())
                        .stderr
                        .startsWith(
                                "teawasi run: unsupported -W option 'simd' (teawasi supports -W unknown-imports-trap) (usage: run "));
    }

    @Test
    void unknownImportsTrapOnlyWhenCalled() {
        Processes.Result refused = both(1, "", command.toString());
        assertEquals("teawasi: " + command + ": unknown import: env.never\n", refused.stderr);
        both(5, "", "-W", "unknown-imports-trap", command.toString());
        both(5, "", "--trap-unknown-imports", command.toString()); // the older spelling (other forms: RunOptionsTest)
        Processes.Result called = both(134, "", "-W", "unknown-imports-trap", "--invoke", "uselog", command.toString());
        assertEquals(
                "teawasi: wasm trap: unreachable: called the unknown import host.log (linked to trap)\n"
                        + "wasm backtrace:\n  0: func[4] at +0x2\n",
                called.stderr);
    }

    @Test
    void usageTextsNameTheNewFlags() {
        for (Processes.Result r : List.of(jvmHelp(), nodeHelp())) {
            assertTrue(
                    r.stdout.contains("[--invoke NAME]") && r.stdout.contains("-W unknown-imports-trap"), r::toString);
        }
    }

    private static Processes.Result jvmHelp() {
        return Processes.run(
                dir,
                List.of(Artifacts.javaExecutable(), "-jar", Artifacts.demoJar().toString(), "--help"),
                60);
    }

    private static Processes.Result nodeHelp() {
        return Processes.run(
                dir,
                List.of(
                        Tools.node().toString(),
                        Artifacts.npmFile("bin/teawasi.mjs").toString(),
                        "--help"),
                60);
    }
}
