package dev.teawasi.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The small JS object accessors the bridge classes share (one copy, one null rule): reads treat null and undefined
 * alike and never throw on a missing object.
 */
final class JsObjects {
    private JsObjects() {}

    /** True for null and undefined. */
    @JSBody(
            params = {"v"},
            script = "return v == null;")
    static native boolean isNullish(JSObject v);

    /** True for null and undefined. */
    @JSBody(
            params = {"v"},
            script = "return v == null;")
    static native boolean isNullish(String v);

    @JSBody(
            params = {"v"},
            script = "return typeof v === 'string';")
    static native boolean isString(JSObject v);

    @JSBody(
            params = {"v"},
            script = "return String(v);")
    static native String asString(JSObject v);

    @JSBody(script = "return {};")
    static native JSObject newObject();

    /** o[k], or null when o is missing or o[k] is null/undefined. */
    @JSBody(
            params = {"o", "k"},
            script = "var v = o == null ? undefined : o[k]; return v == null ? null : v;")
    static native JSObject get(JSObject o, String k);

    /** String(o[k]), or null when o is missing or o[k] is null/undefined. */
    @JSBody(
            params = {"o", "k"},
            script = "var v = o == null ? undefined : o[k]; return v == null ? null : String(v);")
    static native String string(JSObject o, String k);

    /** Number(o[k]) (NaN when it is not a number). */
    @JSBody(
            params = {"o", "k"},
            script = "return Number(o[k]);")
    static native double number(JSObject o, String k);

    /** An array's length, 0 for a missing one. */
    @JSBody(
            params = {"a"},
            script = "return a == null ? 0 : (a.length | 0);")
    static native int length(JSObject a);

    @JSBody(
            params = {"a", "i"},
            script = "return a[i];")
    static native JSObject at(JSObject a, int i);

    @JSBody(
            params = {"a", "i"},
            script = "return String(a[i]);")
    static native String stringAt(JSObject a, int i);

    @JSBody(
            params = {"o", "k", "v"},
            script = "o[k] = v;")
    static native void set(JSObject o, String k, JSObject v);

    @JSBody(
            params = {"o", "k", "v"},
            script = "o[k] = v;")
    static native void setString(JSObject o, String k, String v);

    @JSBody(
            params = {"o", "k", "v"},
            script = "o[k] = v;")
    static native void setDouble(JSObject o, String k, double v);

    @JSBody(
            params = {"o", "k", "v"},
            script = "o[k] = v;")
    static native void setBoolean(JSObject o, String k, boolean v);
}
