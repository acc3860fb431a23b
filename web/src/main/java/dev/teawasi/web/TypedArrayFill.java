package dev.teawasi.web;

import dev.teawasi.engine.internal.exec.ByteFill;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * memory.fill in the JS build through the typed array's own fill: TeaVM backs a byte[] with an Int8Array, and
 * {@link Int8Array#fromJavaArray} is that same array (no copy), so this writes the wasm memory in place at
 * Uint8Array.fill speed. Installed once when the module's API class initialises.
 */
final class TypedArrayFill implements ByteFill.Strategy {
    private TypedArrayFill() {
    }

    static void install() {
        ByteFill.use(new TypedArrayFill());
    }

    @Override
    public void fill(byte[] buf, int start, int length, byte value) {
        fill(Int8Array.fromJavaArray(buf), value, start, start + length);
    }

    @JSBody(params = {"a", "v", "s", "e"}, script = "a.fill(v, s, e);")
    private static native void fill(Int8Array a, int v, int s, int e);
}
