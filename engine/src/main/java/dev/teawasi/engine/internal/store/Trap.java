package dev.teawasi.engine.internal.store;

import java.util.List;

/** A WebAssembly trap: a kind and the wasm call stack (innermost first, with name-section names). */
public class Trap extends RuntimeException {
    private final TrapKind kind;
    private final List<String> wasmStack;
    /** Where in the interpreter's code the trap happened (engine internal), -1 when not known. */
    private int position = -1;

    public Trap(TrapKind kind, String detail, List<String> wasmStack) {
        super(detail == null ? kind.message : kind.message + ": " + detail);
        this.kind = kind;
        this.wasmStack = wasmStack;
    }

    /**
     * Records where in the translated code the trap happened, for the stack trace; the first position wins (the
     * innermost). For the interpreter; returns this so it can be thrown directly.
     */
    public Trap at(int position) {
        if (this.position < 0) {
            this.position = position;
        }
        return this;
    }

    /** The position given to {@link #at}, or -1. */
    public int position() {
        return position;
    }

    public TrapKind kind() {
        return kind;
    }

    /** Frames like "func[3] $name at +0x12", innermost first. */
    public List<String> wasmStackTrace() {
        return wasmStack;
    }
}
