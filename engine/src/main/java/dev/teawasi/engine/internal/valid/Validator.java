package dev.teawasi.engine.internal.valid;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.binary.Opcodes;
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
import dev.teawasi.engine.internal.model.Subtyping;
import dev.teawasi.engine.internal.model.TableType;
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
        types();
        for (Import imp : m.imports) {
            if (imp.kind == ExternKind.FUNC) {
                typeIndex(imp.typeIndex, section(2));
            }
        }
        for (int i = m.importedFuncCount; i < m.funcTypeIndex.length; i++) {
            typeIndex(m.funcTypeIndex[i], section(3));
        }
        for (int i = 0; i < m.tables.length; i++) {
            TableType t = m.tables[i];
            int at = section(i < m.importedTableCount ? 2 : 4);
            tableLimits(t.limits, at);
            valueType(t.precise, m.types.length, at);
            if (t.init != null) {
                constExpr(t.init, t.precise, m.importedGlobalCount);
            } else if (i >= m.importedTableCount && !ValType.defaultable(t.precise)) {
                throw new CompileException(
                        "type mismatch: a table of " + ValType.name(t.precise) + " needs an initialiser", at);
            }
        }
        for (int i = 0; i < m.globals.length; i++) {
            valueType(m.globals[i].precise, m.types.length, section(i < m.importedGlobalCount ? 2 : 6));
        }
        for (int i = 0; i < m.memories.length; i++) {
            memoryLimits(m.memories[i].limits, section(i < m.importedMemoryCount ? 2 : 5));
        }
        for (int i = 0; i < m.tagTypes.length; i++) {
            FuncType t = typeIndex(m.tagTypes[i], section(i < m.importedTagCount ? 2 : 13));
            if (t.resultCount() != 0) {
                throw new CompileException("non-empty tag result type " + t, section(i < m.importedTagCount ? 2 : 13));
            }
        }
        for (int i = 0; i < m.globalInits.length; i++) {
            constExpr(
                    m.globalInits[i],
                    m.globals[m.importedGlobalCount + i].precise,
                    m.webAssembly2 ? m.importedGlobalCount : m.importedGlobalCount + i);
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
        if (m.webAssembly2 && m.memories.length > 1) {
            throw new CompileException(
                    "multiple memories are not allowed in WebAssembly 2.0", section(m.importedMemoryCount > 0 ? 2 : 5));
        }
    }

    /**
     * Type definitions: type indices inside a type refer to types before the end of its recursion group; a
     * declared supertype is an earlier, non-final type that this one matches (parameters contravariant, results
     * covariant).
     */
    private void types() {
        int at = section(1);
        for (int i = 0; i < m.types.length; i++) {
            FuncType t = m.types[i];
            int limit = m.typeGroupEnd[i];
            for (int p = 0; p < t.paramCount(); p++) {
                valueType(t.preciseParam(p), limit, at);
            }
            for (int r = 0; r < t.resultCount(); r++) {
                valueType(t.preciseResult(r), limit, at);
            }
            int s = t.superIndex();
            if (s < 0) {
                continue;
            }
            if (s >= i) {
                throw new CompileException(
                        "unknown type " + Integer.toUnsignedString(s) + " (supertype of " + i + ")", at);
            }
            FuncType sup = m.types[s];
            if (sup.isFinal()) {
                throw new CompileException("sub type " + i + " does not match super type " + s + " (final)", at);
            }
            if (!funcSubtype(t, sup)) {
                throw new CompileException("sub type " + i + " does not match super type " + s, at);
            }
        }
    }

    private boolean funcSubtype(FuncType a, FuncType b) {
        if (a.paramCount() != b.paramCount() || a.resultCount() != b.resultCount()) {
            return false;
        }
        for (int p = 0; p < a.paramCount(); p++) {
            if (!Subtyping.isSubtype(b.preciseParam(p), a.preciseParam(p), m.types)) {
                return false;
            }
        }
        for (int r = 0; r < a.resultCount(); r++) {
            if (!Subtyping.isSubtype(a.preciseResult(r), b.preciseResult(r), m.types)) {
                return false;
            }
        }
        return true;
    }

    /** A precise value type whose type index (if any) is below limit. */
    private static void valueType(int t, int limit, int offset) {
        int x = ValType.typeIndex(t);
        if (x >= limit) {
            throw new CompileException("unknown type " + Integer.toUnsignedString(x), offset);
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
        if (l.hasMax() && Long.compareUnsigned(l.min, l.max) > 0) {
            throw new CompileException("size minimum must not be greater than maximum (table " + l + ")", offset);
        }
    }

    private static void memoryLimits(Limits l, int offset) {
        long most = l.address64 ? MemoryType.MAX_PAGES_64 : MemoryType.MAX_PAGES;
        if (Long.compareUnsigned(l.min, most) > 0 || (l.hasMax() && Long.compareUnsigned(l.max, most) > 0)) {
            throw new CompileException(
                    l.address64
                            ? "memory size must be at most 2^48 pages (16 EiB) for a 64-bit memory"
                            : "memory size must be at most 65536 pages (4GiB)",
                    offset);
        }
        if (l.hasMax() && Long.compareUnsigned(l.min, l.max) > 0) {
            throw new CompileException("size minimum must not be greater than maximum (memory " + l + ")", offset);
        }
    }

    /**
     * Checks a constant expression in the context of module-level definitions: it may read the immutable globals
     * below visibleGlobals (a global's initialiser sees the globals before it, segments see all).
     */
    private void constExpr(ConstExpr e, int expected, int visibleGlobals) {
        int actual;
        switch (e.kind) {
            case ConstExpr.INVALID_NOT_CONSTANT:
                throw new CompileException("constant expression required", e.offset);
            case ConstExpr.INVALID_ARITY:
                throw new CompileException(
                        "type mismatch: a constant expression must produce exactly one value", e.offset);
            case ConstExpr.GLOBAL_GET:
                actual = constGlobal(e.index, visibleGlobals, e.offset);
                break;
            case ConstExpr.REF_FUNC:
                actual = constFunction(e.index, e.offset);
                break;
            case ConstExpr.SEQUENCE:
                if (m.webAssembly2) {
                    throw new CompileException("constant expression required", e.offset);
                }
                actual = sequence(e, visibleGlobals);
                break;
            case ConstExpr.REF_NULL:
                actual = e.preciseRefNull();
                valueType(actual, m.types.length, e.offset);
                break;
            default:
                actual = e.valType(m);
                break;
        }
        if (!Subtyping.isSubtype(actual, expected, m.types)) {
            throw new CompileException(
                    "type mismatch: constant expression of type " + ValType.name(actual) + ", expected "
                            + ValType.name(expected),
                    e.offset);
        }
    }

    private int constGlobal(int index, int visibleGlobals, int offset) {
        if (m.webAssembly2 && visibleGlobals > m.importedGlobalCount) {
            visibleGlobals = m.importedGlobalCount;
        }
        if (index < 0 || index >= visibleGlobals) {
            throw new CompileException(
                    "unknown global " + Integer.toUnsignedString(index)
                            + " (a constant expression reads imported and earlier globals only)",
                    offset);
        }
        GlobalType g = m.globals[index];
        if (g.mutable) {
            throw new CompileException("constant expression required: global " + index + " is mutable", offset);
        }
        return g.precise;
    }

    /** ref.func's type: a non-null reference to the function's type. */
    private int constFunction(int index, int offset) {
        if (index < 0 || index >= m.functionCount()) {
            throw new CompileException("unknown function " + Integer.toUnsignedString(index), offset);
        }
        return ValType.ref(ValType.CONCRETE + m.funcTypeIndex[index], false);
    }

    /** The type of an extended constant expression: a stack machine over its instructions, one value at the end. */
    private int sequence(ConstExpr e, int visibleGlobals) {
        int[] stack = new int[e.ops.length];
        int sp = 0;
        for (int i = 0; i < e.ops.length; i++) {
            int op = e.ops[i];
            int t;
            switch (op) {
                case Opcodes.I32_CONST:
                    t = ValType.I32;
                    break;
                case Opcodes.I64_CONST:
                    t = ValType.I64;
                    break;
                case Opcodes.F32_CONST:
                    t = ValType.F32;
                    break;
                case Opcodes.F64_CONST:
                    t = ValType.F64;
                    break;
                case Opcodes.REF_NULL:
                    t = (int) e.args[i];
                    valueType(t, m.types.length, e.offset);
                    break;
                case Opcodes.REF_FUNC:
                    t = constFunction((int) e.args[i], e.offset);
                    break;
                case Opcodes.GLOBAL_GET:
                    t = constGlobal((int) e.args[i], visibleGlobals, e.offset);
                    break;
                default: { // i32/i64 add, sub, mul
                    t = op >= Opcodes.I64_ADD ? ValType.I64 : ValType.I32;
                    for (int j = 0; j < 2; j++) {
                        if (sp == 0 || stack[--sp] != t) {
                            throw new CompileException(
                                    "type mismatch: " + Opcodes.name(op) + " needs two " + ValType.name(t)
                                            + " operands in a constant expression",
                                    e.offset);
                        }
                    }
                }
            }
            stack[sp++] = t;
        }
        if (sp != 1) {
            throw new CompileException("type mismatch: a constant expression must produce exactly one value", e.offset);
        }
        return stack[0];
    }

    private void elementSegment(ElementSegment e) {
        if (e.mode == SegmentMode.ACTIVE) {
            if (e.tableIndex < 0 || e.tableIndex >= m.tables.length) {
                throw new CompileException("unknown table " + Integer.toUnsignedString(e.tableIndex), offsetOf(e));
            }
            constExpr(e.offset, m.tables[e.tableIndex].limits.addressType(), m.globals.length);
            TableType t = m.tables[e.tableIndex];
            if (!Subtyping.isSubtype(e.precise, t.precise, m.types)) {
                throw new CompileException(
                        "type mismatch: element segment of " + ValType.name(e.precise) + " for a table of "
                                + ValType.name(t.precise),
                        offsetOf(e));
            }
        }
        valueType(e.precise, m.types.length, offsetOf(e));
        for (ConstExpr item : e.items) {
            constExpr(item, e.precise, m.globals.length);
        }
    }

    private static int offsetOf(ElementSegment e) {
        return e.offset != null ? e.offset.offset : -1;
    }

    private void dataSegment(DataSegment d) {
        if (d.mode == SegmentMode.ACTIVE) {
            if (d.memoryIndex < 0 || d.memoryIndex >= m.memories.length) {
                throw new CompileException(
                        "unknown memory " + Integer.toUnsignedString(d.memoryIndex), d.offset.offset);
            }
            constExpr(d.offset, m.memories[d.memoryIndex].limits.addressType(), m.globals.length);
        }
    }

    /** Functions named in element segments, exports and global initialisers may be used by ref.func in code. */
    private void collectDeclaredRefs() {
        for (ConstExpr g : m.globalInits) {
            declare(g);
        }
        for (TableType t : m.tables) {
            declare(t.init);
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
        if (e != null && e.kind == ConstExpr.SEQUENCE) {
            for (int i = 0; i < e.ops.length; i++) {
                if (e.ops[i] == Opcodes.REF_FUNC && e.args[i] >= 0 && e.args[i] < declaredRefs.length) {
                    declaredRefs[(int) e.args[i]] = true;
                }
            }
        }
    }

    private void startFunction() {
        int f = m.startFunction;
        if (f >= m.functionCount()) {
            throw new CompileException("unknown function " + f + " (start)", section(8));
        }
        FuncType t = m.funcType(f);
        if (t.paramCount() != 0 || t.resultCount() != 0) {
            throw new CompileException(
                    "start function must take no parameters and return nothing, got " + t, section(8));
        }
    }

    private void exports() {
        Set<String> names = new HashSet<>();
        for (Export x : m.exports) {
            int limit;
            switch (x.kind) {
                case ExternKind.FUNC:
                    limit = m.functionCount();
                    break;
                case ExternKind.TABLE:
                    limit = m.tables.length;
                    break;
                case ExternKind.MEMORY:
                    limit = m.memories.length;
                    break;
                case ExternKind.TAG:
                    limit = m.tagTypes.length;
                    break;
                default:
                    limit = m.globals.length;
                    break;
            }
            if (x.index < 0 || x.index >= limit) {
                throw new CompileException(
                        "unknown " + ExternKind.word(x.kind) + " " + Integer.toUnsignedString(x.index) + " (export \""
                                + x.name + "\")",
                        section(7));
            }
            if (!names.add(x.name)) {
                throw new CompileException("duplicate export name \"" + x.name + "\"", section(7));
            }
        }
    }
}
