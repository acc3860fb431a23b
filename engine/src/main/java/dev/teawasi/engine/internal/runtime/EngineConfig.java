package dev.teawasi.engine.internal.runtime;

/** Limits of execution. */
public final class EngineConfig {
    /** Nested wasm calls allowed before "call stack exhausted". */
    public int maxCallDepth = 20000;
    /** Value-stack slots per run before "call stack exhausted". */
    public int maxStackSlots = 4 * 1024 * 1024;
}
