package dev.teawasi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --invoke and -W unknown-imports-trap in process (the packaged jar and node: test-web's RunInvokeTest). */
class ExportInvocationTest {
    @TempDir
    static Path dir;

    static Path reactor;

    @BeforeAll
    static void module() throws IOException, InterruptedException {
        Path src = Files.writeString(
                dir.resolve("r.wat"),
                "(module"
                        + " (import \"env\" \"missing\" (func $m))"
                        + " (global $g (mut i32) (i32.const 0))"
                        + " (func (export \"_initialize\") (global.set $g (i32.const 100)))"
                        + " (func (export \"add\") (param i32 i64) (result i32 i64)"
                        + "   (i32.add (local.get 0) (global.get $g)) (local.get 1))"
                        + " (func (export \"callmissing\") (call $m)))");
        reactor = dir.resolve("r.wasm");
        Process p;
        try {
            p = new ProcessBuilder("wat2wasm", src.toString(), "-o", reactor.toString())
                    .inheritIO()
                    .start();
        } catch (IOException e) {
            Assumptions.abort("wat2wasm is not installed");
            return;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0);
    }

    /** Runs `run ARGS` in this JVM: exit code, stdout, stderr. */
    private static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            code = RunCommand.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new String[] {
            Integer.toString(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)
        };
    }

    @Test
    void invokesAfterInitialiseAndPrintsEachResult() {
        String[] r = run("-W", "unknown-imports-trap", "--invoke", "add", reactor.toString(), "5", "-7");
        assertEquals("0", r[0], r[2]);
        assertEquals("105\n-7\n", r[1]);
        assertEquals("", r[2]);
    }

    @Test
    void unknownImportIsALinkErrorUnlessItTraps() {
        String[] refused = run("--invoke", "add", reactor.toString(), "1", "2");
        assertEquals("1", refused[0]);
        assertEquals("teawasi: " + reactor + ": unknown import: env.missing\n", refused[2]);
        String[] trapped = run("--trap-unknown-imports", "--invoke", "callmissing", reactor.toString());
        assertEquals("134", trapped[0]);
        assertEquals(
                "teawasi: wasm trap: unreachable: called the unknown import env.missing (linked to trap)\n"
                        + "wasm backtrace:\n  0: func[3] at +0x0\n",
                trapped[2]);
    }

    @Test
    void badInvocationsAreUsageErrors() {
        String[] r = run("-W", "unknown-imports-trap", "--invoke", "add", reactor.toString(), "1");
        assertEquals("2", r[0]);
        assertEquals(
                "teawasi: " + reactor + ": --invoke: 'add' (func (param i32 i64) (result i32 i64)) takes 2 arguments,"
                        + " got 1\n",
                r[2]);
        String[] flag = run("-W", "threads", reactor.toString());
        assertEquals("2", flag[0]);
        assertTrue(flag[2].startsWith("teawasi run: unsupported -W option 'threads'"), flag[2]);
        assertTrue(flag[2].contains("[--invoke NAME] [-W unknown-imports-trap]"), flag[2]);
    }
}
