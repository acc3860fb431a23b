package dev.teawasi.engine;

import dev.teawasi.engine.model.FuncType;
import dev.teawasi.engine.model.Module;

/** A decoded and validated module, ready to instantiate any number of times. */
public final class WasmModule {
    private Module module;

    private WasmModule(Module module) {
        this.module = module;
    }

    /** The decoded, validated module model (read-only for its users: the runtime and the translator). */
    public Module module() {
        return module;
    }

    /** Decodes and validates; throws {@link dev.teawasi.engine.binary.CompileException} with a message and byte offset. */
    public static WasmModule compile(byte[] bytes) { throw new IllegalStateException("engine pending"); }
    /** Imports as (module, name, kind) where kind is "func", "table", "memory" or "global". */
    public String[][] imports() { throw new IllegalStateException("engine pending"); }
    /** Export names and kinds, in module order. */
    public String[][] exports() { throw new IllegalStateException("engine pending"); }
    /** The signature of an imported function, by import index; null when that import is not a function. */
    public FuncType importedFunctionType(int importIndex) { throw new IllegalStateException("engine pending"); }
}
