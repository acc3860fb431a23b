package dev.teawasi.engine;

import dev.teawasi.engine.internal.model.ValType;

/**
 * A typed WebAssembly value. Floats keep their exact bits (NaN payloads included: use {@link #f32Bits(int)} and
 * {@link #asF32Bits()} where a signalling NaN must survive). A funcref holds a {@link Function} or null, an externref
 * any Java object or null. Immutable.
 */
public final class Value {
    private final ValueType type;
    private final long bits;
    private final Object ref;

    private Value(ValueType type, long bits, Object ref) {
        this.type = type;
        this.bits = bits;
        this.ref = ref;
    }

    public static Value i32(int v) {
        return new Value(ValueType.I32, v, null);
    }

    public static Value i64(long v) {
        return new Value(ValueType.I64, v, null);
    }

    public static Value f32(float v) {
        return new Value(ValueType.F32, Float.floatToRawIntBits(v), null);
    }

    public static Value f32Bits(int bits) {
        return new Value(ValueType.F32, bits, null);
    }

    public static Value f64(double v) {
        return new Value(ValueType.F64, Double.doubleToRawLongBits(v), null);
    }

    public static Value f64Bits(long bits) {
        return new Value(ValueType.F64, bits, null);
    }

    /** A funcref: a function, or null for ref.null func. */
    public static Value funcref(Function f) {
        return new Value(ValueType.FUNCREF, 0, f);
    }

    /** An externref: any host object, or null for ref.null extern. */
    public static Value externref(Object o) {
        return new Value(ValueType.EXTERNREF, 0, o);
    }

    /** The default value of a type: zero, or a null reference. */
    public static Value zero(ValueType type) {
        switch (type) {
            case I32:
                return i32(0);
            case I64:
                return i64(0);
            case F32:
                return f32Bits(0);
            case F64:
                return f64Bits(0);
            case FUNCREF:
                return funcref(null);
            case EXTERNREF:
                return externref(null);
            default:
                throw new IllegalArgumentException("no values of type " + type);
        }
    }

    public ValueType type() {
        return type;
    }

    public int asI32() {
        check(ValueType.I32);
        return (int) bits;
    }

    public long asI64() {
        check(ValueType.I64);
        return bits;
    }

    public float asF32() {
        check(ValueType.F32);
        return Float.intBitsToFloat((int) bits);
    }

    public int asF32Bits() {
        check(ValueType.F32);
        return (int) bits;
    }

    public double asF64() {
        check(ValueType.F64);
        return Double.longBitsToDouble(bits);
    }

    public long asF64Bits() {
        check(ValueType.F64);
        return bits;
    }

    /** The function of a funcref (null for ref.null). */
    public Function asFuncref() {
        check(ValueType.FUNCREF);
        return (Function) ref;
    }

    /** The object of an externref (null for ref.null). */
    public Object asExternref() {
        check(ValueType.EXTERNREF);
        return ref;
    }

    private void check(ValueType want) {
        if (type != want) {
            throw new IllegalStateException("the value is " + type + ", not " + want);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Value)) {
            return false;
        }
        Value v = (Value) o;
        return v.type == type && v.bits == bits && v.ref == ref;
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Long.hashCode(bits) + (ref == null ? 0 : System.identityHashCode(ref));
    }

    /** E.g. "i32:7", "f32:1.5", "funcref:null". */
    @Override
    public String toString() {
        switch (type) {
            case I32:
                return "i32:" + (int) bits;
            case I64:
                return "i64:" + bits;
            case F32:
                return "f32:" + Float.intBitsToFloat((int) bits);
            case F64:
                return "f64:" + Double.longBitsToDouble(bits);
            default:
                return type + ":" + ref;
        }
    }

    // ---- conversion to and from the engine's values ----

    dev.teawasi.engine.internal.store.Value toInternal() {
        switch (type) {
            case I32:
                return dev.teawasi.engine.internal.store.Value.i32((int) bits);
            case I64:
                return dev.teawasi.engine.internal.store.Value.i64(bits);
            case F32:
                return dev.teawasi.engine.internal.store.Value.f32Bits((int) bits);
            case F64:
                return dev.teawasi.engine.internal.store.Value.f64Bits(bits);
            case FUNCREF:
                return dev.teawasi.engine.internal.store.Value.ref(ValType.FUNCREF, Function.unwrap(ref));
            case EXTERNREF:
                return dev.teawasi.engine.internal.store.Value.ref(ValType.EXTERNREF, ref);
            default:
                throw new IllegalArgumentException("no values of type " + type);
        }
    }

    static Value of(dev.teawasi.engine.internal.store.Value v) {
        switch (v.type) {
            case ValType.I32:
                return i32(v.asI32());
            case ValType.I64:
                return i64(v.asI64());
            case ValType.F32:
                return f32Bits(v.f32Bits());
            case ValType.F64:
                return f64Bits(v.f64Bits());
            case ValType.FUNCREF:
                return funcref(Function.wrap(v.ref));
            case ValType.EXTERNREF:
                return externref(v.ref);
            default:
                throw new IllegalStateException("value of type " + ValType.name(v.type));
        }
    }

    static dev.teawasi.engine.internal.store.Value[] toInternal(
            Value[] values, java.util.List<ValueType> types, String what) {
        if (values == null || values.length != types.size()) {
            throw new IllegalArgumentException("expected " + types.size() + " " + what + (types.size() == 1 ? "" : "s")
                    + " " + types + ", got " + (values == null ? 0 : values.length));
        }
        dev.teawasi.engine.internal.store.Value[] out = new dev.teawasi.engine.internal.store.Value[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].type != types.get(i)) {
                throw new IllegalArgumentException(what + " " + i + " must be " + types.get(i) + ", got "
                        + (values[i] == null ? "null" : values[i].type.toString()));
            }
            out[i] = values[i].toInternal();
        }
        return out;
    }

    static Value[] of(dev.teawasi.engine.internal.store.Value[] values) {
        Value[] out = new Value[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = of(values[i]);
        }
        return out;
    }
}
