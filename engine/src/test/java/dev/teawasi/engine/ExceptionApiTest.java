package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exception handling through the public API: tags, exceptions to and from the host, across host frames. */
class ExceptionApiTest {
    // $e is imported (the host's tag); "run" catches $e around a call into the host, which may call back into wasm
    // (the legacy try/catch: the test's wat2wasm 1.0.32 has no try_table, which the official suites cover)
    private static final String WAT = "(module"
            + " (import \"h\" \"e\" (tag $e (param i32 i64)))"
            + " (import \"h\" \"cb\" (func $cb (param i32)))"
            + " (import \"h\" \"boom\" (func $boom (result i32)))"
            + " (tag $local (export \"local\") (param i32))"
            + " (export \"e\" (tag $e))"
            + " (func $thrower (export \"thrower\") (param i32)"
            + "   (if (i32.eqz (local.get 0)) (then (throw $e (i32.const 7) (i64.const -1))))"
            + "   (throw $local (local.get 0)))"
            + " (func (export \"run\") (param i32) (result i32)"
            + "   (try (result i32) (do (call $cb (local.get 0)) (i32.const -100)) (catch $e (drop))))"
            + " (func (export \"legacy\") (param i32) (result i32)"
            + "   (try (result i32) (do (call $cb (local.get 0)) (i32.const 0))"
            + "     (catch $local) (catch_all (i32.const -2))))"
            // a host callee of return_call runs after $mid's frame is gone: $mid's catch_all must not see its throw
            + " (func $mid (result i32) (try (result i32) (do (return_call $boom)) (catch_all (i32.const 1))))"
            + " (func (export \"tail-outer\") (result i32)"
            + "   (try (result i32) (do (call $mid)) (catch_all (i32.const 99)))))";

    private Instance instantiate(Tag tag, HostFunction cb) {
        Imports imports = new Imports()
                .define("h", "e", tag)
                .function("h", "cb", FunctionType.of(new ValueType[] {ValueType.I32}, new ValueType[0]), cb)
                .function("h", "boom", FunctionType.of(new ValueType[0], new ValueType[] {ValueType.I32}), c -> {
                    throw new WasmException(tag, Value.i32(1), Value.i64(2));
                });
        return Instance.instantiate(Module.compile(Wat.toWasm(WAT)), imports);
    }

    @Test
    void aHostExceptionIsCaughtByWasm() {
        Tag tag = Tag.create(TagType.of(ValueType.I32, ValueType.I64));
        Instance inst = instantiate(tag, c -> {
            throw new WasmException(tag, Value.i32(c.i32(0) * 2), Value.i64(5));
        });
        assertEquals(42, inst.function("run").call(Value.i32(21))[0].asI32());
        assertSame(tag, inst.tag("e"));
        assertEquals(TagType.of(ValueType.I32, ValueType.I64), tag.type());
        assertEquals(ExternKind.TAG, inst.module().exports().get(1).kind());
    }

    @Test
    void aWasmExceptionCrossesAHostFrameAndBack() {
        Tag tag = Tag.create(TagType.of(ValueType.I32, ValueType.I64));
        Instance[] self = new Instance[1];
        // the host calls back into wasm, whose exception passes through the host function to "run"'s handler
        self[0] = instantiate(tag, c -> self[0].function("thrower").call(Value.i32(c.i32(0))));
        assertEquals(7, self[0].function("run").call(Value.i32(0))[0].asI32());
        // a tag "run" does not catch reaches the legacy catch of the module's own tag, or leaves to the host
        assertEquals(5, self[0].function("legacy").call(Value.i32(5))[0].asI32());
        WasmException e =
                assertThrows(WasmException.class, () -> self[0].function("run").call(Value.i32(3)));
        assertSame(self[0].tag("local"), e.tag());
        assertEquals(List.of(Value.i32(3)), e.payload());
    }

    @Test
    void anUncaughtExceptionReachesTheHostWithItsPayload() {
        Tag tag = Tag.create(TagType.of(ValueType.I32, ValueType.I64));
        Instance inst = instantiate(tag, c -> {});
        WasmException e =
                assertThrows(WasmException.class, () -> inst.function("thrower").call(Value.i32(0)));
        assertSame(tag, e.tag());
        assertEquals(List.of(Value.i32(7), Value.i64(-1)), e.payload());
        assertThrows(IllegalArgumentException.class, () -> new WasmException(tag, Value.i32(1)));
    }

    @Test
    void aTailCalledHostFunctionThrowsPastTheFrameItReplaced() {
        Tag tag = Tag.create(TagType.of(ValueType.I32, ValueType.I64));
        Instance inst = instantiate(tag, c -> {});
        assertEquals(99, inst.function("tail-outer").call()[0].asI32());
    }

    @Test
    void tagsLinkByType() {
        Tag wrong = Tag.create(TagType.of(ValueType.I32));
        assertThrows(LinkError.class, () -> instantiate(wrong, c -> {}));
    }
}
