package dev.teawasi.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.Value;
import dev.teawasi.wasi.host.ByteArrayInput;
import dev.teawasi.wasi.host.ByteArrayOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real wasi-libc programs (src/test/c) through the engine. */
class WasiProcessTest {
    private final ByteArrayOutput out = new ByteArrayOutput();
    private final ByteArrayOutput err = new ByteArrayOutput();

    private static WasmModule module(String name) throws IOException {
        try (InputStream in = WasiProcessTest.class.getResourceAsStream("/wasm/" + name + ".wasm")) {
            return WasmModule.compile(in.readAllBytes());
        }
    }

    private WasiConfig.Builder config(String... args) {
        return WasiConfig.builder().deterministic().args(args).stdout(out).stderr(err);
    }

    @Test
    void stdinToStdoutWithExitCode() throws IOException {
        WasiConfig c = config("echo_upper", "7")
                .stdin(new ByteArrayInput("hello wasi\n".getBytes()))
                .build();
        WasiResult r = WasiProcess.instantiate(module("echo_upper"), c).runCommand();
        assertEquals(WasiResult.Status.EXITED, r.status());
        assertEquals(7, r.exitCode());
        assertEquals("HELLO WASI\n", out.toString());
        assertEquals("read 11 bytes\n", err.toString());
    }

    @Test
    void blockedStdinSuspendsAndResumes() throws IOException {
        ByteArrayInput in = new ByteArrayInput();
        WasiProcess p = WasiProcess.instantiate(
                module("echo_upper"), config("echo_upper").stdin(in).build());
        WasiResult r = p.runCommand();
        assertEquals(WasiResult.Status.WAITING_FOR_INPUT, r.status());
        in.append("abc".getBytes());
        r = p.resume(-1);
        assertEquals(WasiResult.Status.WAITING_FOR_INPUT, r.status());
        assertEquals("ABC", out.toString());
        in.append("def".getBytes());
        in.close();
        r = p.resume(-1);
        assertEquals(WasiResult.Status.EXITED, r.status());
        assertEquals(0, r.exitCode());
        assertEquals("ABCDEF", out.toString());
        assertEquals("read 6 bytes\n", err.toString());
    }

    @Test
    void fileSystemTourMatchesNodeWasiExceptListingOrder() throws IOException {
        WasiConfig.Builder b = config("fs_tour").preopen("/sandbox");
        WasiConfig c = b.build();
        WasiResult r = WasiProcess.instantiate(module("fs_tour"), c).runCommand();
        assertEquals(3, r.exitCode(), err.toString());
        String text = out.toString();
        for (String line : text.split("\n")) {
            assertTrue(line.endsWith(": ok") || line.startsWith("entry "), line);
        }
        // directories list ".", "..", then entries in creation order (a rename re-adds)
        assertTrue(text.contains("entry .\nentry ..\nentry b.txt\nentry c.txt\nentry s\n"), text);
        assertEquals(List.of("b.txt", "c.txt"), c.vfs().list("/sandbox/dir"));
        assertArrayEquals("hello ".getBytes(), c.vfs().readFile("/sandbox/dir/c.txt"));
    }

    @Test
    void trapIsReportedWithOutputFlushed() throws IOException {
        WasiResult r =
                WasiProcess.instantiate(module("trap"), config("trap").build()).runCommand();
        assertEquals(WasiResult.Status.TRAPPED, r.status());
        assertEquals(WasiResult.TRAP_EXIT_CODE, r.exitCode());
        assertNotNull(r.trap());
        assertEquals("before trap\n", out.toString());
    }

    @Test
    void fuelSlicesThenCompletes() throws IOException {
        WasiConfig c = config("echo_upper")
                .stdin(new ByteArrayInput("x".getBytes()))
                .fuel(50)
                .build();
        WasiProcess p = WasiProcess.instantiate(module("echo_upper"), c);
        WasiResult r = p.runCommand();
        int slices = 1;
        while (r.status() == WasiResult.Status.OUT_OF_FUEL) {
            r = p.resume(50);
            slices++;
        }
        assertEquals(WasiResult.Status.EXITED, r.status());
        assertTrue(slices > 2, "slices " + slices);
        assertEquals("X", out.toString());
    }

    @Test
    void reactorInitializesThenServesCalls() throws IOException {
        WasiProcess p = WasiProcess.instantiate(module("reactor"), config().build());
        assertEquals(WasiResult.Status.EXITED, p.initializeReactor().status());
        assertEquals(105, p.invoke("add_and_print", Value.i32(5))[0].asI32());
        assertEquals(107, p.invoke("add_and_print", Value.i32(2))[0].asI32());
        assertEquals("counter=105\ncounter=107\n", out.toString());
        assertFalse(out.toString().isEmpty());
        assertEquals("", new String(err.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void everyFunctionOfBothSnapshotsLinksWithItsExactSignature() throws IOException {
        WasiProcess p = WasiProcess.instantiate(module("all_imports"), config().build());
        assertEquals(WasiResult.Status.EXITED, p.runCommand().status());
        assertEquals(46 + 45, p.instance().module().imports().length);
    }

    @Test
    void wasiUnstableUsesSnapshot0WhenceAndFilestat() throws IOException {
        WasiConfig c = config("unstable_seek").preopen("/sandbox").build();
        WasiResult r = WasiProcess.instantiate(module("unstable_seek"), c).runCommand();
        assertEquals(471, r.exitCode(), r.toString());
        assertArrayEquals("0123456789".getBytes(), c.vfs().readFile("/sandbox/f"));
    }

    @Test
    void brokenHostServiceEndsTheRunWithAHostTrap() throws IOException {
        WasiConfig c = WasiConfig.builder()
                .deterministic()
                .args("echo_upper")
                .stdin(new ByteArrayInput("a".getBytes()))
                .stdout((b, off, len) -> {
                    throw new IllegalStateException("sink exploded");
                })
                .build();
        WasiResult r = WasiProcess.instantiate(module("echo_upper"), c).runCommand();
        assertEquals(WasiResult.Status.TRAPPED, r.status());
        assertEquals(dev.teawasi.engine.internal.store.TrapKind.HOST, r.trap().kind());
        assertTrue(r.trap().getMessage().contains("sink exploded"), r.trap().getMessage());
    }

    @Test
    void sleepSuspendsWhenTheSleeperCannotBlock() throws IOException {
        dev.teawasi.wasi.host.VirtualClock clock = new dev.teawasi.wasi.host.VirtualClock();
        WasiConfig c = config("fs_tour")
                .clock(clock)
                .sleeper(dev.teawasi.wasi.host.Sleeper.SUSPEND)
                .preopen("/sandbox")
                .build();
        WasiProcess p = WasiProcess.instantiate(module("fs_tour"), c);
        WasiResult r = p.runCommand();
        assertEquals(WasiResult.Status.SLEEPING, r.status());
        assertEquals(1_000_000, r.sleepNanos()); // nanosleep(1 ms)
        clock.advance(400_000);
        r = p.resume(-1); // too early: still sleeping, and the timeout still counts from the first attempt
        assertEquals(WasiResult.Status.SLEEPING, r.status());
        assertEquals(600_000, r.sleepNanos());
        clock.advance(600_000);
        r = p.resume(-1);
        assertEquals(WasiResult.Status.EXITED, r.status());
        assertEquals(3, r.exitCode());
        assertTrue(out.toString().contains("nanosleep: ok\n"), out.toString());
    }

    @Test
    void redirectedStdioIsNotATerminal() throws IOException {
        // echo_upper line-buffers only when stdout is a tty; either way the bytes are the same
        for (boolean terminal : new boolean[] {true, false}) {
            out.reset();
            WasiConfig c = config("echo_upper")
                    .stdioTerminal(terminal)
                    .stdin(new ByteArrayInput("a\nb\n".getBytes()))
                    .build();
            WasiProcess p = WasiProcess.instantiate(module("echo_upper"), c);
            assertEquals(0, p.runCommand().exitCode());
            assertEquals("A\nB\n", out.toString());
            assertEquals(terminal ? 2 : 0, p.state().fds().get(1).fileType());
        }
    }
}
