package dev.teawasi.engine.internal.store;

/**
 * A WebAssembly exception (exception handling): its tag and payload. Thrown through the interpreter's frames and
 * through host functions, and, once caught by a catch_ref clause, the value of an exnref. Without a stack trace:
 * wasm code may throw millions of them.
 */
public final class WasmException extends RuntimeException {
    private final Tag tag;
    private final Value[] payload;

    public WasmException(Tag tag, Value[] payload) {
        super("uncaught wasm exception");
        this.tag = tag;
        this.payload = payload;
    }

    public Tag tag() {
        return tag;
    }

    /** The payload values, in the order of the tag's parameters (do not modify). */
    public Value[] payload() {
        return payload;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
