package dev.teawasi.engine.runtime;

import java.util.List;

/** A WebAssembly trap: a kind and the wasm call stack (innermost first, with name-section names). */
public class Trap extends RuntimeException {
    private final TrapKind kind;
    private final List<String> wasmStack;

    public Trap(TrapKind kind, String detail, List<String> wasmStack) {
        super(detail == null ? kind.message : kind.message + ": " + detail);
        this.kind = kind;
        this.wasmStack = wasmStack;
    }

    public TrapKind kind() {
        return kind;
    }

    /** Frames like "func[3] $name at +0x12", innermost first. */
    public List<String> wasmStackTrace() {
        return wasmStack;
    }
}
