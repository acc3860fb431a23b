package dev.teawasi.web;

import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8Array;

/** Copies between JS byte arrays and Java byte arrays at the module boundary. */
final class JsBytes {
    private JsBytes() {}

    static byte[] toJava(Uint8Array bytes) {
        if (bytes == null) {
            throw JsErrors.error("TypeError", "expected a Uint8Array of module bytes");
        }
        return new Int8Array(bytes.getBuffer(), bytes.getByteOffset(), bytes.getLength()).copyToJavaArray();
    }

    static Uint8Array toJs(byte[] bytes) {
        Int8Array view = Int8Array.copyFromJavaArray(bytes);
        return new Uint8Array(view.getBuffer(), view.getByteOffset(), view.getLength());
    }
}
