package dev.teawasi.engine.internal.runtime;

import dev.teawasi.engine.internal.binary.Decoder;
import dev.teawasi.engine.internal.model.Export;
import dev.teawasi.engine.internal.model.ExternKind;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.Import;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.valid.Validator;

/** A decoded and validated module, ready to instantiate any number of times. */
public final class WasmModule {
    private final Module module;

    private WasmModule(Module module) {
        this.module = module;
    }

    /** Decodes and validates; throws {@link dev.teawasi.engine.internal.binary.CompileException} with a message and byte offset. */
    public static WasmModule compile(byte[] bytes) {
        return compile(bytes, false);
    }

    /** With webAssembly2, by the rules of WebAssembly 2.0 where 3.0 changed them (for the 2.0 spec suite). */
    public static WasmModule compile(byte[] bytes, boolean webAssembly2) {
        Module m = Decoder.decode(bytes, webAssembly2);
        Validator.validate(m);
        return new WasmModule(m);
    }

    /** The decoded, validated module model (read-only for its users: the runtime and the translator). */
    public Module module() {
        return module;
    }

    /** Imports as (module, name, kind) where kind is "func", "table", "memory" or "global". */
    public String[][] imports() {
        Import[] imports = module.imports;
        String[][] out = new String[imports.length][];
        for (int i = 0; i < imports.length; i++) {
            out[i] = new String[] {imports[i].module, imports[i].name, ExternKind.name(imports[i].kind)};
        }
        return out;
    }

    /** Export names and kinds, in module order. */
    public String[][] exports() {
        Export[] exports = module.exports;
        String[][] out = new String[exports.length][];
        for (int i = 0; i < exports.length; i++) {
            out[i] = new String[] {exports[i].name, ExternKind.name(exports[i].kind)};
        }
        return out;
    }

    /** The signature of an imported function, by import index; null when that import is not a function. */
    public FuncType importedFunctionType(int importIndex) {
        Import imp = module.imports[importIndex];
        return imp.kind == ExternKind.FUNC ? module.types[imp.typeIndex] : null;
    }
}
