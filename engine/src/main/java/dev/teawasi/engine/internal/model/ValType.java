package dev.teawasi.engine.internal.model;

/** Value types, as their binary-format bytes. V128 is reserved for the SIMD proposal. */
public final class ValType {
    public static final byte I32 = 0x7F;
    public static final byte I64 = 0x7E;
    public static final byte F32 = 0x7D;
    public static final byte F64 = 0x7C;
    public static final byte V128 = 0x7B;
    public static final byte FUNCREF = 0x70;
    public static final byte EXTERNREF = 0x6F;
    /** A caught exception (exception handling, Wasm 3.0). */
    public static final byte EXNREF = 0x69;

    private ValType() {}

    public static boolean isRef(byte t) {
        return t == FUNCREF || t == EXTERNREF || t == EXNREF;
    }

    public static String name(byte t) {
        switch (t) {
            case I32:
                return "i32";
            case I64:
                return "i64";
            case F32:
                return "f32";
            case F64:
                return "f64";
            case V128:
                return "v128";
            case FUNCREF:
                return "funcref";
            case EXTERNREF:
                return "externref";
            case EXNREF:
                return "exnref";
            default:
                return "0x" + Integer.toHexString(t & 0xFF);
        }
    }
}
