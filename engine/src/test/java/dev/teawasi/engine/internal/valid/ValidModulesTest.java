package dev.teawasi.engine.internal.valid;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.model.FunctionBody;
import dev.teawasi.engine.internal.runtime.WasmModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid modules, many of them at the edges of the typing rules, must compile: no false rejections. */
class ValidModulesTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                // stack-polymorphic code after unreachable, br, return, br_table
                "(func (result i32) unreachable)",
                "(func (result i32) unreachable i32.add)",
                "(func (result i32 i64) unreachable)",
                "(func unreachable drop drop drop)",
                "(func (result i32) unreachable select)",
                "(func (result f64) unreachable (f64.const 1) (i32.const 0) select)",
                "(func unreachable ref.is_null drop)",
                "(func (result i32) (block (result i32) (br 0 (i32.const 1)) i64.const 0 drop))",
                "(func (return (i32.const 1)))",
                "(func (result i32) (return (i32.const 1) (i32.const 2)))",
                "(func (result i32) (block (result f32) (block (result i32) unreachable (br_table 0 1 1)) drop (f32.const 0)) drop (i32.const 0))",
                "(func (block (block (br_table 0 1 0 (i32.const 3)))))",
                "(func (result i32) (block (result i32) (block (result i32) (br_table 0 1 (i32.const 7) (i32.const 0)))))",
                "(func (loop (br_if 0 (i32.const 0))))",
                "(func (result i32) (loop (result i32) (i32.const 1)))",
                // multi-value blocks, block parameters
                "(func (result i32 i32) (i32.const 1) (i32.const 2))",
                "(func (result i32) (i32.const 1) (i32.const 2) (block (param i32 i32) (result i32) i32.add))",
                "(func (result i32) (i32.const 5) (loop (param i32) (result i32) (br_if 0 (i32.const 0)) ))",
                "(func (result i32) (i32.const 1) (if (param i32) (result i32) (i32.const 1) (then) (else (drop) (i32.const 2))))",
                "(func (param i32) (result i32) (local.get 0) (if (param i32) (result i32) (local.get 0) (then)))",
                "(func (result i32 f64) (block (result i32 f64) (i32.const 1) (f64.const 2)))",
                "(type $t (func (param i32) (result i32 i32))) (func (result i32 i32) (local i32) (i32.const 1) (block (type $t) (local.tee 0) (local.get 0))) (func)",
                // select, typed select, references
                "(func (result i32) (select (i32.const 1) (i32.const 2) (i32.const 0)))",
                "(func (result externref) (select (result externref) (ref.null extern) (ref.null extern) (i32.const 0)))",
                "(func $f (result funcref) (ref.func $f)) (elem declare func $f)",
                "(func $f (result funcref) (ref.func $f)) (export \"f\" (func $f))",
                "(func $f (result funcref) (ref.func $f)) (global funcref (ref.func $f))",
                "(table 2 funcref) (func $f) (elem (i32.const 0) $f) (func (result funcref) (ref.func $f))",
                "(func (result i32) (ref.is_null (ref.null func)))",
                // tables and bulk operations
                "(table $a 1 funcref) (table $b 2 externref) (func (param externref) (table.set $b (i32.const 0) (local.get 0)) "
                        + "(drop (table.grow $b (ref.null extern) (i32.const 1))) (drop (table.size $a)) "
                        + "(table.fill $b (i32.const 0) (ref.null extern) (i32.const 1)) (table.copy $a $a (i32.const 0) (i32.const 0) (i32.const 0)))",
                "(table 1 funcref) (elem $e func) (func (table.init 0 $e (i32.const 0) (i32.const 0) (i32.const 0)) (elem.drop $e))",
                "(memory 1) (data $d \"hi\") (func (memory.init $d (i32.const 0) (i32.const 0) (i32.const 2)) (data.drop $d) "
                        + "(memory.copy (i32.const 0) (i32.const 1) (i32.const 1)) (memory.fill (i32.const 0) (i32.const 0) (i32.const 1)))",
                "(table 1 funcref) (type $v (func)) (func (call_indirect (type $v) (i32.const 0)))",
                "(table $t 1 funcref) (table $u 1 funcref) (type $v (func)) (func (call_indirect $u (type $v) (i32.const 0)))",
                // memory, alignment at the natural maximum, limits edges
                "(memory 0 65536) (func (drop (i64.load align=8 (i32.const 0))) (i32.store16 align=2 (i32.const 0) (i32.const 0)))",
                "(memory 65536)",
                "(table 0xffffffff funcref)",
                "(import \"m\" \"mem\" (memory 1 1)) (func (drop (memory.grow (i32.const 0))))",
                // globals and constant expressions
                "(import \"m\" \"g\" (global i32)) (global i32 (global.get 0)) (global (mut i32) (i32.const 0)) "
                        + "(func (global.set 2 (global.get 0))) (export \"g\" (global 2))",
                "(import \"m\" \"g\" (global (mut i64))) (func (global.set 0 (i64.const 1))) (export \"g\" (global 0))",
                "(global f32 (f32.const nan:0x200000)) (global f64 (f64.const -0)) (global externref (ref.null extern))",
                "(import \"m\" \"g\" (global i32)) (memory 1) (data (global.get 0) \"x\") (table 1 funcref) (elem (global.get 0) func)",
                "(table 1 funcref) (func $f) (elem (table 0) (i32.const 0) funcref (ref.func $f) (ref.null func))",
                // start, exports, locals
                "(func $s) (start $s) (export \"s\" (func $s)) (export \"t\" (func $s))",
                "(func (param i32 i64) (local f32 f64 externref funcref) (local.set 2 (f32.const 0)) (drop (local.get 5)))",
                // saturating truncation and sign extension
                "(func (result i32) (i32.trunc_sat_f64_u (f64.const 1)) (i32.extend8_s) )",
                "(func (result i64) (i64.extend32_s (i64.trunc_sat_f32_s (f32.const 1))))",
            })
    void compiles(String fields) {
        byte[] wasm = Wat.toWasm("(module " + fields + ")");
        assertDoesNotThrow(() -> WasmModule.compile(wasm), fields);
    }

    @Test
    void recordsStackHeightAndNesting() {
        WasmModule m = WasmModule.compile(Wat.toWasm("(module (func (result i32)"
                + " (block (result i32) (i32.const 1) (i32.const 2) (i32.const 3) (i32.add) (i32.add))))"));
        FunctionBody body = m.module().body(0);
        FunctionValidator fv = new FunctionValidator(m.module(), new boolean[1]);
        fv.validate(0, body);
        assertEquals(3, fv.maxStackHeight());
        assertEquals(2, fv.maxControlDepth());
        assertTrue(body.codeEnd > body.codeStart);
        assertEquals(0x0B, m.module().bytes[body.codeEnd - 1]);
    }
}
