package dev.teawasi.engine.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.store.Value;
import org.junit.jupiter.api.Test;

/**
 * v128 values crossing the host boundary: as invoke arguments and results, through a host function's parameters and
 * results (HostCall), and in exported globals; and v128 locals start at zero on every call.
 */
class V128ValuesTest {
    private static final FuncType V128_TO_V128 = new FuncType(new byte[] {ValType.V128}, new byte[] {ValType.V128});
    private static final String WAT = "(module\n"
            + "  (import \"host\" \"rotate\" (func $rotate (param v128) (result v128)))\n"
            + "  (global (export \"g\") (mut v128) (v128.const i32x4 1 2 3 4))\n"
            + "  (func (export \"via-host\") (param v128) (result v128)\n"
            + "    (i32x4.add (call $rotate (local.get 0)) (global.get 0)))\n"
            + "  (func (export \"set-global\") (param v128) (global.set 0 (local.get 0)))\n"
            + "  (func (export \"local-then-set\") (param v128) (result v128) (local v128)\n"
            + "    (local.get 1) (local.set 1 (local.get 0))))";

    @Test
    void v128ThroughInvokeHostCallsAndGlobals() {
        Instance inst = Instance.instantiate(
                WasmModule.compile(Wat.toWasm(WAT)), new Imports().function("host", "rotate", V128_TO_V128, c -> {
                            int[] w = c.v128(0);
                            c.setV128(0, new int[] {w[3], w[0], w[1], w[2]});
                        }));
        Value r = inst.invoke("via-host", Value.v128(new int[] {10, 20, 30, 40}))[0];
        assertEquals(ValType.V128, r.type);
        assertArrayEquals(new int[] {41, 12, 23, 34}, r.v128Words());
        inst.invoke("set-global", Value.v128(new int[] {-1, 0, 0x7FFFFFFF, 5}));
        assertArrayEquals(
                new int[] {-1, 0, 0x7FFFFFFF, 5}, inst.global("g").get().v128Words());
        for (int i = 0; i < 2; i++) { // the declared local is zero again on the second call
            assertArrayEquals(
                    new int[4], inst.invoke("local-then-set", Value.v128(new int[] {9, 9, 9, 9}))[0].v128Words());
        }
    }
}
