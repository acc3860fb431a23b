package dev.teawasi.web;

import dev.teawasi.engine.internal.store.FunctionRef;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;

/**
 * The hot path of the WebAssembly namespace, every call of an Exported Function from JS, as a static export: the
 * class is exported (TeawasiJs's JSExportClasses) and TeaVM calls an exported static method directly, where an
 * exported instance method goes through a wrapper that copies its arguments on every call.
 */
public final class WebAssemblyCalls {
    private WebAssemblyCalls() {}

    /** {@link WebAssemblyBridge#call}. */
    @JSExport
    public static int call(FunctionRef f, JSArray<JSObject> args, JSArray<JSObject> out) {
        return WebAssemblyBridge.INSTANCE.call(f, args, out);
    }

    /** {@link WebAssemblyBridge#callNumbers}: the direct path of i32/f32/f64 signatures with up to 3 parameters. */
    @JSExport
    public static int callNumbers(FunctionRef f, double a0, double a1, double a2, JSArray<JSObject> out) {
        return WebAssemblyBridge.INSTANCE.callNumbers(f, a0, a1, a2, out);
    }
}
