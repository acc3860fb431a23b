package dev.teawasi.engine;

import java.util.Collections;
import java.util.List;

/**
 * A WebAssembly trap: its kind, the spec's message (e.g. "integer divide by zero") and the wasm call stack, innermost
 * frame first ("func[3] $name at +0x12": function index, name-section name, offset of the instruction in its body).
 * Host functions may throw one to trap the calling wasm code.
 */
public class Trap extends RuntimeException {
    private final TrapKind kind;
    private final List<String> wasmStack;

    /** A trap a host function throws; its stack is empty. */
    public Trap(TrapKind kind, String message) {
        this(kind, message, Collections.emptyList(), null);
    }

    Trap(TrapKind kind, String message, List<String> wasmStack, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.wasmStack = wasmStack == null ? Collections.emptyList() : Collections.unmodifiableList(wasmStack);
    }

    public TrapKind kind() {
        return kind;
    }

    /** Frames innermost first; empty when the trap did not come from wasm code. */
    public List<String> wasmStackTrace() {
        return wasmStack;
    }

    static Trap of(dev.teawasi.engine.internal.store.Trap t) {
        return new Trap(TrapKind.valueOf(t.kind().name()), t.getMessage(), t.wasmStackTrace(), t);
    }

    static Trap outOfBounds() {
        return new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS, "out of bounds memory access");
    }
}
