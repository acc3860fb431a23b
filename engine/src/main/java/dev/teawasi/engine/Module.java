package dev.teawasi.engine;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.model.CustomSection;
import dev.teawasi.engine.internal.model.Export;
import dev.teawasi.engine.internal.model.ExternKind;
import dev.teawasi.engine.internal.model.Import;
import dev.teawasi.engine.internal.model.Limits;
import dev.teawasi.engine.internal.runtime.PublicModules;
import dev.teawasi.engine.internal.runtime.WasmModule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A decoded and validated WebAssembly module, ready to be instantiated any number of times. Immutable; functions
 * are translated for the interpreter on their first call.
 */
public final class Module {
    static {
        PublicModules.register(m -> ((Module) m).compiled);
    }

    final WasmModule compiled;
    private final List<ModuleImport> imports;
    private final List<ModuleExport> exports;

    private Module(WasmModule compiled) {
        this.compiled = compiled;
        dev.teawasi.engine.internal.model.Module m = compiled.module();
        List<ModuleImport> in = new ArrayList<>();
        for (Import i : m.imports) {
            in.add(new ModuleImport(i.module, i.name, importType(m, i)));
        }
        List<ModuleExport> out = new ArrayList<>();
        for (Export e : m.exports) {
            out.add(new ModuleExport(e.name, exportType(m, e)));
        }
        this.imports = Collections.unmodifiableList(in);
        this.exports = Collections.unmodifiableList(out);
    }

    /** Decodes and validates a module binary; throws {@link CompileError} with the reason and byte offset. */
    public static Module compile(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("no module bytes");
        }
        try {
            return new Module(WasmModule.compile(bytes.clone()));
        } catch (CompileException e) {
            throw new CompileError(e.getMessage(), e.offset(), e);
        }
    }

    /** Whether the bytes are a valid module (what {@link #compile} would accept). */
    public static boolean validate(byte[] bytes) {
        try {
            compile(bytes);
            return true;
        } catch (CompileError e) {
            return false;
        }
    }

    /** The imports in module order. */
    public List<ModuleImport> imports() {
        return imports;
    }

    /** The exports in module order. */
    public List<ModuleExport> exports() {
        return exports;
    }

    /** The contents of every custom section with this name, in module order (copies). */
    public List<byte[]> customSections(String name) {
        dev.teawasi.engine.internal.model.Module m = compiled.module();
        List<byte[]> out = new ArrayList<>();
        for (CustomSection c : m.customSections) {
            if (c.name.equals(name)) {
                byte[] b = new byte[c.contentLength];
                System.arraycopy(m.bytes, c.contentOffset, b, 0, c.contentLength);
                out.add(b);
            }
        }
        return out;
    }

    /** The names of the custom sections in module order (repeated names appear repeatedly). */
    public List<String> customSectionNames() {
        List<String> out = new ArrayList<>();
        for (CustomSection c : compiled.module().customSections) {
            out.add(c.name);
        }
        return Collections.unmodifiableList(out);
    }

    private static ExternType importType(dev.teawasi.engine.internal.model.Module m, Import i) {
        switch (i.kind) {
            case ExternKind.FUNC:
                return FunctionType.of(m.types[i.typeIndex]);
            case ExternKind.TABLE:
                return tableType(i.table);
            case ExternKind.MEMORY:
                return memoryType(i.memory);
            case ExternKind.TAG:
                return new TagType(FunctionType.of(m.types[i.typeIndex]));
            default:
                return globalType(i.global);
        }
    }

    private static ExternType exportType(dev.teawasi.engine.internal.model.Module m, Export e) {
        switch (e.kind) {
            case ExternKind.FUNC:
                return FunctionType.of(m.funcType(e.index));
            case ExternKind.TABLE:
                return tableType(m.tables[e.index]);
            case ExternKind.MEMORY:
                return memoryType(m.memories[e.index]);
            case ExternKind.TAG:
                return new TagType(FunctionType.of(m.types[m.tagTypes[e.index]]));
            default:
                return globalType(m.globals[e.index]);
        }
    }

    static TableType tableType(dev.teawasi.engine.internal.model.TableType t) {
        Limits l = t.limits;
        if (!l.address64) {
            return TableType.of(ValueType.of(t.elemType), l.min, l.hasMax() ? l.max : -1);
        }
        // u64 limits: a minimum of 2^63 or more cannot be instantiated anyway; a maximum that large is no limit
        return TableType.of64(
                ValueType.of(t.elemType), l.min < 0 ? Long.MAX_VALUE : l.min, l.hasMax() && l.max >= 0 ? l.max : -1);
    }

    static MemoryType memoryType(dev.teawasi.engine.internal.model.MemoryType t) {
        Limits l = t.limits;
        return l.address64
                ? MemoryType.of64(l.min, l.hasMax() ? l.max : -1)
                : MemoryType.of(l.min, l.hasMax() ? l.max : -1);
    }

    static GlobalType globalType(dev.teawasi.engine.internal.model.GlobalType t) {
        return GlobalType.of(ValueType.of(t.valType), t.mutable);
    }
}
