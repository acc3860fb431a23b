package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.BothClis;
import dev.teawasi.testweb.support.Clis;
import dev.teawasi.testweb.support.Processes;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's probes that end in an exit code and a message: the same on the JVM and on node, bounded, without a
 * Java class name. Exit codes: README, "Exit codes".
 */
class HostileInputTest {
    @TempDir
    static Path dir;

    static Path wat(String name, String text) throws IOException {
        return BothClis.wat(dir, name, text);
    }

    static final String EXIT_IMPORT = "(import \"wasi_snapshot_preview1\" \"proc_exit\" (func $exit (param i32)))"
            + "(import \"wasi_snapshot_preview1\" \"fd_write\" (func $write (param i32 i32 i32 i32) (result i32)))"
            + "(memory (export \"memory\") 1) (data (i32.const 16) \"hi from start\\n\")";

    static Path startExit;
    static Path startTrap;
    static Path exit256;
    static Path exitMinus1;
    static Path deepRecursion;

    @BeforeAll
    static void modules() throws IOException {
        startExit = wat(
                "start-exit",
                "(module " + EXIT_IMPORT
                        + "(func $s (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 14))"
                        + " (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))"
                        + " (call $exit (i32.const 7))) (start $s) (func (export \"_start\") unreachable))");
        startTrap = wat(
                "start-trap",
                "(module (memory (export \"memory\") 1) (func $in_start unreachable)"
                        + " (start $in_start) (func (export \"_start\")))");
        exit256 = wat("exit256", "(module " + EXIT_IMPORT + "(func (export \"_start\") (call $exit (i32.const 256))))");
        exitMinus1 =
                wat("exit-1", "(module " + EXIT_IMPORT + "(func (export \"_start\") (call $exit (i32.const -1))))");
        String name = "f".repeat(65536);
        deepRecursion = wat(
                "deep",
                "(module (memory (export \"memory\") 1)"
                        + " (func $" + name + " (param i32) (call $" + name + " (i32.add (local.get 0) (i32.const 1))))"
                        + " (func (export \"_start\") (call $" + name + " (i32.const 0))))");
    }

    static Processes.Result[] both(String... args) {
        return BothClis.run(dir, args);
    }

    @Test
    void procExitInTheStartFunctionIsTheProgramsExitCode() {
        Processes.Result r = both("run", startExit.toString())[0];
        assertEquals(7, r.exitCode, r::toString);
        assertEquals("hi from start\n", r.stdout);
        assertEquals("", r.stderr);
    }

    @Test
    void aTrapInTheStartFunctionExits134WithItsBacktrace() {
        Processes.Result r = both("run", startTrap.toString())[0];
        assertEquals(134, r.exitCode, r::toString);
        assertEquals("teawasi: wasm trap: unreachable\nwasm backtrace:\n  0: func[0] $in_start at +0x0\n", r.stderr);
    }

    @Test
    void anEndlessStartFunctionRunsOutOfFuel() throws IOException {
        Path spin = wat(
                "start-spin",
                "(module (memory (export \"memory\") 1) (func $s (loop (br 0))) (start $s)"
                        + " (func (export \"_start\")))");
        Processes.Result r = both("run", "--fuel", "1000000", spin.toString())[0];
        assertEquals(134, r.exitCode, r::toString);
        assertEquals("teawasi: out of fuel: the run used up --fuel 1000000 instructions\n", r.stderr);
    }

    @Test
    void exitCodesAreProcExitMod256() {
        assertEquals(0, both("run", exit256.toString())[0].exitCode);
        assertEquals(255, both("run", exitMinus1.toString())[0].exitCode);
    }

    @Test
    void aDeepTrapWithHugeNamesPrintsAFewKilobytes() {
        Processes.Result r = both("run", deepRecursion.toString())[0];
        assertEquals(134, r.exitCode);
        assertTrue(r.stderr.length() < 4096, () -> r.stderr.length() + " characters");
        assertTrue(
                r.stderr.startsWith("teawasi: wasm trap: call stack exhausted\nwasm backtrace:\n  0: func[0] $fff"),
                r.stderr);
        assertTrue(r.stderr.contains("\n  ... 19986 frames omitted ...\n  19996: func[0] $"), r.stderr);
        assertTrue(r.stderr.endsWith("  20000: func[1] at +0x2\n"), r.stderr);
    }

    @Test
    void devicesDirectoriesAndHugeFilesAreNoModules() throws IOException {
        for (String cmd : List.of("run", "sections")) {
            Processes.Result r = both(cmd, "/dev/zero")[0];
            assertEquals(1, r.exitCode);
            assertEquals("teawasi: cannot read /dev/zero: not a regular file\n", r.stderr);
            r = both(cmd, dir.toString())[0];
            assertEquals("teawasi: cannot read " + dir + ": is a directory\n", r.stderr);
        }
        Path huge = dir.resolve("huge.wasm");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength((256L << 20) + 1); // sparse: costs no disk
        }
        Processes.Result r = both("run", huge.toString())[0];
        assertEquals(
                "teawasi: cannot read " + huge + ": larger than the module size limit of 268435456 bytes\n", r.stderr);
        Files.delete(huge);
    }

    @Test
    void aNamedPipeIsReadAsAModule() throws Exception {
        Path fifo = dir.resolve("module.pipe");
        Processes.Result made = Processes.run(dir, List.of("mkfifo", fifo.toString()), 10);
        assertEquals(0, made.exitCode, made::toString);
        byte[] module = {0, 'a', 's', 'm', 1, 0, 0, 0, 0, 4, 3, 'x', 'y', 'z'}; // header + custom section "xyz"
        for (Clis cli : List.of(Clis.JVM, Clis.NODE)) {
            // one writer per command line: a second open could meet the first reader before it closes
            Thread writer = new Thread(() -> {
                try (var out = Files.newOutputStream(fifo)) {
                    out.write(module);
                } catch (IOException e) {
                    // the reader went away; the assertions below say what it printed
                }
            });
            writer.setDaemon(true);
            writer.start();
            Processes.Result r = Processes.run(dir, cli.command("sections", fifo.toString()), 60);
            assertEquals(0, r.exitCode, r::toString);
            assertEquals("0 custom:xyz offset=10 size=4\n", r.stdout, r::toString);
            writer.join(10_000);
        }
        Files.delete(fifo);
    }

    @Test
    void spectestKeepsToTheScriptsFolderAndBoundsItsInput() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.copy(startTrap, dir.resolve("outside.wasm"));
        Files.createSymbolicLink(scripts.resolve("zero.wasm"), Path.of("/dev/zero"));
        Files.createSymbolicLink(scripts.resolve("out.wasm"), dir.resolve("outside.wasm"));
        Path big = scripts.resolve("big.wasm");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength((64L << 20) + 1);
        }
        StringBuilder cmds = new StringBuilder();
        String[] names = {
            "../outside.wasm",
            dir.resolve("outside.wasm").toString(),
            "out.wasm",
            "zero.wasm",
            "big.wasm",
            "missing.wasm"
        };
        for (int i = 0; i < names.length; i++) {
            cmds.append(i == 0 ? "" : ",")
                    .append("{\"type\": \"module\", \"line\": ")
                    .append(i + 1)
                    .append(", \"filename\": \"")
                    .append(names[i])
                    .append("\"}");
        }
        Path script = Files.writeString(
                scripts.resolve("s.json"), "{\"source_filename\": \"s.wast\", \"commands\": [" + cmds + "]}");
        Processes.Result r = both("spectest", script.toString())[0];
        assertEquals(1, r.exitCode);
        assertEquals(
                "s.wast:1: module: bad script: module file name '../outside.wasm' leaves the script's folder\n"
                        + "s.wast:2: module: bad script: module file name '" + dir.resolve("outside.wasm")
                        + "' leaves the script's folder\n"
                        + "s.wast:3: module: bad script: module file out.wasm leaves the script's folder\n"
                        + "s.wast:4: module: bad script: module file zero.wasm leaves the script's folder\n"
                        + "s.wast:5: module: bad script: cannot read big.wasm: larger than the module size limit of 67108864"
                        + " bytes\n"
                        + "s.wast:6: module: bad script: cannot read missing.wasm: no such file\n"
                        + "0 passed, 6 failed\n",
                r.stdout);
        Files.delete(big);
    }

    @Test
    void deeplyNestedJsonIsAMalformedScript() throws IOException {
        Path script = Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000) + "]".repeat(100_000));
        Processes.Result r = both("spectest", script.toString())[0];
        assertEquals(1, r.exitCode);
        assertTrue(
                r.stdout.startsWith("script:0: script: malformed JSON at offset 200: JSON nested deeper than 200"),
                r::toString);
        Processes.Result z = both("spectest", "/dev/zero")[0];
        assertEquals(2, z.exitCode);
        assertEquals("teawasi: cannot read /dev/zero: not a regular file\n", z.stderr);
    }
}
