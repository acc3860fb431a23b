package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Typed function references (Wasm 3.0) through the embedding API: (ref $t) parameters, tables and globals refuse
 * null and functions of another type; a host function written with funcref serves an import of (ref $t) and may not
 * return null for it. The module's text is in the comment of {@link #MODULE}.
 */
class TypedReferencesApiTest {
    /**
     * (module (type $ii (func (param i32) (result i32))) (type $v (func))
     *   (import "env" "give" (func $give (result (ref $ii))))
     *   (func $inc (export "inc") (type $ii) (i32.add (local.get 0) (i32.const 1))) (func $nop (export "nop") (type $v))
     *   (table $t (export "table") 2 (ref $ii) (ref.func $inc)) (global $g (export "g") (mut (ref $ii)) (ref.func $inc))
     *   (func (export "callIt") (param $f (ref $ii)) (param i32) (result i32) (call_ref $ii (local.get 1) (local.get $f)))
     *   (func (export "isNull") (param $f (ref null $ii)) (result i32) (ref.is_null (local.get $f)))
     *   (func (export "getInc") (result (ref $ii)) (ref.func $inc))
     *   (func (export "ext") (param (ref extern)) (result i32) (i32.const 1))
     *   (func (export "callGiven") (result i32) (call_ref $ii (i32.const 41) (call $give))))
     */
    private static final String MODULE =
            "0061736d0100000001a5808080000760017f017f6000006000016400600264007f017f60016300017f6001646f017f60"
                    + "00017f028c808080000103656e76046769766500020388808080000700010304020506048a8080800001400064000002"
                    + "d2010b06878080800001640001d2010b07c6808080000903696e630001036e6f700002057461626c6501000167030006"
                    + "63616c6c497400030669734e756c6c000406676574496e6300050365787400060963616c6c476976656e00070aca8080"
                    + "800007878080800000200041016a0b8280808000000b8880808000002001200014000b8580808000002000d10b848080"
                    + "800000d2010b84808080000041010b8880808000004129100014000b";

    private static byte[] bytes() {
        byte[] b = new byte[MODULE.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(MODULE.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @Test
    void typedReferencesAreCheckedAtTheApisEdge() {
        Function[] given = new Function[1];
        Imports imports = new Imports()
                .function(
                        "env",
                        "give",
                        FunctionType.of(List.of(), List.of(ValueType.FUNCREF)),
                        c -> c.setFuncref(0, given[0]));
        Instance inst = Instance.instantiate(Module.compile(bytes()), imports);
        Function inc = inst.function("inc");
        Function callIt = inst.function("callIt");
        assertEquals(List.of(ValueType.FUNCREF, ValueType.I32), callIt.type().params());
        assertEquals(2, callIt.apply(inc, 1));
        IllegalArgumentException nullArg = assertThrows(IllegalArgumentException.class, () -> callIt.apply(null, 1));
        assertTrue(nullArg.getMessage().contains("not null"), nullArg.getMessage());
        assertThrows(IllegalArgumentException.class, () -> callIt.apply(inst.function("nop"), 1));
        assertEquals(1, inst.function("isNull").apply((Object) null));
        assertEquals(0, inst.function("isNull").apply(inc));
        assertThrows(IllegalArgumentException.class, () -> inst.function("ext").call(Value.externref(null)));
        assertEquals(1, inst.function("ext").apply("x"));
        assertEquals(inc, inst.function("getInc").apply());

        Table table = inst.table("table");
        assertEquals(inc, table.get(1));
        assertThrows(IllegalArgumentException.class, () -> table.set(0, null));
        assertThrows(IllegalArgumentException.class, () -> table.set(0, inst.function("nop")));
        assertEquals(2, table.grow(1, inc));

        Global g = inst.global("g");
        assertThrows(IllegalArgumentException.class, () -> g.set(Value.funcref(null)));
        assertThrows(IllegalArgumentException.class, () -> g.set(Value.funcref(inst.function("nop"))));
        g.set(Value.funcref(inc));

        Trap nullResult =
                assertThrows(Trap.class, () -> inst.function("callGiven").call());
        assertTrue(nullResult.getMessage().contains("null"), nullResult.getMessage());
        given[0] = inc;
        assertEquals(42, inst.function("callGiven").apply());
    }
}
