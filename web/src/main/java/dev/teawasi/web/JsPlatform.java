package dev.teawasi.web;

import dev.teawasi.engine.internal.platform.BigIntPlatform;
import dev.teawasi.engine.internal.platform.Platform;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.BigInt64Array;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The engine's platform in the JS build (installed once, by the TeaVM entry classes' static initialisers): the
 * BigInt forms of i64 operations, with what typed arrays do faster. TeaVM backs a byte[] with an Int8Array and a
 * long[] with a BigInt64Array; {@code fromJavaArray} gives that same array (no copy). So:
 * <ul>
 * <li>the halves of a long: an int[] over the 8 bytes of a long[1] reads them back as two int32s, a typed-array
 * store and load (~2 ns) instead of a BigInt-to-number conversion and a BigInt shift (~17 ns and ~18 ns);
 * <li>f64 and i64 memory access through a DataView over the memory's Int8Array, cached on the array (memory.grow
 * replaces the array, and with it the view); getBigInt64/setBigInt64 take and give the BigInt a long is. DataView
 * keeps NaN payloads (checked by the f64 .wast tests under node);
 * <li>memory.fill through the typed array's own fill (TeaVM's Arrays.fill is a per-element loop);
 * <li>a memory array replaced by memory.grow has its ArrayBuffer detached, as the JS API's Memory.buffer requires of
 * the buffer a page may still hold;
 * <li>a grown memory's array is an exact-length view of an ArrayBuffer with a reserve (Memory.reserveFor), so the next
 * grows are new views of the same buffer instead of copies. A plain Int8Array view is as fast as a whole-buffer one;
 * a resizable ArrayBuffer would avoid the reserve but its views ran element loops at half speed in node 20. The JS API
 * makes a memory exact (one copy) before it hands its buffer to a page (WebAssemblyBridge.memoryBuffer).
 * </ul>
 */
final class JsPlatform extends BigIntPlatform {
    @Override
    public String name() {
        return "js";
    }

    private final long[] longs = new long[1];
    private final int[] ints;
    /** Index in {@link #ints} of the low word: 0 on a little-endian platform (all current ones), else 1. */
    private final int lowWord;

    private final int highWord;

    private JsPlatform() {
        ints = new Int32Array(BigInt64Array.fromJavaArray(longs).getBuffer()).toJavaArray();
        longs[0] = 1;
        lowWord = ints[0] == 1 ? 0 : 1;
        highWord = 1 - lowWord;
    }

    private static JsPlatform installed;

    /** Installs the platform; every TeaVM entry class calls this in its static initialiser (again: no effect). */
    static void install() {
        if (installed == null) {
            installed = new JsPlatform();
        }
        Platform.install(installed);
    }

    @Override
    public int low(long v) {
        longs[0] = v;
        return ints[lowWord];
    }

    @Override
    public int high(long v) {
        longs[0] = v;
        return ints[highWord];
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

    @Override
    public void fill(byte[] buf, int start, int length, byte value) {
        fill(Int8Array.fromJavaArray(buf), value, start, start + length);
    }

    @Override
    public void memoryReplaced(byte[] old) {
        detach(Int8Array.fromJavaArray(old).getBuffer());
    }

    @Override
    public byte[] newMemoryArray(int length, int capacity) {
        if (capacity > length) {
            Int8Array view = viewWithReserve(length, capacity);
            if (view != null) {
                return view.toJavaArray();
            }
        }
        return new byte[length];
    }

    @Override
    public byte[] extendMemoryArray(byte[] a, int length) {
        Int8Array view = extendView(Int8Array.fromJavaArray(a), length);
        return view == null ? null : view.toJavaArray();
    }

    @Override
    public boolean memoryArrayIsExact(byte[] a) {
        return isWholeBuffer(Int8Array.fromJavaArray(a));
    }

    @Override
    public String toString() {
        return "the JavaScript platform";
    }

    /** The first n bytes of a new zeroed ArrayBuffer of c bytes; null when c bytes cannot be had. */
    @JSBody(
            params = {"n", "c"},
            script = "try { return new Int8Array(new ArrayBuffer(c), 0, n); } catch ($e) { return null; }")
    private static native Int8Array viewWithReserve(int n, int c);

    /** The first n bytes of a's buffer when a starts it and it holds n bytes, else null. */
    @JSBody(
            params = {"a", "n"},
            script = "var $b = a.buffer; return a.byteOffset === 0 && $b.byteLength >= n"
                    + " ? new Int8Array($b, 0, n) : null;")
    private static native Int8Array extendView(Int8Array a, int n);

    @JSBody(params = "a", script = "return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength;")
    private static native boolean isWholeBuffer(Int8Array a);

    /** Local names long enough not to collide with the minifier's renamed parameters. */
    private static final String VIEW = "var $view = a.teawasiView; if ($view === undefined) {"
            + " $view = new DataView(a.buffer, a.byteOffset, a.byteLength); a.teawasiView = $view; }";

    @JSBody(
            params = {"a", "i"},
            script = VIEW + " return $view.getFloat64(i, true);")
    private static native double getF64(Int8Array a, int i);

    @JSBody(
            params = {"a", "i", "v"},
            script = VIEW + " $view.setFloat64(i, v, true);")
    private static native void setF64(Int8Array a, int i, double v);

    @JSBody(
            params = {"a", "i"},
            script = VIEW + " return $view.getBigInt64(i, true);")
    private static native long getI64(Int8Array a, int i);

    @JSBody(
            params = {"a", "i", "v"},
            script = VIEW + " $view.setBigInt64(i, v, true);")
    private static native void setI64(Int8Array a, int i, long v);

    @JSBody(
            params = {"a", "v", "s", "e"},
            script = "a.fill(v, s, e);")
    private static native void fill(Int8Array a, int v, int s, int e);

    /** Detaches an ArrayBuffer the page may still hold after grow replaced it (where the platform can). */
    @JSBody(
            params = "b",
            script = "try { if (typeof structuredClone === 'function') structuredClone(b, {transfer: [b]});"
                    + " else if (b.transfer) b.transfer(); } catch ($e) { }")
    private static native void detach(ArrayBuffer b);
}
