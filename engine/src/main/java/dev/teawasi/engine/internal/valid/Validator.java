package dev.teawasi.engine.internal.valid;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.model.ConstExpr;
import dev.teawasi.engine.internal.model.DataSegment;
import dev.teawasi.engine.internal.model.ElementSegment;
import dev.teawasi.engine.internal.model.Export;
import dev.teawasi.engine.internal.model.ExternKind;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.GlobalType;
import dev.teawasi.engine.internal.model.Import;
import dev.teawasi.engine.internal.model.Limits;
import dev.teawasi.engine.internal.model.MemoryType;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.model.SegmentMode;
import dev.teawasi.engine.internal.model.ValType;
import java.util.HashSet;
import java.util.Set;

/**
 * Validates a decoded module as the WebAssembly 2.0 specification's validation rules say: module-level rules
 * here (index spaces, limits, constant expressions, segments, start function, exports), function bodies in
 * {@link FunctionValidator}. The first violation raises {@link CompileException} whose message starts with the
 * spec's wording (e.g. "type mismatch", "unknown global").
 */
public final class Validator {
    private final Module m;
    /** Functions that may be referenced by {@code ref.func} inside function bodies (the spec's C.refs). */
    private final boolean[] declaredRefs;

    private Validator(Module m) {
        this.m = m;
        this.declaredRefs = new boolean[m.functionCount()];
    }

    public static void validate(Module m) {
        new Validator(m).run();
    }

    private void run() {
        for (Import imp : m.imports) {
            if (imp.kind == ExternKind.FUNC) {
                typeIndex(imp.typeIndex, section(2));
            }
        }
        for (int i = m.importedFuncCount; i < m.funcTypeIndex.length; i++) {
            typeIndex(m.funcTypeIndex[i], section(3));
        }
        for (int i = 0; i < m.tables.length; i++) {
            tableLimits(m.tables[i].limits, section(i < m.importedTableCount ? 2 : 4));
        }
        for (int i = 0; i < m.memories.length; i++) {
            memoryLimits(m.memories[i].limits, section(i < m.importedMemoryCount ? 2 : 5));
        }
        for (int i = 0; i < m.globalInits.length; i++) {
            constExpr(m.globalInits[i], m.globals[m.importedGlobalCount + i].valType);
        }
        for (ElementSegment e : m.elements) {
            elementSegment(e);
        }
        for (DataSegment d : m.data) {
            dataSegment(d);
        }
        collectDeclaredRefs();
        FunctionValidator fv = new FunctionValidator(m, declaredRefs);
        for (int i = 0; i < m.bodyCount(); i++) {
            fv.validate(m.importedFuncCount + i, m.body(m.importedFuncCount + i));
        }
        if (m.startFunction >= 0) {
            startFunction();
        }
        exports();
        if (m.memories.length > 1) {
            throw new CompileException("multiple memories are not allowed in WebAssembly 2.0",
                    section(m.importedMemoryCount > 0 ? 2 : 5));
        }
    }

    private FuncType typeIndex(int index, int offset) {
        if (index < 0 || index >= m.types.length) {
            throw new CompileException("unknown type " + Integer.toUnsignedString(index), offset);
        }
        return m.types[index];
    }

    /** Where a section's contents start, for error messages. */
    private int section(int id) {
        return m.sectionOffsets[id];
    }

    private static void tableLimits(Limits l, int offset) {
        if (l.hasMax() && l.min > l.max) {
            throw new CompileException("size minimum must not be greater than maximum (table " + l + ")", offset);
        }
    }

    private static void memoryLimits(Limits l, int offset) {
        if (l.min > MemoryType.MAX_PAGES || (l.hasMax() && l.max > MemoryType.MAX_PAGES)) {
            throw new CompileException("memory size must be at most 65536 pages (4GiB)", offset);
        }
        if (l.hasMax() && l.min > l.max) {
            throw new CompileException("size minimum must not be greater than maximum (memory " + l + ")", offset);
        }
    }

    /** Checks a constant expression in the context of module-level definitions: only imported globals are visible. */
    private void constExpr(ConstExpr e, byte expected) {
        byte actual;
        switch (e.kind) {
            case ConstExpr.INVALID_NOT_CONSTANT:
                throw new CompileException("constant expression required", e.offset);
            case ConstExpr.INVALID_ARITY:
                throw new CompileException("type mismatch: a constant expression must produce exactly one value",
                        e.offset);
            case ConstExpr.GLOBAL_GET: {
                if (e.index < 0 || e.index >= m.importedGlobalCount) {
                    throw new CompileException("unknown global " + Integer.toUnsignedString(e.index)
                            + " (constant expressions may only read imported globals)", e.offset);
                }
                GlobalType g = m.globals[e.index];
                if (g.mutable) {
                    throw new CompileException("constant expression required: global " + e.index + " is mutable",
                            e.offset);
                }
                actual = g.valType;
                break;
            }
            case ConstExpr.REF_FUNC:
                if (e.index < 0 || e.index >= m.functionCount()) {
                    throw new CompileException("unknown function " + Integer.toUnsignedString(e.index), e.offset);
                }
                actual = ValType.FUNCREF;
                break;
            default:
                actual = e.valType(m);
                break;
        }
        if (actual != expected) {
            throw new CompileException("type mismatch: constant expression of type " + ValType.name(actual)
                    + ", expected " + ValType.name(expected), e.offset);
        }
    }

    private void elementSegment(ElementSegment e) {
        if (e.mode == SegmentMode.ACTIVE) {
            if (e.tableIndex < 0 || e.tableIndex >= m.tables.length) {
                throw new CompileException("unknown table " + Integer.toUnsignedString(e.tableIndex), offsetOf(e));
            }
            constExpr(e.offset, ValType.I32);
            if (m.tables[e.tableIndex].elemType != e.elemType) {
                throw new CompileException("type mismatch: element segment of " + ValType.name(e.elemType)
                        + " for a table of " + ValType.name(m.tables[e.tableIndex].elemType), offsetOf(e));
            }
        }
        for (ConstExpr item : e.items) {
            constExpr(item, e.elemType);
        }
    }

    private static int offsetOf(ElementSegment e) {
        return e.offset != null ? e.offset.offset : -1;
    }

    private void dataSegment(DataSegment d) {
        if (d.mode == SegmentMode.ACTIVE) {
            if (d.memoryIndex < 0 || d.memoryIndex >= m.memories.length) {
                throw new CompileException("unknown memory " + Integer.toUnsignedString(d.memoryIndex),
                        d.offset.offset);
            }
            constExpr(d.offset, ValType.I32);
        }
    }

    /** Functions named in element segments, exports and global initialisers may be used by ref.func in code. */
    private void collectDeclaredRefs() {
        for (ConstExpr g : m.globalInits) {
            declare(g);
        }
        for (ElementSegment e : m.elements) {
            declare(e.offset);
            for (ConstExpr item : e.items) {
                declare(item);
            }
        }
        for (DataSegment d : m.data) {
            declare(d.offset);
        }
        for (Export x : m.exports) {
            if (x.kind == ExternKind.FUNC && x.index >= 0 && x.index < declaredRefs.length) {
                declaredRefs[x.index] = true;
            }
        }
    }

    private void declare(ConstExpr e) {
        if (e != null && e.kind == ConstExpr.REF_FUNC && e.index >= 0 && e.index < declaredRefs.length) {
            declaredRefs[e.index] = true;
        }
    }

    private void startFunction() {
        int f = m.startFunction;
        if (f >= m.functionCount()) {
            throw new CompileException("unknown function " + f + " (start)", section(8));
        }
        FuncType t = m.funcType(f);
        if (t.paramCount() != 0 || t.resultCount() != 0) {
            throw new CompileException("start function must take no parameters and return nothing, got " + t,
                    section(8));
        }
    }

    private void exports() {
        Set<String> names = new HashSet<>();
        for (Export x : m.exports) {
            int limit;
            switch (x.kind) {
                case ExternKind.FUNC: limit = m.functionCount(); break;
                case ExternKind.TABLE: limit = m.tables.length; break;
                case ExternKind.MEMORY: limit = m.memories.length; break;
                default: limit = m.globals.length; break;
            }
            if (x.index < 0 || x.index >= limit) {
                throw new CompileException("unknown " + kindWord(x.kind) + " " + Integer.toUnsignedString(x.index)
                        + " (export \"" + x.name + "\")", section(7));
            }
            if (!names.add(x.name)) {
                throw new CompileException("duplicate export name \"" + x.name + "\"", section(7));
            }
        }
    }

    private static String kindWord(int kind) {
        switch (kind) {
            case ExternKind.FUNC: return "function";
            case ExternKind.TABLE: return "table";
            case ExternKind.MEMORY: return "memory";
            default: return "global";
        }
    }
}
