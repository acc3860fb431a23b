package dev.teawasi.engine;

import dev.teawasi.engine.internal.model.ValType;

/** The type of a WebAssembly value. */
public enum ValueType {
    I32(ValType.I32, "i32"),
    I64(ValType.I64, "i64"),
    F32(ValType.F32, "f32"),
    F64(ValType.F64, "f64"),
    V128(ValType.V128, "v128"),
    FUNCREF(ValType.FUNCREF, "funcref"),
    EXTERNREF(ValType.EXTERNREF, "externref");

    final byte code;
    private final String text;

    ValueType(byte code, String text) {
        this.code = code;
        this.text = text;
    }

    /** funcref or externref. */
    public boolean isReference() {
        return this == FUNCREF || this == EXTERNREF;
    }

    /** The text-format name, e.g. "i32". */
    @Override
    public String toString() {
        return text;
    }

    static ValueType of(byte code) {
        for (ValueType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown value type 0x" + Integer.toHexString(code & 0xFF));
    }
}
