package dev.teawasi.engine.internal.valid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.runtime.WasmModule;
import org.junit.jupiter.api.Test;

/** Validation errors point at the offending instruction, or at least at the section that holds the problem. */
class ErrorOffsetsTest {
    private static CompileException error(String wat) {
        byte[] wasm = Wat.toWasm(wat);
        return assertThrows(CompileException.class, () -> WasmModule.compile(wasm));
    }

    @Test
    void instructionErrorsPointAtTheInstruction() {
        byte[] wasm = Wat.toWasm("(module (func (result i32) (i64.const 0)))");
        CompileException e = assertThrows(CompileException.class, () -> WasmModule.compile(wasm));
        // the error is found at the function's final end, the last byte
        assertEquals(wasm.length - 1, e.offset());
        assertTrue(e.getMessage().contains("in function 0"), e.getMessage());
    }

    @Test
    void moduleLevelErrorsPointIntoTheirSection() {
        CompileException dup = error("(module (func) (export \"a\" (func 0)) (export \"a\" (func 0)))");
        assertTrue(dup.offset() > 8, dup.getMessage());
        CompileException mem = error("(module (memory 3 2))");
        assertTrue(mem.offset() > 8, mem.getMessage());
        CompileException start = error("(module (func (param i32)) (start 0))");
        assertTrue(start.offset() > 8, start.getMessage());
        CompileException global = error("(module (global i32 (i64.const 1)))");
        assertTrue(global.offset() > 8, global.getMessage());
    }
}
