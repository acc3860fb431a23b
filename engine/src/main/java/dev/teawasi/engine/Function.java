package dev.teawasi.engine;

import dev.teawasi.engine.internal.exec.HostFunctionRef;
import dev.teawasi.engine.internal.exec.Machine;
import dev.teawasi.engine.internal.exec.WasmFunction;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.FunctionRef;
import java.util.List;

/**
 * A function: exported by an instance, or provided by the embedder ({@link #host}). Calls are typed: arguments are
 * checked against {@link #type()} before the call starts. The same function is the same object wherever it
 * appears (exports of several instances, table elements, funcref values).
 */
public final class Function extends Extern {
    final FunctionRef ref;
    private final FunctionType type;

    private Function(FunctionRef ref) {
        this.ref = ref;
        this.type = FunctionType.of(ref.type());
    }

    /** A host function with this signature, to import into modules or store in tables. */
    public static Function host(FunctionType type, HostFunction body) {
        return host(type, body, "host");
    }

    static Function host(FunctionType type, HostFunction body, String name) {
        if (type == null || body == null) {
            throw new IllegalArgumentException("a host function needs a type and a body");
        }
        HostFunctionRef ref = new HostFunctionRef(
                type.internal,
                c -> {
                    try {
                        body.call(HostCall.view(c));
                    } catch (WasmException e) { // a wasm exception the calling code may catch
                        throw e.internal;
                    }
                },
                name);
        return wrap(ref);
    }

    static Function wrap(Object ref) {
        if (ref == null) {
            return null;
        }
        FunctionRef f = (FunctionRef) ref;
        if (f.handle == null) {
            f.handle = new Function(f);
        }
        return (Function) f.handle;
    }

    static FunctionRef unwrap(Object f) {
        if (f == null) {
            return null;
        }
        if (!(f instanceof Function)) {
            throw new IllegalArgumentException(
                    "a funcref must be a Function or null, not " + f.getClass().getSimpleName());
        }
        return ((Function) f).ref;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.FUNCTION;
    }

    @Override
    public FunctionType type() {
        return type;
    }

    /**
     * Calls the function to completion and returns its results. Throws {@link Trap} (also when the owning
     * instance's fuel runs out), IllegalArgumentException for arguments that do not match the signature,
     * IllegalStateException when a host function suspends (use {@link #start}), or what a host function threw.
     */
    public Value[] call(Value... args) {
        Execution e = start(args);
        if (e.run(Long.MAX_VALUE) == Execution.Status.SUSPENDED) {
            throw new IllegalStateException("a host function suspended the call; use Function.start to allow that");
        }
        return e.results();
    }

    /**
     * Calls with plain Java values: Integer for i32, Long for i64, Float for f32, Double for f64, a Function (or
     * null) for funcref, any object for externref. Returns null when the function has no results, the result for
     * one, an Object[] for more.
     */
    public Object apply(Object... args) {
        List<ValueType> params = type.params();
        if (args == null || args.length != params.size()) {
            throw new IllegalArgumentException(
                    "expected " + params.size() + " arguments " + params + ", got " + (args == null ? 0 : args.length));
        }
        Value[] values = new Value[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = box(params.get(i), args[i], i);
        }
        Value[] results = call(values);
        if (results.length == 0) {
            return null;
        }
        if (results.length == 1) {
            return unbox(results[0]);
        }
        Object[] out = new Object[results.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = unbox(results[i]);
        }
        return out;
    }

    private static Value box(ValueType t, Object a, int i) {
        switch (t) {
            case I32:
                if (a instanceof Integer) {
                    return Value.i32((Integer) a);
                }
                break;
            case I64:
                if (a instanceof Long) {
                    return Value.i64((Long) a);
                }
                break;
            case F32:
                if (a instanceof Float) {
                    return Value.f32((Float) a);
                }
                break;
            case F64:
                if (a instanceof Double) {
                    return Value.f64((Double) a);
                }
                break;
            case FUNCREF:
                if (a == null || a instanceof Function) {
                    return Value.funcref((Function) a);
                }
                break;
            case EXTERNREF:
                return Value.externref(a);
            default:
                break;
        }
        throw new IllegalArgumentException("argument " + i + " must be " + t + ", got "
                + (a == null ? "null" : a.getClass().getSimpleName()));
    }

    private static Object unbox(Value v) {
        switch (v.type()) {
            case I32:
                return v.asI32();
            case I64:
                return v.asI64();
            case F32:
                return v.asF32();
            case F64:
                return v.asF64();
            case FUNCREF:
                return v.asFuncref();
            default:
                return v.asExternref();
        }
    }

    /**
     * Prepares a call that runs in fuel slices and may suspend in a host function; see {@link Execution}. It runs
     * under the limits of the instance that defined the function (or default limits for a host function).
     */
    public Execution start(Value... args) {
        dev.teawasi.engine.internal.store.Value[] in = Value.toInternal(args, type.params(), "argument");
        Instance owner = owner();
        EngineConfig config = owner == null ? new EngineConfig() : owner.config;
        return new Execution(new Machine(ref, in, config), type, owner == null ? null : owner.fuel);
    }

    /** The instance that defined this function, or null for a host function. */
    private Instance owner() {
        if (ref instanceof WasmFunction) {
            Object o = ((WasmFunction) ref).instance().owner;
            if (o instanceof dev.teawasi.engine.internal.runtime.Instance) {
                return Instance.wrap((dev.teawasi.engine.internal.runtime.Instance) o);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "function " + type;
    }
}
