package dev.teawasi.engine.internal.store;

import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;

/**
 * A global variable that can be imported and exported. The value is held unboxed by type: i32 and f32 bits in
 * an int, i64 in a long, f64 as a double (f64 NaN payloads survive a double on the JVM and in JS), references
 * as an Object; the interpreter reads and writes these through the raw accessors.
 */
public final class Global {
    /** The embedding API's object for this one (created on first use, so one object per engine object). */
    public Object handle;

    private final byte type;
    private final boolean mutable;
    /** The precise type (see ValType) and the FuncType it refers to; by default the storage kind's own. */
    private int precise;

    private FuncType heap;
    private int i;
    private long l;
    private double d;
    private Object r;

    public Global(byte type, boolean mutable, Value initial) {
        this.type = type;
        this.precise = type;
        this.mutable = mutable;
        store(initial);
    }

    /** A global of a typed reference type (defined by a module): its precise type. */
    public Global typed(int precise, FuncType heap) {
        this.precise = precise;
        this.heap = heap;
        return this;
    }

    public int precise() {
        return precise;
    }

    public FuncType heap() {
        return heap;
    }

    public byte type() {
        return type;
    }

    public boolean mutable() {
        return mutable;
    }

    public Value get() {
        switch (type) {
            case ValType.I32:
                return Value.i32(i);
            case ValType.F32:
                return Value.f32Bits(i);
            case ValType.I64:
                return Value.i64(l);
            case ValType.F64:
                return Value.f64Bits(Double.doubleToRawLongBits(d));
            case ValType.V128:
                return Value.v128((int[]) r);
            default:
                return Value.ref(type, r);
        }
    }

    /** Sets the value from the host; refuses immutable globals and values of another type. */
    public void set(Value v) {
        if (!mutable) {
            throw new IllegalStateException("global is immutable");
        }
        store(v);
    }

    private void store(Value v) {
        if (v == null || v.type != type) {
            throw new IllegalArgumentException("global of type " + ValType.name(type) + " cannot hold "
                    + (v == null ? "null" : ValType.name(v.type)));
        }
        if (v.ref == null && ValType.isRef(type) && !ValType.nullable(precise)) {
            throw new IllegalArgumentException("global of type " + ValType.name(precise) + " cannot hold null");
        }
        switch (type) {
            case ValType.I32:
            case ValType.F32:
                i = (int) v.bits;
                break;
            case ValType.I64:
                l = v.bits;
                break;
            case ValType.F64:
                d = Double.longBitsToDouble(v.bits);
                break;
            default:
                r = v.ref;
        }
    }

    // Raw accessors for the interpreter (no type or mutability checks: validated code only).
    public int rawInt() {
        return i;
    }

    public void rawInt(int v) {
        i = v;
    }

    public long rawLong() {
        return l;
    }

    public void rawLong(long v) {
        l = v;
    }

    public double rawDouble() {
        return d;
    }

    public void rawDouble(double v) {
        d = v;
    }

    public Object rawRef() {
        return r;
    }

    public void rawRef(Object v) {
        r = v;
    }
}
