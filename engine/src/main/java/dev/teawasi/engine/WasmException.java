package dev.teawasi.engine;

import java.util.List;

/**
 * A WebAssembly exception (exception handling): its {@link Tag} and payload values. Thrown to the host by a call
 * whose wasm code threw an exception that nothing caught; a host function throws one to raise a wasm exception in
 * the calling code, where try_table/catch handlers see it like one thrown by wasm (also when it passed through
 * several host and wasm frames).
 */
public class WasmException extends RuntimeException {
    final dev.teawasi.engine.internal.store.WasmException internal;

    /** An exception of tag carrying these values (their types must be the tag's). */
    public WasmException(Tag tag, Value... payload) {
        this(create(tag, payload));
    }

    private WasmException(dev.teawasi.engine.internal.store.WasmException internal) {
        super("wasm exception " + Tag.wrap(internal.tag()).type());
        this.internal = internal;
    }

    private static dev.teawasi.engine.internal.store.WasmException create(Tag tag, Value[] payload) {
        if (tag == null || payload == null) {
            throw new IllegalArgumentException("an exception needs a tag and its values");
        }
        return new dev.teawasi.engine.internal.store.WasmException(
                tag.tag, Value.toInternal(payload, tag.type().params(), "payload value"));
    }

    static WasmException of(dev.teawasi.engine.internal.store.WasmException e) {
        return new WasmException(e);
    }

    public Tag tag() {
        return Tag.wrap(internal.tag());
    }

    /** The payload, in the order of the tag's parameters. */
    public List<Value> payload() {
        return java.util.Arrays.asList(Value.of(internal.payload()));
    }
}
