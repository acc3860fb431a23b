package dev.teawasi.engine;

import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.runtime.Instance;

/**
 * The arguments and results of one call of a {@link HostFunction}, with typed access. Reading a parameter as the
 * wrong type, or an index outside the signature, throws IllegalArgumentException or IndexOutOfBoundsException.
 * Results not set are zero (or null).
 */
public final class HostCall {
    private final dev.teawasi.engine.internal.exec.HostCall call;

    private HostCall(dev.teawasi.engine.internal.exec.HostCall call) {
        this.call = call;
    }

    static HostCall view(dev.teawasi.engine.internal.exec.HostCall c) {
        if (c.handle == null) {
            c.handle = new HostCall(c);
        }
        return (HostCall) c.handle;
    }

    /** The signature of the function being called. */
    public FunctionType type() {
        return FunctionType.of(call.type());
    }

    public int i32(int param) {
        return call.i32(param);
    }

    public long i64(int param) {
        return call.i64(param);
    }

    public float f32(int param) {
        return Float.intBitsToFloat(call.f32Bits(param));
    }

    public int f32Bits(int param) {
        return call.f32Bits(param);
    }

    public double f64(int param) {
        return call.f64(param);
    }

    public long f64Bits(int param) {
        return call.f64Bits(param);
    }

    /** A funcref parameter: a {@link Function} or null. */
    public Function funcref(int param) {
        checkRef(
                param,
                ValType.FUNCREF,
                call.type().paramCount() > param && param >= 0 ? call.type().param(param) : 0);
        return Function.wrap(call.ref(param));
    }

    /** An externref parameter: the host object or null. */
    public Object externref(int param) {
        checkRef(
                param,
                ValType.EXTERNREF,
                call.type().paramCount() > param && param >= 0 ? call.type().param(param) : 0);
        return call.ref(param);
    }

    private static void checkRef(int index, byte want, byte actual) {
        if (actual != 0 && actual != want) {
            throw new IllegalArgumentException(
                    "parameter " + index + " is " + ValType.name(actual) + ", not " + ValType.name(want));
        }
    }

    /** Any parameter as a {@link Value}. */
    public Value param(int index) {
        if (index < 0 || index >= call.type().paramCount()) {
            throw new IndexOutOfBoundsException("parameter " + index + " of " + call.type());
        }
        switch (call.type().param(index)) {
            case ValType.I32:
                return Value.i32(call.i32(index));
            case ValType.I64:
                return Value.i64(call.i64(index));
            case ValType.F32:
                return Value.f32Bits(call.f32Bits(index));
            case ValType.F64:
                return Value.f64Bits(call.f64Bits(index));
            case ValType.FUNCREF:
                return Value.funcref(Function.wrap(call.ref(index)));
            default:
                return Value.externref(call.ref(index));
        }
    }

    public void setI32(int result, int v) {
        call.setI32(result, v);
    }

    public void setI64(int result, long v) {
        call.setI64(result, v);
    }

    public void setF32(int result, float v) {
        call.setF32Bits(result, Float.floatToRawIntBits(v));
    }

    public void setF32Bits(int result, int bits) {
        call.setF32Bits(result, bits);
    }

    public void setF64(int result, double v) {
        call.setF64(result, v);
    }

    public void setF64Bits(int result, long bits) {
        call.setF64Bits(result, bits);
    }

    /** Sets a funcref result (a {@link Function} or null). */
    public void setFuncref(int result, Function f) {
        if (result >= 0 && result < call.type().resultCount() && call.type().result(result) != ValType.FUNCREF) {
            throw new IllegalArgumentException("result " + result + " is not funcref");
        }
        call.setRef(result, Function.unwrap(f));
    }

    /** Sets an externref result (any object or null). */
    public void setExternref(int result, Object o) {
        if (result >= 0 && result < call.type().resultCount() && call.type().result(result) != ValType.EXTERNREF) {
            throw new IllegalArgumentException("result " + result + " is not externref");
        }
        call.setRef(result, o);
    }

    /** Sets any result from a {@link Value} of the result's type. */
    public void set(int result, Value v) {
        if (result < 0 || result >= call.type().resultCount()) {
            throw new IndexOutOfBoundsException("result " + result + " of " + call.type());
        }
        ValueType want = ValueType.of(call.type().result(result));
        if (v == null || v.type() != want) {
            throw new IllegalArgumentException("result " + result + " must be " + want);
        }
        switch (want) {
            case I32:
                setI32(result, v.asI32());
                break;
            case I64:
                setI64(result, v.asI64());
                break;
            case F32:
                setF32Bits(result, v.asF32Bits());
                break;
            case F64:
                setF64Bits(result, v.asF64Bits());
                break;
            case FUNCREF:
                setFuncref(result, v.asFuncref());
                break;
            default:
                setExternref(result, v.asExternref());
        }
    }

    /** Memory 0 of the calling instance, or null (no memory, or called from the host directly). */
    public Memory memory() {
        dev.teawasi.engine.internal.store.Memory m = call.memory();
        return m == null ? null : Memory.wrap(m);
    }

    /** The instance whose code made the call; null when called from the host directly. */
    public dev.teawasi.engine.Instance caller() {
        Object owner = call.callerOwner();
        return owner instanceof Instance ? dev.teawasi.engine.Instance.wrap((Instance) owner) : null;
    }

    /**
     * Pauses the wasm call after this host function returns: {@link Execution#run} returns SUSPENDED, and the
     * embedder later calls {@link Execution#resume()} (call this host function again with the same arguments) or
     * {@link Execution#resumeWith(Value...)} (continue with these results). Only calls made through
     * {@link Execution} can suspend; a synchronous {@link Function#call} then fails.
     */
    public void suspend() {
        call.suspend();
    }
}
