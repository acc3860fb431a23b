package dev.teawasi.engine.internal.model;

/**
 * A constant expression: usually one instruction followed by {@code end}, whose opcode is the kind; or, with
 * extended constant expressions (Wasm 3.0), a {@link #SEQUENCE} of constant instructions and i32/i64
 * add/sub/mul. Numbers are kept as raw bits (f32 in the low 32 bits) so NaN payloads survive. Immutable.
 */
public final class ConstExpr {
    public static final int I32_CONST = 0x41;
    public static final int I64_CONST = 0x42;
    public static final int F32_CONST = 0x43;
    public static final int F64_CONST = 0x44;
    public static final int GLOBAL_GET = 0x23;
    public static final int REF_NULL = 0xD0;
    public static final int REF_FUNC = 0xD2;
    public static final int V128_CONST = 0xFD00C;
    /** Several instructions: {@link #ops} (wasm opcodes) with {@link #args} (value bits or index of each). */
    public static final int SEQUENCE = 0x10000000;
    /** Not a valid constant expression: it contains a non-constant instruction. Rejected by the validator. */
    public static final int INVALID_NOT_CONSTANT = -1;
    /** Not a valid constant expression: it does not consist of exactly one instruction. Rejected by the validator. */
    public static final int INVALID_ARITY = -2;

    /** The instruction's opcode, one of the constants above. */
    public final int kind;
    /** i32 (sign-extended) / i64 value, f32 bits (low 32) or f64 bits; 0 otherwise. */
    public final long bits;
    /** The global index (GLOBAL_GET) or function index (REF_FUNC); -1 otherwise. */
    public final int index;
    /** The reference type of REF_NULL; 0 otherwise. */
    public final byte refType;
    /** Where the expression starts in the module's bytes (for error messages), or -1. */
    public final int offset;
    /** V128_CONST: the four little-endian words; null otherwise. */
    public final int[] v128;
    /** SEQUENCE: the instructions' opcodes and their immediates (bits, index or reference type); null otherwise. */
    public final int[] ops;

    public final long[] args;

    private ConstExpr(int kind, long bits, int index, byte refType, int offset) {
        this(kind, bits, index, refType, offset, null);
    }

    private ConstExpr(int kind, long bits, int index, byte refType, int offset, int[] v128) {
        this(kind, bits, index, refType, offset, v128, null, null);
    }

    private ConstExpr(int kind, long bits, int index, byte refType, int offset, int[] v128, int[] ops, long[] args) {
        this.ops = ops;
        this.args = args;
        this.v128 = v128;
        this.kind = kind;
        this.bits = bits;
        this.index = index;
        this.refType = refType;
        this.offset = offset;
    }

    private ConstExpr(int kind, long bits, int index, byte refType) {
        this(kind, bits, index, refType, -1);
    }

    /** The same expression, remembering where it was found in the module. */
    public ConstExpr at(int offset) {
        return new ConstExpr(kind, bits, index, refType, offset, v128, ops, args);
    }

    /** An extended constant expression of several instructions (checked by the validator). */
    public static ConstExpr sequence(int[] ops, long[] args) {
        return new ConstExpr(SEQUENCE, 0, -1, (byte) 0, -1, null, ops, args);
    }

    /** An expression the validator must reject, of kind INVALID_NOT_CONSTANT or INVALID_ARITY. */
    public static ConstExpr invalid(int kind, int offset) {
        return new ConstExpr(kind, 0, -1, (byte) 0, offset);
    }

    public static ConstExpr i32(int value) {
        return new ConstExpr(I32_CONST, value, -1, (byte) 0);
    }

    public static ConstExpr i64(long value) {
        return new ConstExpr(I64_CONST, value, -1, (byte) 0);
    }

    public static ConstExpr f32Bits(int bits) {
        return new ConstExpr(F32_CONST, bits & 0xFFFFFFFFL, -1, (byte) 0);
    }

    public static ConstExpr f64Bits(long bits) {
        return new ConstExpr(F64_CONST, bits, -1, (byte) 0);
    }

    public static ConstExpr v128(int[] words) {
        return new ConstExpr(V128_CONST, 0, -1, (byte) 0, -1, new int[] {words[0], words[1], words[2], words[3]});
    }

    public static ConstExpr globalGet(int globalIndex) {
        return new ConstExpr(GLOBAL_GET, 0, globalIndex, (byte) 0);
    }

    /** ref.null of a precise nullable reference type (see ValType#ref); {@link #refType} is its storage kind. */
    public static ConstExpr refNull(int precise) {
        return new ConstExpr(REF_NULL, precise, -1, ValType.storage(precise));
    }

    /** REF_NULL: the precise type; otherwise the storage kind of {@link #valType}. */
    public int preciseRefNull() {
        return kind == REF_NULL ? (int) bits : refType;
    }

    public static ConstExpr refFunc(int funcIndex) {
        return new ConstExpr(REF_FUNC, 0, funcIndex, (byte) 0);
    }

    /** The value type this (validated) expression produces; for GLOBAL_GET the global's type; 0 if invalid. */
    public byte valType(Module module) {
        switch (kind) {
            case I32_CONST:
                return ValType.I32;
            case I64_CONST:
                return ValType.I64;
            case F32_CONST:
                return ValType.F32;
            case F64_CONST:
                return ValType.F64;
            case V128_CONST:
                return ValType.V128;
            case REF_NULL:
                return refType;
            case REF_FUNC:
                return ValType.FUNCREF;
            case GLOBAL_GET:
                return module.globals[index].valType;
            default:
                return 0;
        }
    }

    @Override
    public String toString() {
        switch (kind) {
            case I32_CONST:
                return "(i32.const " + (int) bits + ")";
            case I64_CONST:
                return "(i64.const " + bits + ")";
            case F32_CONST:
                return "(f32.const bits 0x" + Long.toHexString(bits) + ")";
            case F64_CONST:
                return "(f64.const bits 0x" + Long.toHexString(bits) + ")";
            case GLOBAL_GET:
                return "(global.get " + index + ")";
            case V128_CONST:
                return "(v128.const)";
            case SEQUENCE:
                return "(" + ops.length + " instructions)";
            case REF_NULL:
                return "(ref.null " + ValType.name(refType) + ")";
            case REF_FUNC:
                return "(ref.func " + index + ")";
            default:
                return "(invalid constant expression)";
        }
    }
}
