package dev.teawasi.engine.internal.model;

/**
 * Value types. A {@code byte} is a value's storage kind: its binary-format byte (numbers, v128, and the nullable
 * abstract references such as funcref). The precise type of typed function references (Wasm 3.0) is an {@code int}
 * (see {@link #ref}): the same number as the byte for every type that has a one-byte form, and {@link #REF} with a
 * heap type for the others (non-nullable references, and references to a type index). The validator works on the
 * precise types; the translator, the interpreter and the embedding API on the storage kind ({@link #storage}).
 */
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

    /** Abstract heap types (their shorthand nullable reference bytes); the GC ones hold only null here. */
    public static final byte ANYREF = 0x6E;

    public static final byte EQREF = 0x6D;
    public static final byte I31REF = 0x6C;
    public static final byte STRUCTREF = 0x6B;
    public static final byte ARRAYREF = 0x6A;
    public static final byte NULLREF = 0x71;
    public static final byte NULLFUNCREF = 0x73;
    public static final byte NULLEXTERNREF = 0x72;
    public static final byte NULLEXNREF = 0x74;

    /** A precise reference type without a one-byte form: REF | (NULLABLE) | heap type. */
    public static final int REF = 0x40000000;

    public static final int NULLABLE = 0x20000000;
    /** Heap type of a type index x: CONCRETE + x (abstract heap types are their byte, below 0x100). */
    public static final int CONCRETE = 0x100;

    private static final int HEAP_MASK = 0x1FFFFFFF;

    private ValType() {}

    public static boolean isRef(byte t) {
        return t == FUNCREF
                || t == EXTERNREF
                || t == EXNREF
                || (t >= ARRAYREF && t <= ANYREF)
                || (t >= NULLREF && t <= NULLEXNREF);
    }

    /** Is the byte an abstract heap type (after 0x63/0x64, or as ref.null's immediate)? */
    public static boolean isAbstractHeap(int b) {
        return b != V128 && isRef((byte) b) && b < 0x80;
    }

    /** The precise reference type of a heap type (abstract byte or CONCRETE + index), nullable or not. */
    public static int ref(int heap, boolean nullable) {
        if (nullable && heap < CONCRETE) {
            return heap; // the shorthand byte
        }
        return REF | (nullable ? NULLABLE : 0) | heap;
    }

    /** Is the precise type a reference type? */
    public static boolean isRefType(int t) {
        return (t & REF) != 0 || (t > 0 && t < 0x80 && isRef((byte) t));
    }

    public static boolean nullable(int t) {
        return (t & REF) == 0 || (t & NULLABLE) != 0;
    }

    /** The heap type of a precise reference type. */
    public static int heap(int t) {
        return (t & REF) == 0 ? t : t & HEAP_MASK & ~NULLABLE;
    }

    /** A concrete heap type's type index, or -1. */
    public static int typeIndex(int t) {
        int h = heap(t);
        return h >= CONCRETE ? h - CONCRETE : -1;
    }

    /** The same reference type, non-nullable. */
    public static int asNonNull(int t) {
        return REF | heap(t);
    }

    /** The top heap type of the hierarchy a heap type belongs to (func, extern, exn or any). */
    public static int top(int heap) {
        if (heap >= CONCRETE || heap == FUNCREF || heap == NULLFUNCREF) {
            return FUNCREF;
        }
        if (heap == EXTERNREF || heap == NULLEXTERNREF) {
            return EXTERNREF;
        }
        if (heap == EXNREF || heap == NULLEXNREF) {
            return EXNREF;
        }
        return ANYREF;
    }

    /**
     * The storage kind of a precise type: itself for numbers and v128; for a reference, the shorthand of the top
     * of its hierarchy (funcref, externref, exnref or anyref), so a value keeps one kind wherever it flows.
     */
    public static byte storage(int t) {
        if (!isRefType(t)) {
            return (byte) t;
        }
        return (byte) top(heap(t));
    }

    /** The storage kinds of precise types. */
    public static byte[] storage(int[] types) {
        byte[] out = new byte[types.length];
        for (int i = 0; i < types.length; i++) {
            out[i] = storage(types[i]);
        }
        return out;
    }

    /** Precise types of one-byte types. */
    public static int[] widen(byte[] types) {
        int[] out = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            out[i] = types[i];
        }
        return out;
    }

    /** Does the type have a default value (numbers and nullable references; not non-nullable references)? */
    public static boolean defaultable(int t) {
        return (t & REF) == 0 || (t & NULLABLE) != 0;
    }

    /** The text form of a precise type (type indices as numbers). */
    public static String name(int t) {
        if ((t & REF) == 0) {
            return name((byte) t);
        }
        int h = heap(t);
        String heapName = h >= CONCRETE ? Integer.toString(h - CONCRETE) : heapName(h);
        return (t & NULLABLE) != 0 ? "(ref null " + heapName + ")" : "(ref " + heapName + ")";
    }

    private static String heapName(int h) {
        String n = name((byte) h);
        return n.endsWith("ref")
                ? (n.startsWith("null") && n.length() > 7
                        ? "no" + n.substring(4, n.length() - 3)
                        : n.equals("nullref") ? "none" : n.substring(0, n.length() - 3))
                : n;
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
            case ANYREF:
                return "anyref";
            case EQREF:
                return "eqref";
            case I31REF:
                return "i31ref";
            case STRUCTREF:
                return "structref";
            case ARRAYREF:
                return "arrayref";
            case NULLREF:
                return "nullref";
            case NULLFUNCREF:
                return "nullfuncref";
            case NULLEXTERNREF:
                return "nullexternref";
            case NULLEXNREF:
                return "nullexnref";
            default:
                return "0x" + Integer.toHexString(t & 0xFF);
        }
    }
}
