package dev.teawasi.web;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.exec.HostCall;
import dev.teawasi.engine.internal.exec.HostFunction;
import dev.teawasi.engine.internal.exec.HostFunctionRef;
import dev.teawasi.engine.internal.exec.Machine;
import dev.teawasi.engine.internal.exec.WasmFunction;
import dev.teawasi.engine.internal.model.CustomSection;
import dev.teawasi.engine.internal.model.Export;
import dev.teawasi.engine.internal.model.ExternKind;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.Import;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.Instance;
import dev.teawasi.engine.internal.runtime.LinkException;
import dev.teawasi.engine.internal.runtime.WasmModule;
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
import dev.teawasi.engine.internal.store.WasmException;
import java.util.Arrays;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The engine side of the JavaScript `WebAssembly` namespace (web/src/main/js/webassembly/). The hand-written JS
 * implements the specification's algorithms (argument checks, value conversions, errors); this class links and runs
 * modules on the interpreter. Engine objects (WasmModule, Instance, FunctionRef, Memory, Table, Global, Machine) pass
 * through JS as opaque handles. Values cross "raw": i32 a JS int, i64 a BigInt, f32/f64 a number, funcref a
 * FunctionRef handle or null, externref the JS value itself or null. Methods do not throw: a failure returns
 * null/-1/{@link #FAILED} and leaves its error name and message for {@link #failureKind()}/{@link #failureMessage()}.
 */
public final class WebAssemblyBridge {
    /** Call status: finished, results in the out array. */
    static final int DONE = 0;
    /** Call status: failed; see failureKind/failureMessage. */
    static final int FAILED = 1;
    /** Call status: an imported JS function threw; the JS side holds the exception object. */
    static final int THREW = 2;
    /** Call status (step only): out of fuel, step again. */
    static final int OUT_OF_FUEL = 3;
    /** Call status (step only): a suspending import is waiting; resume, then step again. */
    static final int SUSPENDED = 4;
    /** Call status: a wasm exception nothing caught; see {@link #takeException()}. */
    static final int EXCEPTION = 5;

    /** The limits of teawasi.WebAssembly (a namespace from createWebAssembly has its own, see {@link #newConfig}). */
    private static final EngineConfig CONFIG = new EngineConfig();

    /** The one bridge (its failure fields and reused machines are shared by all instances). */
    static final WebAssemblyBridge INSTANCE = new WebAssemblyBridge();

    private String failureKind = "Error";
    private String failureMessage = "";
    private String failureStack = "";

    /** An imported JS function: (rawArgs, out) => status (0 results in out, 1 it threw, 2 suspend the run). */
    @JSFunctor
    public interface HostTarget extends JSObject {
        int call(JSArray<JSObject> args, JSArray<JSObject> out);
    }

    /**
     * The JS API's JavaScript exception tag: what a JS import throws (other than a WebAssembly.Exception) crosses wasm
     * as an exception of this tag with the JS value as its externref payload, so wasm's catch_all (or a catch of this
     * tag, imported as WebAssembly.JSTag) can catch it, and the JS caller gets the value itself back.
     */
    static final Tag JS_TAG = new Tag(new FuncType(new byte[] {ValType.EXTERNREF}, new byte[0]));

    /** An externref value: any JS value, undefined included (null is ref.null). */
    static final class HostValue {
        final JSObject value;

        HostValue(JSObject value) {
            this.value = value;
        }
    }

    /** A JS function imported by a module; named by its function index there, as the JS API names functions. */
    private static final class JsHost implements HostFunction {
        private final HostTarget target;
        private final JSArray<JSObject> out = JSArray.create();
        /**
         * The raw arguments, one array for all calls: the JS side spreads them into the JS function's own frame
         * before anything can call this import again (see functions.js hostTarget).
         */
        private final JSArray<JSObject> args = JSArray.create();

        JsHost(HostTarget target) {
            this.target = target;
        }

        @Override
        public void call(HostCall c) {
            FuncType t = c.type();
            int n = t.paramCount();
            JSArray<JSObject> args = this.args;
            for (int i = 0; i < n; i++) {
                switch (t.param(i)) {
                    case ValType.I32:
                        setInt(args, i, c.i32(i));
                        break;
                    case ValType.I64:
                        setLong(args, i, c.i64(i));
                        break;
                    case ValType.F32:
                        setDouble(args, i, Float.intBitsToFloat(c.f32Bits(i)));
                        break;
                    case ValType.F64:
                        setDouble(args, i, c.f64(i));
                        break;
                    default:
                        setAny(args, i, refToJs(c.ref(i)));
                }
            }
            int status = target.call(args, out);
            if (status == 1) {
                throw new WasmException(
                        JS_TAG,
                        new Value[] {Value.ref(ValType.EXTERNREF, refFromJs(ValType.EXTERNREF, anyAt(out, 0)))});
            }
            if (status == 3) {
                throw (WasmException) toJava(anyAt(out, 0)); // a WebAssembly.Exception: raised in the calling wasm
            }
            if (status == 2) {
                c.suspend();
                return;
            }
            for (int i = 0, r = t.resultCount(); i < r; i++) {
                switch (t.result(i)) {
                    case ValType.I32:
                        c.setI32(i, intAt(out, i));
                        break;
                    case ValType.I64:
                        c.setI64(i, longAt(out, i));
                        break;
                    case ValType.F32:
                        c.setF32Bits(i, Float.floatToRawIntBits((float) doubleAt(out, i)));
                        break;
                    case ValType.F64:
                        c.setF64(i, doubleAt(out, i));
                        break;
                    default:
                        c.setRef(i, refFromJs(t.result(i), anyAt(out, i)));
                }
            }
        }
    }

    WebAssemblyBridge() {}

    // ---- failures

    @JSExport
    public String failureKind() {
        return failureKind;
    }

    @JSExport
    public String failureMessage() {
        return failureMessage;
    }

    /** The wasm frames of the latest failure (a trap), innermost first, one per line; "" when none. */
    @JSExport
    public String failureStack() {
        return failureStack;
    }

    private void fail(String kind, String message) {
        failureKind = kind;
        failureMessage = message;
        failureStack = "";
    }

    /** Frames kept in a trap's stack: the innermost ones and the outermost ones (endless recursion has thousands). */
    static final int STACK_HEAD = 12;

    static final int STACK_TAIL = 4;

    private void failTrap(String kind, String message, Trap t) {
        fail(kind, message);
        failureStack = boundedStack(t.wasmStackTrace());
    }

    static String boundedStack(java.util.List<String> frames) {
        if (frames == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int n = frames.size();
        for (int i = 0; i < n; i++) {
            if (i == STACK_HEAD && n > STACK_HEAD + STACK_TAIL + 1) {
                sb.append("... ").append(n - STACK_HEAD - STACK_TAIL).append(" more wasm frames\n");
                i = n - STACK_TAIL;
            }
            sb.append(frames.get(i)).append('\n');
        }
        return sb.toString();
    }

    /** A failure of the engine itself (never expected): a readable message, never a Java class name. */
    private void failInternal(RuntimeException e) {
        String m = e.getMessage();
        fail("Error", "teawasi internal error" + (m == null || m.isEmpty() ? "" : ": " + m));
    }

    // ---- modules

    /** Decodes and validates; null (CompileError) when the bytes are not a valid module. */
    @JSExport
    public WasmModule compile(Uint8Array bytes) {
        try {
            return WasmModule.compile(JsBytes.toJava(bytes));
        } catch (CompileException e) {
            fail("CompileError", e.getMessage());
        } catch (RuntimeException e) {
            failInternal(e);
        }
        return null;
    }

    /** [{module, name, kind, type}] in module order; type as described by {@link #typeCode}. */
    @JSExport
    public JSArray<JSObject> imports(WasmModule module) {
        Module m = module.module();
        JSArray<JSObject> out = JSArray.create();
        for (Import imp : m.imports) {
            String type;
            switch (imp.kind) {
                case ExternKind.FUNC:
                    type = signature(m.types[imp.typeIndex]);
                    break;
                case ExternKind.TABLE:
                    type = typeCode(imp.table.precise);
                    break;
                case ExternKind.MEMORY:
                    type = "";
                    break;
                case ExternKind.TAG:
                    type = signature(m.types[imp.typeIndex]);
                    break;
                default:
                    type = typeCode(imp.global.precise) + (imp.global.mutable ? "m" : "");
            }
            out.push(descriptor(imp.module, imp.name, ExternKind.word(imp.kind), type));
        }
        return out;
    }

    /** [{name, kind}] in module order. */
    @JSExport
    public JSArray<JSObject> exports(WasmModule module) {
        JSArray<JSObject> out = JSArray.create();
        for (Export e : module.module().exports) {
            out.push(descriptor(null, e.name, ExternKind.word(e.kind), null));
        }
        return out;
    }

    /** Copies of the contents of the custom sections with this name, in module order. */
    @JSExport
    public JSArray<ArrayBuffer> customSections(WasmModule module, String name) {
        Module m = module.module();
        JSArray<ArrayBuffer> out = JSArray.create();
        for (CustomSection s : m.customSections) {
            if (s.name.equals(name)) {
                byte[] copy = Arrays.copyOfRange(m.bytes, s.contentOffset, s.contentOffset + s.contentLength);
                out.push(Int8Array.fromJavaArray(copy).getBuffer());
            }
        }
        return out;
    }

    /**
     * One letter per precise value type (see ValType): the storage kind's letter, but R for a non-nullable function
     * reference ((ref func), (ref $t)) and E for (ref extern), which refuse null (JS API: TypeError).
     */
    static String typeCode(int precise) {
        if (ValType.isRefType(precise) && !ValType.nullable(precise)) {
            byte top = ValType.storage(precise);
            if (top == ValType.FUNCREF) {
                return "R";
            }
            if (top == ValType.EXTERNREF) {
                return "E";
            }
        }
        return typeCode(ValType.storage(precise));
    }

    /** One letter per value type: i i32, I i64, f f32, F f64, v v128, r funcref, e externref. */
    static String typeCode(byte t) {
        switch (t) {
            case ValType.I32:
                return "i";
            case ValType.I64:
                return "I";
            case ValType.F32:
                return "f";
            case ValType.F64:
                return "F";
            case ValType.FUNCREF:
                return "r";
            case ValType.EXTERNREF:
                return "e";
            default:
                return "v";
        }
    }

    private static byte valType(char c) {
        switch (c) {
            case 'i':
                return ValType.I32;
            case 'I':
                return ValType.I64;
            case 'f':
                return ValType.F32;
            case 'F':
                return ValType.F64;
            case 'r':
            case 'R':
                return ValType.FUNCREF;
            case 'e':
            case 'E':
                return ValType.EXTERNREF;
            default:
                return ValType.V128;
        }
    }

    /** "params:results" in type codes, e.g. "ii:i". */
    static String signature(FuncType t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.paramCount(); i++) {
            sb.append(typeCode(t.preciseParam(i)));
        }
        sb.append(':');
        for (int i = 0; i < t.resultCount(); i++) {
            sb.append(typeCode(t.preciseResult(i)));
        }
        return sb.toString();
    }

    // ---- instances

    /**
     * Links the module with resolved imports (one per import, in order: a FunctionRef or HostTarget for functions,
     * else a Memory, Table or Global handle) and initialises it, without running the start function. Null on
     * failure (LinkError, or RuntimeError when a segment does not fit).
     */
    @JSExport
    public Instance instantiate(WasmModule module, JSArray<JSObject> resolved, EngineConfig config) {
        Module m = module.module();
        Imports imports = new Imports();
        try {
            for (int i = 0; i < m.imports.length; i++) {
                Import imp = m.imports[i];
                Object v = toJava(resolved.get(i));
                if (imp.kind == ExternKind.FUNC) {
                    FunctionRef f = v instanceof FunctionRef
                            ? (FunctionRef) v
                            : new HostFunctionRef(
                                    m.types[imp.typeIndex],
                                    new JsHost((HostTarget) resolved.get(i)),
                                    Integer.toString(funcIndexOfImport(m, i)));
                    imports.function(imp.module, imp.name, f);
                } else if (v instanceof Memory) {
                    imports.memory(imp.module, imp.name, (Memory) v);
                } else if (v instanceof Table) {
                    imports.table(imp.module, imp.name, (Table) v);
                } else if (v instanceof Tag) {
                    imports.tag(imp.module, imp.name, (Tag) v);
                } else {
                    imports.global(imp.module, imp.name, (Global) v);
                }
            }
            return Instance.instantiateWithoutStart(module, imports, config);
        } catch (LinkException e) {
            fail("LinkError", namingLimit(e.getMessage()));
        } catch (Trap t) {
            fail("RuntimeError", t.getMessage());
        } catch (RuntimeException e) {
            failInternal(e);
        }
        return null;
    }

    /** An engine message about a limit, with the JS API's name of that limit appended. */
    private static String namingLimit(String message) {
        if (!message.contains("limit of")) {
            return message;
        }
        return message + (message.contains("page") ? " (limits.maxMemory)" : " (limits.maxTableElements)");
    }

    // ---- limits

    /**
     * The limits of a namespace made by createWebAssembly: pages per memory and of all an instance's memories
     * together, elements per table and together, nested calls; -1 keeps the default.
     */
    @JSExport
    public EngineConfig newConfig(int maxMemoryPages, int maxTableElements, int maxCallDepth) {
        EngineConfig c = new EngineConfig();
        if (maxMemoryPages >= 0) {
            c.maxMemoryPages = Math.min(maxMemoryPages, c.maxMemoryPages);
            c.maxMemoryPagesTotal = c.maxMemoryPages;
        }
        if (maxTableElements >= 0) {
            c.maxTableSize = Math.min(maxTableElements, c.maxTableSize);
            c.maxTableElementsTotal = c.maxTableSize;
        }
        if (maxCallDepth > 0) {
            c.maxCallDepth = maxCallDepth;
        }
        return c;
    }

    /** teawasi.WebAssembly's limits. */
    @JSExport
    public EngineConfig defaultConfig() {
        return CONFIG;
    }

    /** The limits a call of f runs under: those of the instance that defined it. */
    private static EngineConfig configOf(FunctionRef f) {
        return f instanceof WasmFunction ? ((WasmFunction) f).instance().config : CONFIG;
    }

    private static int funcIndexOfImport(Module m, int importIndex) {
        int n = 0;
        for (int i = 0; i < importIndex; i++) {
            if (m.imports[i].kind == ExternKind.FUNC) {
                n++;
            }
        }
        return n;
    }

    /** The start function, or null. */
    @JSExport
    public FunctionRef startFunction(Instance instance) {
        int start = instance.state().module.startFunction;
        return start < 0 ? null : instance.state().functions[start];
    }

    /** The exported values' handles, in export order (see {@link #exports}). */
    @JSExport
    public JSArray<JSObject> exportValues(Instance instance) {
        JSArray<JSObject> out = JSArray.create();
        for (String name : instance.exportNames()) {
            out.push(toJs(instance.export(name)));
        }
        return out;
    }

    // ---- functions

    /** The function's type, see {@link #signature(FuncType)}. */
    @JSExport
    public String signature(FunctionRef f) {
        return signature(f.type());
    }

    /** The JS API's name of a function: its index in the module that defined (or imported) it. */
    @JSExport
    public String functionName(FunctionRef f) {
        if (f instanceof WasmFunction) {
            FunctionRef[] all = ((WasmFunction) f).instance().functions;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == f) {
                    return Integer.toString(i);
                }
            }
        }
        return f instanceof HostFunctionRef ? f.toString().substring(5) : "0";
    }

    /** Calls f to completion with raw arguments; results go to out. Returns DONE, FAILED or THREW. */
    @JSExport
    public int call(FunctionRef f, JSArray<JSObject> args, JSArray<JSObject> out) {
        Machine m = Machine.reusing(idleCount > 0 ? idle[--idleCount] : null, f, configOf(f));
        storeArgs(m, f.type(), args);
        return runToEnd(m, f, out);
    }

    /**
     * Calls f, whose at most three parameters are all i32, f32 or f64, with its arguments as numbers (the JS side
     * converted them; unused ones are 0): no arguments array. Returns DONE, FAILED or THREW.
     */
    int callNumbers(FunctionRef f, double a0, double a1, double a2, JSArray<JSObject> out) {
        Machine m = Machine.reusing(idleCount > 0 ? idle[--idleCount] : null, f, configOf(f));
        FuncType t = f.type();
        switch (t.paramCount()) {
            case 3:
                storeNumber(m, t.param(2), 2, a2); // fall through
            case 2:
                storeNumber(m, t.param(1), 1, a1); // fall through
            case 1:
                storeNumber(m, t.param(0), 0, a0);
                break;
            default:
                break;
        }
        return runToEnd(m, f, out);
    }

    private static void storeNumber(Machine m, byte type, int slot, double v) {
        switch (type) {
            case ValType.I32:
                m.setSlotI(slot, (int) v);
                break;
            case ValType.F32:
                m.setSlotI(slot, Float.floatToRawIntBits((float) v));
                break;
            default:
                m.setSlotD(slot, v);
        }
    }

    private int runToEnd(Machine m, FunctionRef f, JSArray<JSObject> out) {
        int r;
        do {
            r = step(m, f, Integer.MAX_VALUE, out);
        } while (r == OUT_OF_FUEL);
        if (idleCount < idle.length) {
            idle[idleCount++] = m; // ended: its arrays serve the next call (calls nest, so a few are kept)
        }
        return r;
    }

    /** Machines of ended calls whose arrays the next calls reuse (see Machine.reusing). */
    private final Machine[] idle = new Machine[8];

    private int idleCount;

    /** Prepares a call that runs in slices (see {@link #step}). */
    @JSExport
    public Machine begin(FunctionRef f, JSArray<JSObject> args) {
        Machine m = Machine.reusing(null, f, configOf(f));
        storeArgs(m, f.type(), args);
        return m;
    }

    /** The fuel (taken branches and calls) the last step of m used. */
    @JSExport
    public int fuelUsed(Machine m) {
        return m.fuelUsed();
    }

    private static void storeArgs(Machine m, FuncType t, JSArray<JSObject> args) {
        for (int i = 0, n = t.paramCount(); i < n; i++) {
            switch (t.param(i)) {
                case ValType.I32:
                    m.setSlotI(i, intAt(args, i));
                    break;
                case ValType.I64:
                    m.setSlotL(i, longAt(args, i));
                    break;
                case ValType.F32:
                    m.setSlotI(i, Float.floatToRawIntBits((float) doubleAt(args, i)));
                    break;
                case ValType.F64:
                    m.setSlotD(i, doubleAt(args, i));
                    break;
                default: {
                    Object ref = refFromJs(t.param(i), anyAt(args, i));
                    String wrong = Machine.typedReferenceMismatch(m.entry(), t.preciseParam(i), ref);
                    if (wrong != null) {
                        throw typeError("argument " + i + " " + wrong);
                    }
                    m.setSlotR(i, ref);
                }
            }
        }
    }

    /**
     * Runs the call of f about fuel branches and calls further: DONE (results in out), FAILED, THREW, OUT_OF_FUEL
     * or SUSPENDED.
     */
    @JSExport
    public int step(Machine m, FunctionRef f, int fuel, JSArray<JSObject> out) {
        int r;
        try {
            r = m.run(fuel);
        } catch (WasmException e) {
            if (e.tag() == JS_TAG) {
                setAny(out, 0, refToJs(e.payload()[0].ref)); // the JS value itself
                return THREW;
            }
            exception = e;
            return EXCEPTION;
        } catch (Trap t) {
            if (t.kind() == TrapKind.CALL_STACK_EXHAUSTED) {
                failTrap("RangeError", "Maximum call stack size exceeded (" + t.getMessage() + ")", t);
            } else {
                failTrap("RuntimeError", t.getMessage(), t);
            }
            return FAILED;
        } catch (RuntimeException e) {
            failInternal(e);
            return FAILED;
        }
        if (r == Machine.OUT_OF_FUEL) {
            return OUT_OF_FUEL;
        }
        if (r == Machine.SUSPENDED) {
            return SUSPENDED;
        }
        FuncType t = f.type();
        for (int i = 0, n = t.resultCount(); i < n; i++) {
            switch (t.result(i)) {
                case ValType.I32:
                    setInt(out, i, m.slotI(i));
                    break;
                case ValType.I64:
                    setLong(out, i, m.slotL(i));
                    break;
                case ValType.F32:
                    setDouble(out, i, Float.intBitsToFloat(m.slotI(i)));
                    break;
                case ValType.F64:
                    setDouble(out, i, m.slotD(i));
                    break;
                default:
                    setAny(out, i, refToJs(m.slotR(i)));
            }
        }
        return DONE;
    }

    /** After SUSPENDED: the next step calls the suspending import again, which then delivers its outcome. */
    @JSExport
    public void resume(Machine m) {
        m.resume();
    }

    // ---- memories

    /**
     * A new memory that may grow to config's limit; null (RangeError) when it cannot be allocated. maximum -1: none.
     */
    @JSExport
    public Memory newMemory(int initial, int maximum, EngineConfig config) {
        if (initial > Memory.JAVA_MAX_PAGES) {
            fail(
                    "RangeError",
                    "WebAssembly.Memory(): could not allocate " + initial + " pages (this engine holds at most "
                            + Memory.JAVA_MAX_PAGES + ")");
            return null;
        }
        if (initial > config.maxMemoryPages) {
            fail(
                    "RangeError",
                    "WebAssembly.Memory(): descriptor.initial of " + initial + " pages is above limits.maxMemory ("
                            + config.maxMemoryPages + " pages)");
            return null;
        }
        try {
            return new Memory(initial, maximum, config.maxMemoryPages, AllocationBudget.unlimited());
        } catch (Throwable e) { // a RangeError of the JS build when the host cannot allocate it
            fail("RangeError", "WebAssembly.Memory(): could not allocate " + initial + " pages");
            return null;
        }
    }

    /** A new 64-bit memory (memory64); maximum -1: none (at most 2^48, exact in a double). */
    @JSExport
    public Memory newMemory64(int initial, double maximum, EngineConfig config) {
        if (initial > Memory.JAVA_MAX_PAGES) {
            fail(
                    "RangeError",
                    "WebAssembly.Memory(): could not allocate " + initial + " pages (this engine holds at most "
                            + Memory.JAVA_MAX_PAGES + ")");
            return null;
        }
        if (initial > config.maxMemoryPages) {
            fail(
                    "RangeError",
                    "WebAssembly.Memory(): descriptor.initial of " + initial + " pages is above limits.maxMemory ("
                            + config.maxMemoryPages + " pages)");
            return null;
        }
        try {
            return new Memory(initial, (long) maximum, true, config.maxMemoryPages, AllocationBudget.unlimited());
        } catch (Throwable e) { // a RangeError of the JS build when the host cannot allocate it
            fail("RangeError", "WebAssembly.Memory(): could not allocate " + initial + " pages");
            return null;
        }
    }

    /** i64 addresses? */
    @JSExport
    public boolean memoryAddress64(Memory m) {
        return m.address64();
    }

    /**
     * The memory's bytes themselves (no copy, except once after a grow left the array a view with a reserve: the page
     * gets a buffer of exactly the memory's size); a new ArrayBuffer after each grow.
     */
    @JSExport
    public ArrayBuffer memoryBuffer(Memory m) {
        return Int8Array.fromJavaArray(m.exposedBuffer()).getBuffer();
    }

    /** The memory's size in pages. */
    @JSExport
    public int memoryPages(Memory m) {
        return m.pages();
    }

    /** Grows by delta pages and renews the buffer (also for delta 0); the old page count, or -1. */
    @JSExport
    public int memoryGrow(Memory m, int delta) {
        int old = m.grow(delta);
        if (old >= 0 && delta == 0) {
            m.renewBuffer();
        }
        return old;
    }

    /** [pages, maximum or -1]. */
    @JSExport
    public int memoryMaximum(Memory m) {
        return m.maxPages();
    }

    // ---- tables

    /** A new table of "r" (funcref) or "e" (externref) elements filled with init; null (RangeError) when too large. */
    @JSExport
    public Table newTable(String elem, int initial, int maximum, JSObject init, EngineConfig config) {
        if (initial > Table.JAVA_MAX_SIZE) {
            fail("RangeError", "WebAssembly.Table(): could not allocate " + initial + " elements");
            return null;
        }
        if (initial > config.maxTableSize) {
            fail(
                    "RangeError",
                    "WebAssembly.Table(): descriptor.initial of " + initial + " elements is above"
                            + " limits.maxTableElements (" + config.maxTableSize + ")");
            return null;
        }
        byte type = valType(elem.charAt(0));
        try {
            Table t = new Table(type, 0, maximum, config.maxTableSize, AllocationBudget.unlimited());
            if (t.grow(initial, refFromJs(type, init)) < 0) {
                fail("RangeError", "WebAssembly.Table(): could not allocate " + initial + " elements");
                return null;
            }
            return t;
        } catch (Throwable e) { // a RangeError of the JS build when the host cannot allocate it
            fail("RangeError", "WebAssembly.Table(): could not allocate " + initial + " elements");
            return null;
        }
    }

    /**
     * A new 64-bit table (table64); its u64 maximum as two ints (maxHigh, maxLow), exact, when hasMax. Null
     * (RangeError) when too large.
     */
    @JSExport
    public Table newTable64(
            String elem, int initial, boolean hasMax, int maxHigh, int maxLow, JSObject init, EngineConfig config) {
        if (initial > Table.JAVA_MAX_SIZE) {
            fail("RangeError", "WebAssembly.Table(): could not allocate " + initial + " elements");
            return null;
        }
        if (initial > config.maxTableSize) {
            fail(
                    "RangeError",
                    "WebAssembly.Table(): descriptor.initial of " + initial + " elements is above"
                            + " limits.maxTableElements (" + config.maxTableSize + ")");
            return null;
        }
        byte type = valType(elem.charAt(0));
        long max = (long) maxHigh << 32 | (maxLow & 0xFFFFFFFFL);
        try {
            Table t = new Table(type, 0, max, hasMax, true, config.maxTableSize, AllocationBudget.unlimited());
            if (t.grow(initial, refFromJs(type, init)) < 0) {
                fail("RangeError", "WebAssembly.Table(): could not allocate " + initial + " elements");
                return null;
            }
            return t;
        } catch (Throwable e) { // a RangeError of the JS build when the host cannot allocate it
            fail("RangeError", "WebAssembly.Table(): could not allocate " + initial + " elements");
            return null;
        }
    }

    /** i64 indices? */
    @JSExport
    public boolean tableAddress64(Table t) {
        return t.address64();
    }

    @JSExport
    public String tableElement(Table t) {
        return typeCode(t.precise());
    }

    @JSExport
    public int tableLength(Table t) {
        return t.size();
    }

    /** Raw element; the caller checked the index. */
    @JSExport
    public JSObject tableGet(Table t, int index) {
        return refToJs(t.get(index));
    }

    @JSExport
    public void tableSet(Table t, int index, JSObject raw) {
        t.set(index, typedRef(refFromJs(t.elemType(), raw), t.precise(), t.heap(), "WebAssembly.Table.set()"));
    }

    /** A reference for a table or global of a typed reference type: null or a function of another type is refused. */
    private static Object typedRef(Object ref, int precise, FuncType heap, String where) {
        if (ref == null && !ValType.nullable(precise)) {
            throw typeError(where + ": null is not a value of " + ValType.name(precise));
        }
        if (ref != null
                && heap != null
                && !(ref instanceof FunctionRef && ((FunctionRef) ref).type().isSubtypeOf(heap))) {
            throw typeError(where + ": the function is not of type " + heap);
        }
        return ref;
    }

    /** The old length, or -1. */
    @JSExport
    public int tableGrow(Table t, int delta, JSObject raw) {
        return t.grow(delta, typedRef(refFromJs(t.elemType(), raw), t.precise(), t.heap(), "WebAssembly.Table.grow()"));
    }

    // ---- globals

    /** A new global of this type code with a raw value. */
    @JSExport
    public Global newGlobal(String type, boolean mutable, JSArray<JSObject> value) {
        byte t = valType(type.charAt(0));
        return new Global(t, mutable, valueFromJs(t, value, 0));
    }

    /** The type code, "m" appended when mutable. */
    @JSExport
    public String globalType(Global g) {
        return typeCode(g.precise()) + (g.mutable() ? "m" : "");
    }

    /** Writes the raw value to out[0]. */
    @JSExport
    public void globalGet(Global g, JSArray<JSObject> out) {
        valueToJs(g.get(), out, 0);
    }

    /** Sets the raw value in[0]; the caller checked mutability. */
    @JSExport
    public void globalSet(Global g, JSArray<JSObject> in) {
        Value v = valueFromJs(g.type(), in, 0);
        if (ValType.isRef(g.type())) {
            typedRef(v.ref, g.precise(), g.heap(), "WebAssembly.Global.value");
        }
        g.set(v);
    }

    // ---- tags and exceptions

    /** The wasm exception of the latest EXCEPTION status. */
    private WasmException exception;

    /** WebAssembly.JSTag's engine tag. */
    @JSExport
    public Tag jsTag() {
        return JS_TAG;
    }

    /** A new tag whose payload has these value types (type codes). */
    @JSExport
    public Tag newTag(String params) {
        byte[] types = new byte[params.length()];
        for (int i = 0; i < types.length; i++) {
            types[i] = valType(params.charAt(i));
        }
        return new Tag(new FuncType(types, new byte[0]));
    }

    /** The tag's payload types as type codes (exnref as "x"). */
    @JSExport
    public String tagParams(Tag t) {
        FuncType type = t.type();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < type.paramCount(); i++) {
            sb.append(type.param(i) == ValType.EXNREF ? "x" : typeCode(type.param(i)));
        }
        return sb.toString();
    }

    /** A wasm exception of tag with raw payload values (converted by the JS side). */
    @JSExport
    public WasmException newException(Tag tag, JSArray<JSObject> raw) {
        FuncType type = tag.type();
        Value[] payload = new Value[type.paramCount()];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = valueFromJs(type.param(i), raw, i);
        }
        return new WasmException(tag, payload);
    }

    @JSExport
    public Tag exceptionTag(WasmException e) {
        return e.tag();
    }

    /** Writes payload value i raw to out[0]. */
    @JSExport
    public void exceptionArg(WasmException e, int i, JSArray<JSObject> out) {
        valueToJs(e.payload()[i], out, 0);
    }

    /** The exception of the latest EXCEPTION status (once). */
    @JSExport
    public WasmException takeException() {
        WasmException e = exception;
        exception = null;
        return e;
    }

    // ---- raw values

    private static Value valueFromJs(byte t, JSArray<JSObject> a, int i) {
        switch (t) {
            case ValType.I32:
                return Value.i32(intAt(a, i));
            case ValType.I64:
                return Value.i64(longAt(a, i));
            case ValType.F32:
                return Value.f32Bits(Float.floatToRawIntBits((float) doubleAt(a, i)));
            case ValType.F64:
                return Value.f64Bits(Double.doubleToRawLongBits(doubleAt(a, i)));
            default:
                return Value.ref(t, refFromJs(t, anyAt(a, i)));
        }
    }

    private static void valueToJs(Value v, JSArray<JSObject> out, int i) {
        switch (v.type) {
            case ValType.I32:
                setInt(out, i, v.asI32());
                break;
            case ValType.I64:
                setLong(out, i, v.asI64());
                break;
            case ValType.F32:
                setDouble(out, i, Float.intBitsToFloat(v.f32Bits()));
                break;
            case ValType.F64:
                setDouble(out, i, Double.longBitsToDouble(v.f64Bits()));
                break;
            default:
                setAny(out, i, refToJs(v.ref));
        }
    }

    private static Object refFromJs(byte type, JSObject raw) {
        if (isNull(raw)) {
            return null;
        }
        return type == ValType.FUNCREF ? toJava(raw) : new HostValue(raw);
    }

    private static JSObject refToJs(Object ref) {
        if (ref == null) {
            return null;
        }
        return ref instanceof HostValue ? ((HostValue) ref).value : toJs(ref);
    }

    /** Throws a real TypeError (instanceof TypeError, as the JS API requires); returns for the compiler. */
    private static RuntimeException typeError(String message) {
        throwTypeError(message);
        return new IllegalArgumentException(message);
    }

    @JSBody(params = "m", script = "throw new TypeError(m);")
    private static native void throwTypeError(String message);

    @JSBody(params = "o", script = "return o;")
    private static native JSObject toJs(Object o);

    @JSBody(params = "o", script = "return o;")
    private static native Object toJava(JSObject o);

    @JSBody(params = "o", script = "return o === null;")
    private static native boolean isNull(JSObject o);

    @JSBody(
            params = {"a", "i"},
            script = "return a[i];")
    private static native int intAt(JSArray<JSObject> a, int i);

    @JSBody(
            params = {"a", "i"},
            script = "return a[i];")
    private static native long longAt(JSArray<JSObject> a, int i);

    @JSBody(
            params = {"a", "i"},
            script = "return a[i];")
    private static native double doubleAt(JSArray<JSObject> a, int i);

    @JSBody(
            params = {"a", "i"},
            script = "return a[i];")
    private static native JSObject anyAt(JSArray<JSObject> a, int i);

    @JSBody(
            params = {"a", "i", "v"},
            script = "a[i] = v;")
    private static native void setInt(JSArray<JSObject> a, int i, int v);

    @JSBody(
            params = {"a", "i", "v"},
            script = "a[i] = v;")
    private static native void setLong(JSArray<JSObject> a, int i, long v);

    @JSBody(
            params = {"a", "i", "v"},
            script = "a[i] = v;")
    private static native void setDouble(JSArray<JSObject> a, int i, double v);

    @JSBody(
            params = {"a", "i", "v"},
            script = "a[i] = v;")
    private static native void setAny(JSArray<JSObject> a, int i, JSObject v);

    @JSBody(
            params = {"module", "name", "kind", "type"},
            script = "var $d = {};"
                    + " if (module !== null) $d.module = module; $d.name = name; $d.kind = kind;"
                    + " if (type !== null) $d.type = type; return $d;")
    private static native JSObject descriptor(String module, String name, String kind, String type);
}
