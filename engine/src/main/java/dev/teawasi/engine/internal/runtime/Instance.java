package dev.teawasi.engine.internal.runtime;

import dev.teawasi.engine.internal.binary.Opcodes;
import dev.teawasi.engine.internal.exec.HostFunctionRef;
import dev.teawasi.engine.internal.exec.InstanceState;
import dev.teawasi.engine.internal.exec.Machine;
import dev.teawasi.engine.internal.model.ConstExpr;
import dev.teawasi.engine.internal.model.DataSegment;
import dev.teawasi.engine.internal.model.ElementSegment;
import dev.teawasi.engine.internal.model.Export;
import dev.teawasi.engine.internal.model.ExternKind;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.GlobalType;
import dev.teawasi.engine.internal.model.Import;
import dev.teawasi.engine.internal.model.Limits;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.model.SegmentMode;
import dev.teawasi.engine.internal.model.Subtyping;
import dev.teawasi.engine.internal.model.TableType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.store.AllocationBudget;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.FunctionRef;
import dev.teawasi.engine.internal.store.Global;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.engine.internal.store.Table;
import dev.teawasi.engine.internal.store.Tag;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;
import dev.teawasi.engine.internal.store.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An instantiated module. */
public final class Instance {
    /** The embedding API's object for this one (created on first use, so one object per engine object). */
    public Object handle;

    private final WasmModule wasmModule;
    private final InstanceState state;
    private final Map<String, Export> exportsByName = new HashMap<>();

    private Instance(WasmModule wasmModule, InstanceState state) {
        this.wasmModule = wasmModule;
        this.state = state;
        for (Export e : state.module.exports) {
            exportsByName.put(e.name, e);
        }
    }

    /**
     * Links imports, initialises tables/memories in the spec's order, runs the start function to completion without
     * a fuel limit. Throws LinkException or Trap. Embedders that need fuel, time slicing or suspension in the start
     * function use {@link #instantiateWithoutStart} and run {@link #startExecution()}.
     */
    public static Instance instantiate(WasmModule module, Imports imports) {
        return instantiate(module, imports, new EngineConfig());
    }

    public static Instance instantiate(WasmModule module, Imports imports, EngineConfig config) {
        Instance instance = instantiateWithoutStart(module, imports, config);
        Execution start = instance.startExecution();
        if (start != null) {
            runToCompletion(start);
        }
        return instance;
    }

    /**
     * Links imports and initialises tables, memories and globals, but does not run the start function: run
     * {@link #startExecution()} (like any call: fuel, suspension, call depth) before using the instance. Throws
     * LinkException (also when the module's tables or memories exceed the config's limits) or Trap (a segment out
     * of bounds).
     */
    public static Instance instantiateWithoutStart(WasmModule module, Imports imports, EngineConfig config) {
        Module m = module.module();
        InstanceState s = new InstanceState(m, config);
        s.functions = new FunctionRef[m.functionCount()];
        s.tables = new Table[m.tables.length];
        Memory[] memories = new Memory[m.memories.length];
        s.globals = new Global[m.globals.length];
        s.tags = new Tag[m.tagTypes.length];
        int tagIndex = 0;
        int fi = 0;
        int ti = 0;
        int mi = 0;
        int gi = 0;
        for (Import imp : m.imports) {
            Object v = imports == null ? null : imports.lookup(imp.module, imp.name);
            if (v == null && imp.kind == ExternKind.FUNC && imports != null && imports.trapUnknownFunctions()) {
                v = trappingImport(imp, m.types[imp.typeIndex]);
            }
            if (v == null) {
                throw new LinkException("unknown import: " + imp.module + "." + imp.name);
            }
            switch (imp.kind) {
                case ExternKind.FUNC: {
                    FuncType want = m.types[imp.typeIndex];
                    if (v instanceof HostFunctionRef && adoptsType((HostFunctionRef) v, want)) {
                        // a host function written with funcref/externref serves an import of typed references:
                        // it gets the import's type (its null results are refused when it returns, HostCall)
                        HostFunctionRef h = (HostFunctionRef) v;
                        v = new HostFunctionRef(want, h.function(), h.toString().substring(5));
                    }
                    if (!(v instanceof FunctionRef) || !((FunctionRef) v).type().isSubtypeOf(want)) {
                        throw incompatible(imp, "a function " + want);
                    }
                    s.functions[fi++] = (FunctionRef) v;
                    break;
                }
                case ExternKind.TABLE: {
                    if (!(v instanceof Table)) {
                        throw incompatible(imp, "a table");
                    }
                    Table t = (Table) v;
                    if (!Subtyping.equivalent(t.precise(), t.heap(), imp.table.precise, imp.table.heap)
                            || t.address64() != imp.table.limits.address64
                            || !limitsMatch(t.size(), t.hasMax(), t.declaredMax(), imp.table.limits)) {
                        throw incompatible(imp, "a table " + imp.table);
                    }
                    s.tables[ti++] = t;
                    break;
                }
                case ExternKind.MEMORY: {
                    if (!(v instanceof Memory)) {
                        throw incompatible(imp, "a memory");
                    }
                    Memory mem = (Memory) v;
                    if (mem.address64() != imp.memory.limits.address64
                            || !limitsMatch(
                                    mem.pages(),
                                    mem.declaredMaxPages() >= 0,
                                    mem.declaredMaxPages(),
                                    imp.memory.limits)) {
                        throw incompatible(imp, "a memory " + imp.memory);
                    }
                    memories[mi++] = mem;
                    break;
                }
                case ExternKind.TAG: {
                    FuncType want = m.types[imp.typeIndex];
                    if (!(v instanceof Tag) || !((Tag) v).type().equals(want)) {
                        throw incompatible(imp, "a tag " + want);
                    }
                    s.tags[tagIndex++] = (Tag) v;
                    break;
                }
                default: {
                    if (!(v instanceof Global)) {
                        throw incompatible(imp, "a global");
                    }
                    Global g = (Global) v;
                    GlobalType want = imp.global;
                    boolean typeMatches = want.mutable
                            ? Subtyping.equivalent(g.precise(), g.heap(), want.precise, want.heap)
                            : Subtyping.isSubtype(g.precise(), g.heap(), want.precise, want.heap);
                    if (!typeMatches || g.mutable() != want.mutable) {
                        throw incompatible(imp, "a global " + imp.global);
                    }
                    s.globals[gi++] = g;
                }
            }
        }
        for (int i = m.importedTagCount; i < s.tags.length; i++) {
            s.tags[i] = new Tag(m.types[m.tagTypes[i]]);
        }
        Instance instance = new Instance(module, s);
        s.owner = instance;
        for (int i = m.importedFuncCount; i < s.functions.length; i++) {
            s.functions[i] = s.defineFunction(i);
        }
        AllocationBudget budget = new AllocationBudget(config.maxTableElementsTotal, config.maxMemoryPagesTotal);
        List<Integer> tableTypes = new ArrayList<>();
        for (int i = m.importedTableCount; i < s.tables.length; i++) {
            Limits l = m.tables[i].limits;
            int limit = Math.min(config.maxTableSize, Table.JAVA_MAX_SIZE);
            if (Long.compareUnsigned(l.min, limit) > 0) {
                throw new LinkException("table " + i + " of " + Long.toUnsignedString(l.min)
                        + " elements is larger than the limit of " + limit + " elements per table");
            }
            if (!budget.takeTableElements(l.min)) {
                throw new LinkException("the tables of this module need more than the limit of "
                        + config.maxTableElementsTotal + " elements in total");
            }
            try {
                s.tables[i] =
                        new Table(m.tables[i].elemType, (int) l.min, l.max, l.hasMax(), l.address64, limit, budget);
                tableTypes.add(i);
            } catch (Throwable e) { // OutOfMemoryError (JVM) or a RangeError (JS build)
                throw new LinkException("not enough host memory for table " + i + " of " + l.min + " elements");
            }
        }
        for (int i = m.importedMemoryCount; i < memories.length; i++) {
            Limits l = m.memories[i].limits;
            int limit = Math.min(config.maxMemoryPages, Memory.JAVA_MAX_PAGES);
            if (Long.compareUnsigned(l.min, limit) > 0) {
                throw new LinkException("memory of " + Long.toUnsignedString(l.min)
                        + " pages is larger than the limit of " + limit + " pages (" + (limit / 16) + " MiB)");
            }
            if (!budget.takeMemoryPages(l.min)) {
                throw new LinkException("the memories of this module need more than the limit of "
                        + config.maxMemoryPagesTotal + " pages in total");
            }
            try {
                memories[i] = new Memory((int) l.min, l.hasMax() ? l.max : -1, l.address64, limit, budget);
            } catch (Throwable e) { // OutOfMemoryError (JVM) or a RangeError (JS build)
                throw new LinkException("not enough host memory for a memory of " + l.min + " pages");
            }
        }
        s.hasMemory = memories.length > 0;
        // initialisers may read imported globals (and, in Wasm 3.0, ref.func): after the functions exist
        for (int i : tableTypes) {
            TableType tt = m.tables[i];
            Object init = tt.init == null ? null : eval(s, tt.init, tt.elemType).ref;
            s.tables[i].typed(tt.precise, tt.heap, init);
        }
        s.memory = s.hasMemory ? memories[0] : new Memory(0, 0);
        s.memories = memories;
        for (int i = m.importedGlobalCount; i < s.globals.length; i++) {
            GlobalType gt = m.globals[i];
            s.globals[i] = new Global(
                            gt.valType, gt.mutable, eval(s, m.globalInits[i - m.importedGlobalCount], gt.valType))
                    .typed(gt.precise, gt.heap);
        }
        s.elements = new Object[m.elements.length][];
        for (int i = 0; i < m.elements.length; i++) {
            ElementSegment seg = m.elements[i];
            Object[] items = new Object[seg.items.length];
            for (int j = 0; j < items.length; j++) {
                items[j] = eval(s, seg.items[j], seg.elemType).ref;
            }
            s.elements[i] = items;
        }
        s.dataDropped = new boolean[m.data.length];
        // Active element segments, then active data segments, in order; a trap keeps the earlier effects.
        for (int i = 0; i < m.elements.length; i++) {
            ElementSegment seg = m.elements[i];
            if (seg.mode == SegmentMode.ACTIVE) {
                int offset = segmentOffset(s, seg.offset, m.tables[seg.tableIndex].limits);
                Table t = s.tables[seg.tableIndex];
                Object[] items = s.elements[i];
                t.checkRange(offset, items.length);
                System.arraycopy(items, 0, t.elements(), offset, items.length);
            }
            if (seg.mode != SegmentMode.PASSIVE) {
                s.elements[i] = null;
            }
        }
        for (int i = 0; i < m.data.length; i++) {
            DataSegment seg = m.data[i];
            if (seg.mode == SegmentMode.ACTIVE) {
                int offset = segmentOffset(s, seg.offset, m.memories[seg.memoryIndex].limits);
                Memory mem = memories[seg.memoryIndex];
                mem.checkRange(offset, seg.dataLength);
                System.arraycopy(m.bytes, seg.dataOffset, mem.buffer(), offset, seg.dataLength);
                s.dataDropped[i] = true;
            }
        }
        return instance;
    }

    /**
     * The module's start function as a resumable call, or null when it has none. After
     * {@link #instantiateWithoutStart}, run it to DONE before using the instance (a trap means instantiation failed).
     */
    public Execution startExecution() {
        Module m = state.module;
        return m.startFunction < 0
                ? null
                : new Execution(new Machine(state.functions[m.startFunction], new Value[0], state.config));
    }

    /** Stands in for an unknown function import: traps, naming the import, when called. */
    private static FunctionRef trappingImport(Import imp, FuncType type) {
        String name = imp.module + "." + imp.name;
        return new HostFunctionRef(
                type,
                c -> {
                    throw new Trap(
                            TrapKind.UNREACHABLE, "called the unknown import " + name + " (linked to trap)", null);
                },
                name);
    }

    /**
     * Does a host function's type differ from an import's only in that the import has typed references where the
     * host has the plain reference type of the same hierarchy (the storage kinds are equal)?
     */
    private static boolean adoptsType(HostFunctionRef h, FuncType want) {
        FuncType have = h.type();
        if (have.isSubtypeOf(want) || !want.hasTypedReferences()) {
            return false;
        }
        return java.util.Arrays.equals(have.params(), want.params())
                && java.util.Arrays.equals(have.results(), want.results())
                && !have.hasTypedReferences();
    }

    /** Does an existing table or memory (its size, and declared maximum when hasMax) match an import's limits? */
    private static boolean limitsMatch(long size, boolean hasMax, long max, Limits want) {
        if (Long.compareUnsigned(size, want.min) < 0) {
            return false;
        }
        if (!want.hasMax()) {
            return true;
        }
        return hasMax && Long.compareUnsigned(max, want.max) <= 0;
    }

    /**
     * An active segment's offset as an int: a 64-bit memory's or table's i64 offset of 2^31 or more becomes -1,
     * which the range check refuses (no memory or table of this engine reaches 2^31).
     */
    private static int segmentOffset(InstanceState s, ConstExpr e, Limits target) {
        Value v = eval(s, e, target.addressType());
        return target.address64 ? Machine.narrowAddress(v.bits) : (int) v.bits;
    }

    private static LinkException incompatible(Import imp, String wanted) {
        return new LinkException("incompatible import type: " + imp.module + "." + imp.name + " must be " + wanted);
    }

    /** A constant expression's value; a reference is given the storage kind of its destination (type). */
    private static Value eval(InstanceState s, ConstExpr e, byte type) {
        Value v = evalExpr(s, e);
        if (v.type != type && ValType.isRef(type) && ValType.isRef(v.type)) {
            return Value.ref(type, v.ref);
        }
        return v;
    }

    private static Value evalExpr(InstanceState s, ConstExpr e) {
        switch (e.kind) {
            case ConstExpr.I32_CONST:
                return Value.i32((int) e.bits);
            case ConstExpr.I64_CONST:
                return Value.i64(e.bits);
            case ConstExpr.F32_CONST:
                return Value.f32Bits((int) e.bits);
            case ConstExpr.F64_CONST:
                return Value.f64Bits(e.bits);
            case ConstExpr.V128_CONST:
                return Value.v128(e.v128);
            case ConstExpr.GLOBAL_GET:
                return s.globals[e.index].get();
            case ConstExpr.REF_NULL:
                return Value.ref(e.refType, null);
            case ConstExpr.REF_FUNC:
                return Value.ref(ValType.FUNCREF, s.functions[e.index]);
            case ConstExpr.SEQUENCE:
                return evalSequence(s, e);
            default:
                throw new IllegalStateException("constant expression " + e);
        }
    }

    /** An extended constant expression (validated: i32/i64 add, sub and mul over constants and globals). */
    private static Value evalSequence(InstanceState s, ConstExpr e) {
        Value[] stack = new Value[e.ops.length];
        int sp = 0;
        for (int i = 0; i < e.ops.length; i++) {
            long arg = e.args[i];
            switch (e.ops[i]) {
                case Opcodes.I32_CONST:
                    stack[sp++] = Value.i32((int) arg);
                    break;
                case Opcodes.I64_CONST:
                    stack[sp++] = Value.i64(arg);
                    break;
                case Opcodes.F32_CONST:
                    stack[sp++] = Value.f32Bits((int) arg);
                    break;
                case Opcodes.F64_CONST:
                    stack[sp++] = Value.f64Bits(arg);
                    break;
                case Opcodes.GLOBAL_GET:
                    stack[sp++] = s.globals[(int) arg].get();
                    break;
                case Opcodes.REF_NULL:
                    stack[sp++] = Value.ref(ValType.storage((int) arg), null);
                    break;
                case Opcodes.REF_FUNC:
                    stack[sp++] = Value.ref(ValType.FUNCREF, s.functions[(int) arg]);
                    break;
                default: {
                    Value b = stack[--sp];
                    Value a = stack[--sp];
                    switch (e.ops[i]) {
                        case Opcodes.I32_ADD:
                            stack[sp++] = Value.i32(a.asI32() + b.asI32());
                            break;
                        case Opcodes.I32_SUB:
                            stack[sp++] = Value.i32(a.asI32() - b.asI32());
                            break;
                        case Opcodes.I32_MUL:
                            stack[sp++] = Value.i32(a.asI32() * b.asI32());
                            break;
                        case Opcodes.I64_ADD:
                            stack[sp++] = Value.i64(a.asI64() + b.asI64());
                            break;
                        case Opcodes.I64_SUB:
                            stack[sp++] = Value.i64(a.asI64() - b.asI64());
                            break;
                        default:
                            stack[sp++] = Value.i64(a.asI64() * b.asI64());
                            break;
                    }
                }
            }
        }
        return stack[0];
    }

    private static Value[] runToCompletion(Execution e) {
        while (true) {
            Execution.Status r = e.run(Long.MAX_VALUE);
            if (r == Execution.Status.DONE) {
                return e.results();
            }
            if (r == Execution.Status.SUSPENDED) {
                throw new IllegalStateException("a host function suspended a call that must run to completion "
                        + "(use Instance.start and Execution.run to allow suspension)");
            }
        }
    }

    public WasmModule module() {
        return wasmModule;
    }

    /** Calls an exported function to completion. Throws Trap, or whatever a host function threw. */
    public Value[] invoke(String exportName, Value... args) {
        return runToCompletion(start(exportName, args));
    }

    /** Calls any function value (e.g. one read from a table) to completion, with this instance's limits. */
    public Value[] invoke(FunctionRef function, Value... args) {
        return runToCompletion(start(function, args));
    }

    /** Prepares a call that runs in fuel slices and can suspend; see {@link Execution}. */
    public Execution start(String exportName, Value... args) {
        return start(requireFunction(exportName), args);
    }

    /** Prepares a call of any function value (e.g. one read from a table) with this instance's limits. */
    public Execution start(FunctionRef function, Value... args) {
        return new Execution(new Machine(function, args, state.config));
    }

    private FunctionRef requireFunction(String exportName) {
        FunctionRef f = function(exportName);
        if (f == null) {
            throw new IllegalArgumentException("no exported function named '" + exportName + "'");
        }
        return f;
    }

    /** The exported FunctionRef, Memory, Table or Global with this name, or null. */
    public Object export(String name) {
        Export e = exportsByName.get(name);
        if (e == null) {
            return null;
        }
        switch (e.kind) {
            case ExternKind.FUNC:
                return state.functions[e.index];
            case ExternKind.TABLE:
                return state.tables[e.index];
            case ExternKind.MEMORY:
                return state.memories[e.index];
            case ExternKind.TAG:
                return state.tags[e.index];
            default:
                return state.globals[e.index];
        }
    }

    /** The exported function, memory, table or global with this name, or null. */
    public FunctionRef function(String exportName) {
        Object o = export(exportName);
        return o instanceof FunctionRef ? (FunctionRef) o : null;
    }

    public Memory memory(String exportName) {
        Object o = export(exportName);
        return o instanceof Memory ? (Memory) o : null;
    }

    public Table table(String exportName) {
        Object o = export(exportName);
        return o instanceof Table ? (Table) o : null;
    }

    public Global global(String exportName) {
        Object o = export(exportName);
        return o instanceof Global ? (Global) o : null;
    }

    /** Export names in module order. */
    public String[] exportNames() {
        Export[] exports = state.module.exports;
        String[] out = new String[exports.length];
        for (int i = 0; i < exports.length; i++) {
            out[i] = exports[i].name;
        }
        return out;
    }

    /** Engine internal state (for the interpreter and tools). */
    public InstanceState state() {
        return state;
    }
}
