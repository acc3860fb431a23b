package dev.teawasi.web;

import dev.teawasi.wasi.GuestMemory;
import dev.teawasi.wasi.MemoryFault;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * {@link GuestMemory} over the ArrayBuffer of a WebAssembly.Memory (the browser's own or teawasi's polyfill). The
 * JS side calls {@link #attach} whenever {@code memory.buffer} is a different object than last time (memory.grow
 * detaches the old buffer), so one WASI call works on one set of views. Bulk copies are same-type typed-array
 * {@code set} calls (a memmove in V8), and every access is bounds-checked here: typed arrays drop out-of-range
 * writes silently and the guest must get EFAULT instead.
 */
final class JsGuestMemory implements GuestMemory {
    private JSObject bytes;
    private JSObject view;
    private int size;

    void attach(JSObject buffer) {
        bytes = newInt8(buffer);
        view = newView(buffer);
        size = byteLength(buffer);
    }

    void detach() {
        bytes = null;
        view = null;
        size = 0;
    }

    private void check(int addr, int len) {
        // addr is a u32: a negative int is >= 2 GiB, beyond what the views reach
        if (addr < 0 || len < 0 || addr > size - len) {
            throw new MemoryFault(addr, len);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int loadU8(int addr) {
        check(addr, 1);
        return getU8(view, addr);
    }

    @Override
    public int loadU16(int addr) {
        check(addr, 2);
        return getU16(view, addr);
    }

    @Override
    public int loadI32(int addr) {
        check(addr, 4);
        return getI32(view, addr);
    }

    @Override
    public long loadI64(int addr) {
        check(addr, 8);
        return getI64(view, addr);
    }

    @Override
    public void storeU8(int addr, int value) {
        check(addr, 1);
        setU8(view, addr, value);
    }

    @Override
    public void storeU16(int addr, int value) {
        check(addr, 2);
        setU16(view, addr, value);
    }

    @Override
    public void storeI32(int addr, int value) {
        check(addr, 4);
        setI32(view, addr, value);
    }

    @Override
    public void storeI64(int addr, long value) {
        check(addr, 8);
        setI64(view, addr, value);
    }

    @Override
    public void copyOut(int addr, byte[] dst, int off, int len) {
        check(addr, len);
        if (off < 0 || off > dst.length - len) {
            throw new IndexOutOfBoundsException("destination range");
        }
        copyOut(bytes, addr, Int8Array.fromJavaArray(dst), off, len);
    }

    @Override
    public void copyIn(int addr, byte[] src, int off, int len) {
        check(addr, len);
        if (off < 0 || off > src.length - len) {
            throw new IndexOutOfBoundsException("source range");
        }
        copyIn(bytes, addr, Int8Array.fromJavaArray(src), off, len);
    }

    @Override
    public void fill(int addr, int len, byte value) {
        check(addr, len);
        fill(bytes, addr, len, value);
    }

    /** A Uint8Array over [addr, addr+len) of guest memory, no copy (valid until the next memory.grow). */
    JSObject slice(int addr, int len) {
        check(addr, len);
        return u8View(bytes, addr, len);
    }

    @JSBody(params = "b", script = "return new Int8Array(b);")
    private static native JSObject newInt8(JSObject buffer);

    @JSBody(params = "b", script = "return new DataView(b);")
    private static native JSObject newView(JSObject buffer);

    @JSBody(params = "b", script = "return b.byteLength;")
    private static native int byteLength(JSObject buffer);

    @JSBody(
            params = {"v", "a"},
            script = "return v.getUint8(a);")
    private static native int getU8(JSObject view, int addr);

    @JSBody(
            params = {"v", "a"},
            script = "return v.getUint16(a, true);")
    private static native int getU16(JSObject view, int addr);

    @JSBody(
            params = {"v", "a"},
            script = "return v.getInt32(a, true);")
    private static native int getI32(JSObject view, int addr);

    @JSBody(
            params = {"v", "a"},
            script = "return v.getBigInt64(a, true);")
    private static native long getI64(JSObject view, int addr);

    @JSBody(
            params = {"v", "a", "x"},
            script = "v.setUint8(a, x);")
    private static native void setU8(JSObject view, int addr, int value);

    @JSBody(
            params = {"v", "a", "x"},
            script = "v.setUint16(a, x, true);")
    private static native void setU16(JSObject view, int addr, int value);

    @JSBody(
            params = {"v", "a", "x"},
            script = "v.setInt32(a, x, true);")
    private static native void setI32(JSObject view, int addr, int value);

    @JSBody(
            params = {"v", "a", "x"},
            script = "v.setBigInt64(a, x, true);")
    private static native void setI64(JSObject view, int addr, long value);

    @JSBody(
            params = {"m", "a", "d", "o", "n"},
            script = "if (n < 64) { for (var i = 0; i < n; i++) d[o + i] = m[a + i]; }"
                    + " else d.set(m.subarray(a, a + n), o);")
    private static native void copyOut(JSObject mem, int addr, Int8Array dst, int off, int len);

    @JSBody(
            params = {"m", "a", "s", "o", "n"},
            script = "if (n < 64) { for (var i = 0; i < n; i++) m[a + i] = s[o + i]; }"
                    + " else m.set(s.subarray(o, o + n), a);")
    private static native void copyIn(JSObject mem, int addr, Int8Array src, int off, int len);

    @JSBody(
            params = {"m", "a", "n", "x"},
            script = "m.fill(x, a, a + n);")
    private static native void fill(JSObject mem, int addr, int len, byte value);

    @JSBody(
            params = {"m", "a", "n"},
            script = "return new Uint8Array(m.buffer, a, n);")
    private static native JSObject u8View(JSObject mem, int addr, int len);
}
