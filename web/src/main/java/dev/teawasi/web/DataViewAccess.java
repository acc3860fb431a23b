package dev.teawasi.web;

import dev.teawasi.engine.internal.exec.WideAccess;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * f64 and i64 memory access in the JS build through a DataView over the memory's own Int8Array (TeaVM backs a
 * byte[] with one; {@link Int8Array#fromJavaArray} is that array, no copy). The view is cached on the typed array
 * (memory.grow replaces the array, and with it the view). A long is a BigInt in TeaVM's JS, which is what
 * getBigInt64/setBigInt64 take and give. DataView keeps NaN payloads as the typed-array path the engine used
 * before does (checked by the f64 .wast tests under node).
 */
final class DataViewAccess implements WideAccess.Strategy {
    private DataViewAccess() {
    }

    static void install() {
        WideAccess.use(new DataViewAccess());
    }

    @Override
    public double loadF64(byte[] buf, int ea) {
        return getF64(Int8Array.fromJavaArray(buf), ea);
    }

    @Override
    public void storeF64(byte[] buf, int ea, double v) {
        setF64(Int8Array.fromJavaArray(buf), ea, v);
    }

    @Override
    public long loadI64(byte[] buf, int ea) {
        return getI64(Int8Array.fromJavaArray(buf), ea);
    }

    @Override
    public void storeI64(byte[] buf, int ea, long v) {
        setI64(Int8Array.fromJavaArray(buf), ea, v);
    }

    /** Local names long enough not to collide with the minifier's renamed parameters. */
    private static final String VIEW = "var $view = a.teawasiView; if ($view === undefined) {"
            + " $view = new DataView(a.buffer, a.byteOffset, a.byteLength); a.teawasiView = $view; }";

    @JSBody(params = {"a", "i"}, script = VIEW + " return $view.getFloat64(i, true);")
    private static native double getF64(Int8Array a, int i);

    @JSBody(params = {"a", "i", "v"}, script = VIEW + " $view.setFloat64(i, v, true);")
    private static native void setF64(Int8Array a, int i, double v);

    @JSBody(params = {"a", "i"}, script = VIEW + " return $view.getBigInt64(i, true);")
    private static native long getI64(Int8Array a, int i);

    @JSBody(params = {"a", "i", "v"}, script = VIEW + " $view.setBigInt64(i, v, true);")
    private static native void setI64(Int8Array a, int i, long v);
}
