package dev.teawasi.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Builds real JS Error objects (with a meaningful name) so callers never see minified Java exception classes. */
final class JsErrors {
    private JsErrors() {}

    /** Returns a Java throwable that, thrown across the JS boundary, surfaces as an Error with this name. */
    static RuntimeException error(String name, String message) {
        throwJs(name, message);
        return new IllegalStateException(message);
    }

    @JSBody(
            params = {"name", "message"},
            script = "var e = new Error(message); e.name = name; throw e;")
    private static native JSObject throwJs(String name, String message);
}
