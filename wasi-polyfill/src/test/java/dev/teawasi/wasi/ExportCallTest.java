package dev.teawasi.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.TrapKind;
import dev.teawasi.engine.internal.store.Value;
import dev.teawasi.wasi.host.ByteArrayOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** run --invoke: a reactor's _initialize, then one export with text arguments, results as wasmtime prints them. */
class ExportCallTest {
    static final String REACTOR = "(module"
            + " (import \"wasi_snapshot_preview1\" \"fd_write\" (func $w (param i32 i32 i32 i32) (result i32)))"
            + " (import \"wasi_snapshot_preview1\" \"proc_exit\" (func $exit (param i32)))"
            + " (import \"env\" \"host\" (func $host (param i32) (result i32)))"
            + " (memory (export \"memory\") 1) (data (i32.const 16) \"hi\\n\")"
            + " (global $g (mut i32) (i32.const 0))"
            + " (func (export \"_initialize\") (global.set $g (i32.const 40)))"
            + " (func (export \"add\") (param i32 i32) (result i32) (i32.add (i32.add (local.get 0) (local.get 1)) (global.get $g)))"
            + " (func (export \"mix\") (param i64 f32 f64) (result f64 f32 i64)"
            + "   (local.get 2) (local.get 1) (local.get 0))"
            + " (func (export \"hello\") (result i32)"
            + "   (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 3))"
            + "   (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))) (i32.const 7))"
            + " (func (export \"quit\") (call $exit (i32.const 3)))"
            + " (func (export \"spin\") (loop (br 0)))"
            + " (func (export \"usehost\") (result i32) (call $host (i32.const 1)))"
            + " (func (export \"ref\") (param externref))"
            + " (global (export \"notfunc\") i32 (i32.const 0)))";

    private final ByteArrayOutput out = new ByteArrayOutput();

    static byte[] wat(String text) {
        try {
            Path dir = Files.createTempDirectory("exportcall");
            Path src = Files.writeString(dir.resolve("m.wat"), text);
            Path bin = dir.resolve("m.wasm");
            Process p;
            try {
                p = new ProcessBuilder("wat2wasm", src.toString(), "-o", bin.toString())
                        .redirectErrorStream(true)
                        .start();
            } catch (IOException e) {
                Assumptions.abort("wat2wasm is not installed");
                return null;
            }
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(log);
            }
            return Files.readAllBytes(bin);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private WasiProcess process() {
        return WasiProcess.instantiate(
                WasmModule.compile(wat(REACTOR)),
                WasiConfig.builder().deterministic().stdout(out).build(),
                new Imports().trapUnknownFunctions(true));
    }

    @Test
    void initializesThenCallsWithTypedArguments() {
        ExportCall c = ExportCall.prepare(process(), "add", List.of("1", "-3"));
        WasiResult r = c.run(-1);
        assertEquals(WasiResult.Status.EXITED, r.status());
        assertEquals(0, r.exitCode());
        assertEquals(List.of("38"), c.results());
        assertEquals("(func (param i32 i32) (result i32))", c.signature());
    }

    @Test
    void resultsPrintAsWasmtimePrintsThem() {
        ExportCall c = ExportCall.prepare(process(), "mix", List.of("-9000000000", "1.5", "1e21"));
        c.run(-1);
        assertEquals(List.of("1000000000000000000000", "1.5", "-9000000000"), c.results());
        ExportCall d = ExportCall.prepare(process(), "mix", List.of("18446744073709551615", "nan", "-inf"));
        d.run(-1);
        assertEquals(List.of("-inf", "NaN", "-1"), d.results());
        ExportCall e = ExportCall.prepare(process(), "mix", List.of("0", "0.001", "-0.0"));
        e.run(-1);
        assertEquals(List.of("-0", "0.001", "0"), e.results());
        assertEquals("4294967295", ExportCall.format(Value.i64(4294967295L)));
        assertEquals("-1", ExportCall.format(Value.i32(-1)));
        assertEquals("0.00001", ExportCall.plain("1.0E-5"));
        assertEquals("123.456", ExportCall.plain("123.456"));
        assertEquals("inf", ExportCall.plain("Infinity"));
    }

    @Test
    void guestOutputProcExitTrapsAndFuel() {
        ExportCall hello = ExportCall.prepare(process(), "hello", List.of());
        assertEquals(WasiResult.Status.EXITED, hello.run(-1).status());
        assertEquals("hi\n", out.toString());
        assertEquals(List.of("7"), hello.results());
        ExportCall quit = ExportCall.prepare(process(), "quit", List.of());
        WasiResult q = quit.run(-1);
        assertEquals(3, q.exitCode());
        assertNull(quit.results());
        ExportCall spin = ExportCall.prepare(process(), "spin", List.of());
        assertEquals(WasiResult.Status.OUT_OF_FUEL, spin.run(10_000).status());
        assertEquals(WasiResult.Status.OUT_OF_FUEL, spin.run(10_000).status());
        ExportCall host = ExportCall.prepare(process(), "usehost", List.of());
        WasiResult t = host.run(-1);
        assertEquals(WasiResult.Status.TRAPPED, t.status());
        assertEquals(TrapKind.UNREACHABLE, t.trap().kind());
        assertEquals(
                "unreachable: called the unknown import env.host (linked to trap)",
                t.trap().getMessage());
    }

    @Test
    void badInvocationsSayWhy() {
        WasiProcess p = process();
        assertEquals(
                "the module exports no function named 'nope'",
                assertThrows(IllegalArgumentException.class, () -> ExportCall.prepare(p, "nope", List.of()))
                        .getMessage());
        assertEquals(
                "the export 'notfunc' is not a function",
                assertThrows(IllegalArgumentException.class, () -> ExportCall.prepare(p, "notfunc", List.of()))
                        .getMessage());
        assertEquals(
                "'add' (func (param i32 i32) (result i32)) takes 2 arguments, got 1",
                assertThrows(IllegalArgumentException.class, () -> ExportCall.prepare(p, "add", List.of("1")))
                        .getMessage());
        assertEquals(
                "argument 2 'x' is not a valid i32",
                assertThrows(IllegalArgumentException.class, () -> ExportCall.prepare(p, "add", List.of("1", "x")))
                        .getMessage());
        assertEquals(
                "argument 1 '4294967296' is not a valid i32",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ExportCall.prepare(p, "add", List.of("4294967296", "1")))
                        .getMessage());
        assertEquals(
                "argument 2 '1f' is not a valid f32",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ExportCall.prepare(p, "mix", List.of("1", "1f", "2")))
                        .getMessage());
        assertEquals(
                "argument 1: externref values cannot be given on the command line",
                assertThrows(IllegalArgumentException.class, () -> ExportCall.prepare(p, "ref", List.of("1")))
                        .getMessage());
        assertEquals(ValType.I32, ExportCall.parse(ValType.I32, "4294967295", 0).type);
    }
}
