package dev.teawasi.engine.internal.store;

import dev.teawasi.engine.internal.model.ValType;

/**
 * A typed WebAssembly value crossing the host boundary. Floats are kept as raw bits so NaN payloads survive
 * (TeaVM's JavaScript quiets f32 signalling NaNs that pass through a float).
 */
public final class Value {
    public final byte type;
    /** i32: the int (sign-extended); i64: the long; f32: the raw int bits; f64: the raw long bits. */
    public final long bits;
    /** funcref/externref: the reference, null for ref.null; v128: its four little-endian words (an int[4]). */
    public final Object ref;

    private Value(byte type, long bits, Object ref) {
        this.type = type;
        this.bits = bits;
        this.ref = ref;
    }

    public static Value i32(int v) {
        return new Value(ValType.I32, v, null);
    }

    public static Value i64(long v) {
        return new Value(ValType.I64, v, null);
    }

    public static Value f32Bits(int bits) {
        return new Value(ValType.F32, bits, null);
    }

    public static Value f64Bits(long bits) {
        return new Value(ValType.F64, bits, null);
    }

    public static Value ref(byte refType, Object ref) {
        return new Value(refType, 0, ref);
    }

    /** A v128 from its four little-endian 32-bit words (copied). */
    public static Value v128(int[] words) {
        return new Value(ValType.V128, 0, new int[] {words[0], words[1], words[2], words[3]});
    }

    /** The four little-endian 32-bit words of a v128 (a copy). */
    public int[] v128Words() {
        int[] w = (int[]) ref;
        return new int[] {w[0], w[1], w[2], w[3]};
    }

    public int asI32() {
        return (int) bits;
    }

    public long asI64() {
        return bits;
    }

    public int f32Bits() {
        return (int) bits;
    }

    public long f64Bits() {
        return bits;
    }

    @Override
    public String toString() {
        switch (type) {
            case ValType.I32:
                return "i32:" + (int) bits;
            case ValType.I64:
                return "i64:" + bits;
            case ValType.F32:
                return "f32:" + Float.intBitsToFloat((int) bits) + " (0x" + Integer.toHexString((int) bits) + ")";
            case ValType.F64:
                return "f64:" + Double.longBitsToDouble(bits) + " (0x" + Long.toHexString(bits) + ")";
            case ValType.V128: {
                int[] w = (int[]) ref;
                return "v128:0x" + hex8(w[3]) + hex8(w[2]) + hex8(w[1]) + hex8(w[0]);
            }
            default:
                return ValType.name(type) + ":" + ref;
        }
    }

    private static String hex8(int w) {
        String h = Integer.toHexString(w);
        return "00000000".substring(h.length()) + h;
    }
}
