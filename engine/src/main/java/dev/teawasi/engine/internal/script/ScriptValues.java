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

    private ScriptValues() {
    }

    /** An argument value. */
    public static Value argument(Map<String, Object> json) {
        String type = field(json, "type");
        String value = field(json, "value");
        switch (type) {
            case "i32": return Value.i32((int) parseUnsigned(value));
            case "i64": return Value.i64(parseUnsigned(value));
            case "f32": return Value.f32Bits((int) parseUnsigned(value));
            case "f64": return Value.f64Bits(parseUnsigned(value));
            case "funcref":
                if (value.equals("null")) {
                    return Value.ref(ValType.FUNCREF, null);
                }
                throw new ScriptException("a funcref argument other than null cannot be written in a script");
            case "externref":
                return Value.ref(ValType.EXTERNREF, value.equals("null") ? null : new HostRef(parseUnsigned(value)));
            default:
                throw new Unsupported("value type " + type);
        }
    }

    /** Checks one result against one expected value; returns null when it matches, else why not. */
    public static String mismatch(Map<String, Object> expected, Value actual) {
        String type = field(expected, "type");
        if (type.equals("v128")) {
            throw new Unsupported("value type v128");
        }
        if (actual == null) {
            return "expected " + describeExpected(expected) + ", got no value";
        }
        byte want = typeByte(type);
        if (actual.type != want) {
            return "expected " + describeExpected(expected) + ", got " + actual;
        }
        String value = field(expected, "value");
        boolean ok;
        switch (type) {
            case "i32": ok = actual.asI32() == (int) parseUnsigned(value); break;
            case "i64": ok = actual.asI64() == parseUnsigned(value); break;
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

    static byte typeByte(String type) {
        switch (type) {
            case "i32": return ValType.I32;
            case "i64": return ValType.I64;
            case "f32": return ValType.F32;
            case "f64": return ValType.F64;
            case "funcref": return ValType.FUNCREF;
            case "externref": return ValType.EXTERNREF;
            default: throw new Unsupported("value type " + type);
        }
    }

    /** The expected value as a reader would write it, e.g. "i32:-1", "f32:nan:canonical", "externref:null". */
    public static String describeExpected(Map<String, Object> expected) {
        String type = field(expected, "type");
        String value = field(expected, "value");
        if (value.startsWith("nan:") || value.equals("null")) {
            return type + ":" + value;
        }
        switch (type) {
            case "i32": return Value.i32((int) parseUnsigned(value)).toString();
            case "i64": return Value.i64(parseUnsigned(value)).toString();
            case "f32": return Value.f32Bits((int) parseUnsigned(value)).toString();
            case "f64": return Value.f64Bits(parseUnsigned(value)).toString();
            case "funcref": return "funcref:non-null";
            default: return type + ":" + value;
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
