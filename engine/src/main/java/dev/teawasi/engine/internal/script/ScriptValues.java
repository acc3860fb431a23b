package dev.teawasi.engine.internal.script;

import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.store.FunctionRef;
import dev.teawasi.engine.internal.store.Value;
import java.util.Map;

/**
 * Script values in wast2json's form ({"type": "i32", "value": "4294967295"}): integers and float bit patterns as
 * unsigned decimal text, "nan:canonical"/"nan:arithmetic" patterns, and "null" or a number for references.
 */
public final class ScriptValues {
    /** Thrown for values this runner does not handle (v128): the command is counted as skipped. */
    public static final class Unsupported extends RuntimeException {
        public Unsupported(String message) {
            super(message);
        }
    }

    private ScriptValues() {}

    /** An argument value. */
    public static Value argument(Map<String, Object> json) {
        String type = field(json, "type");
        if (type.equals("v128")) {
            return Value.v128(v128Words(json));
        }
        String value = field(json, "value");
        switch (type) {
            case "i32":
                return Value.i32((int) parseUnsigned(value));
            case "i64":
                return Value.i64(parseUnsigned(value));
            case "f32":
                return Value.f32Bits((int) parseUnsigned(value));
            case "f64":
                return Value.f64Bits(parseUnsigned(value));
            case "funcref":
                if (value.equals("null")) {
                    return Value.ref(ValType.FUNCREF, null);
                }
                throw new ScriptException("a funcref argument other than null cannot be written in a script");
            case "externref":
                return Value.ref(ValType.EXTERNREF, value.equals("null") ? null : new HostRef(parseUnsigned(value)));
            default:
                if (refFamily(type) != 0 && value.equals("null")) {
                    return Value.ref(refFamily(type), null);
                }
                throw new Unsupported("value type " + type);
        }
    }

    /**
     * The storage kind of a reference type name of the script format (anyref, nullref, nullfuncref, exnref, ...);
     * -1 for "refnull" (a null of any type); 0 for a name that is not a reference type.
     */
    static byte refFamily(String type) {
        switch (type) {
            case "funcref":
            case "nullfuncref":
                return ValType.FUNCREF;
            case "externref":
            case "nullexternref":
                return ValType.EXTERNREF;
            case "exnref":
            case "nullexnref":
                return ValType.EXNREF;
            case "anyref":
            case "eqref":
            case "nullref":
                return ValType.ANYREF;
            case "refnull":
                return -1;
            default:
                return 0;
        }
    }

    /** Checks one result against one expected value; returns null when it matches, else why not. */
    public static String mismatch(Map<String, Object> expected, Value actual) {
        String type = field(expected, "type");
        if (actual == null) {
            return "expected " + describeExpected(expected) + ", got no value";
        }
        if (type.equals("v128")) {
            return actual.type == ValType.V128 && v128Matches(expected, actual.v128Words())
                    ? null
                    : "expected " + describeExpected(expected) + ", got " + actual;
        }
        if (actual == null) {
            return "expected " + describeExpected(expected) + ", got no value";
        }
        byte family = refFamily(type);
        if (family != 0 && !type.equals("funcref") && !type.equals("externref")) {
            // typed references: the value's hierarchy, then null (null* types, refnull, "null") or not null
            boolean sameFamily = ValType.isRef(actual.type) && (family == -1 || actual.type == family);
            boolean wantsNull = type.startsWith("null") || family == -1 || "null".equals(expected.get("value"));
            return sameFamily && (actual.ref == null) == wantsNull
                    ? null
                    : "expected " + describeExpected(expected) + ", got " + actual;
        }
        byte want = typeByte(type);
        if (actual.type != want) {
            return "expected " + describeExpected(expected) + ", got " + actual;
        }
        if (type.equals("funcref") && !expected.containsKey("value")) {
            // wast2json3 writes (ref.func) -- "any non-null function reference" -- without a value
            return actual.ref instanceof FunctionRef
                    ? null
                    : "expected " + describeExpected(expected) + ", got " + actual;
        }
        String value = field(expected, "value");
        boolean ok;
        switch (type) {
            case "i32":
                ok = actual.asI32() == (int) parseUnsigned(value);
                break;
            case "i64":
                ok = actual.asI64() == parseUnsigned(value);
                break;
            case "f32": {
                int bits = actual.f32Bits();
                if (value.equals("nan:canonical")) {
                    ok = (bits & 0x7fffffff) == 0x7fc00000;
                } else if (value.equals("nan:arithmetic")) {
                    ok = (bits & 0x7fc00000) == 0x7fc00000;
                } else {
                    ok = bits == (int) parseUnsigned(value);
                }
                break;
            }
            case "f64": {
                long bits = actual.f64Bits();
                if (value.equals("nan:canonical")) {
                    ok = (bits & 0x7fffffffffffffffL) == 0x7ff8000000000000L;
                } else if (value.equals("nan:arithmetic")) {
                    ok = (bits & 0x7ff8000000000000L) == 0x7ff8000000000000L;
                } else {
                    ok = bits == parseUnsigned(value);
                }
                break;
            }
            case "funcref":
                // wast2json writes (ref.func) -- "any non-null function reference" -- as a number it made up.
                ok = value.equals("null") ? actual.ref == null : actual.ref instanceof FunctionRef;
                break;
            default: // externref
                ok = value.equals("null") ? actual.ref == null : new HostRef(parseUnsigned(value)).equals(actual.ref);
                break;
        }
        return ok ? null : "expected " + describeExpected(expected) + ", got " + actual;
    }

    /** The lanes of a wast2json v128 ({"lane_type": "i16", "value": [8 unsigned decimals]}) as 4 words. */
    static int[] v128Words(Map<String, Object> json) {
        String laneType = field(json, "lane_type");
        java.util.List<?> lanes =
                json.get("value") instanceof java.util.List ? (java.util.List<?>) json.get("value") : null;
        int bits = laneBits(laneType);
        if (lanes == null || lanes.size() != 128 / bits) {
            throw new ScriptException("a v128 with lane type " + laneType + " needs " + (128 / bits) + " lanes");
        }
        int[] w = new int[4];
        for (int i = 0; i < lanes.size(); i++) {
            String lane = String.valueOf(lanes.get(i));
            long v = lane.startsWith("nan:") ? (bits == 32 ? 0x7FC00000L : 0x7FF8000000000000L) : parseUnsigned(lane);
            putLane(w, bits, i, v);
        }
        return w;
    }

    private static int laneBits(String laneType) {
        switch (laneType) {
            case "i8":
                return 8;
            case "i16":
                return 16;
            case "i32":
            case "f32":
                return 32;
            case "i64":
            case "f64":
                return 64;
            default:
                throw new ScriptException("bad v128 lane type " + laneType);
        }
    }

    private static void putLane(int[] w, int bits, int i, long v) {
        int bit = i * bits;
        if (bits == 64) {
            w[bit >> 5] = (int) v;
            w[(bit >> 5) + 1] = (int) (v >>> 32);
            return;
        }
        int mask = bits == 32 ? -1 : (1 << bits) - 1;
        int sh = bit & 31;
        w[bit >> 5] = (w[bit >> 5] & ~(mask << sh)) | (((int) v & mask) << sh);
    }

    private static long lane(int[] w, int bits, int i) {
        int bit = i * bits;
        if (bits == 64) {
            return (w[bit >> 5] & 0xFFFFFFFFL) | ((long) w[(bit >> 5) + 1] << 32);
        }
        int mask = bits == 32 ? -1 : (1 << bits) - 1;
        return (w[bit >> 5] >>> (bit & 31)) & mask & 0xFFFFFFFFL;
    }

    /** Lane by lane; float lanes may be NaN patterns. */
    private static boolean v128Matches(Map<String, Object> expected, int[] actual) {
        String laneType = field(expected, "lane_type");
        int bits = laneBits(laneType);
        java.util.List<?> lanes = (java.util.List<?>) expected.get("value");
        if (lanes == null || lanes.size() != 128 / bits) {
            throw new ScriptException("a v128 with lane type " + laneType + " needs " + (128 / bits) + " lanes");
        }
        for (int i = 0; i < lanes.size(); i++) {
            String want = String.valueOf(lanes.get(i));
            long got = lane(actual, bits, i);
            boolean ok;
            if (want.equals("nan:canonical")) {
                ok = bits == 32
                        ? (got & 0x7FFFFFFFL) == 0x7FC00000L
                        : (got & 0x7FFFFFFFFFFFFFFFL) == 0x7FF8000000000000L;
            } else if (want.equals("nan:arithmetic")) {
                ok = bits == 32
                        ? (got & 0x7FC00000L) == 0x7FC00000L
                        : (got & 0x7FF8000000000000L) == 0x7FF8000000000000L;
            } else {
                long mask = bits == 64 ? -1L : (1L << bits) - 1;
                ok = (parseUnsigned(want) & mask) == (got & mask);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static byte typeByte(String type) {
        switch (type) {
            case "i32":
                return ValType.I32;
            case "i64":
                return ValType.I64;
            case "f32":
                return ValType.F32;
            case "f64":
                return ValType.F64;
            case "funcref":
                return ValType.FUNCREF;
            case "externref":
                return ValType.EXTERNREF;
            default:
                throw new Unsupported("value type " + type);
        }
    }

    /** The expected value as a reader would write it, e.g. "i32:-1", "f32:nan:canonical", "externref:null". */
    public static String describeExpected(Map<String, Object> expected) {
        String type = field(expected, "type");
        if (type.equals("v128")) {
            return "v128:" + expected.get("lane_type") + " " + expected.get("value");
        }
        if (!expected.containsKey("value")) {
            return type + " (not null)";
        }
        String value = field(expected, "value");
        if (value.startsWith("nan:") || value.equals("null")) {
            return type + ":" + value;
        }
        switch (type) {
            case "i32":
                return Value.i32((int) parseUnsigned(value)).toString();
            case "i64":
                return Value.i64(parseUnsigned(value)).toString();
            case "f32":
                return Value.f32Bits((int) parseUnsigned(value)).toString();
            case "f64":
                return Value.f64Bits(parseUnsigned(value)).toString();
            case "funcref":
                return "funcref:non-null";
            default:
                return type + ":" + value;
        }
    }

    /**
     * Parses unsigned decimal text up to 2^64-1 into its 64-bit pattern (wrapping arithmetic gives exactly the two's
     * complement bits); a leading '-' is accepted too. Written by hand: TeaVM has no Long.parseUnsignedLong.
     */
    public static long parseUnsigned(String text) {
        int i = 0;
        boolean negative = false;
        if (text.startsWith("-")) {
            negative = true;
            i = 1;
        }
        if (i >= text.length() || text.length() - i > 20) {
            throw new ScriptException("bad number '" + text + "'");
        }
        long v = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new ScriptException("bad number '" + text + "'");
            }
            v = v * 10 + (c - '0');
        }
        return negative ? -v : v;
    }

    static String field(Map<String, Object> json, String name) {
        Object v = json.get(name);
        if (!(v instanceof String)) {
            throw new ScriptException("missing field '" + name + "'");
        }
        return (String) v;
    }
}
