package dev.teawasi.engine.internal.model;

/**
 * Subtyping of precise value types (see {@link ValType}): numbers match only themselves; a reference matches a
 * reference of the same hierarchy that is at least as nullable and whose heap type is a supertype. A type index
 * is resolved to its {@link FuncType} (given by the caller, so types of different modules compare).
 */
public final class Subtyping {
    private Subtyping() {}

    /** Is a (with concrete heap type ha, or null) a subtype of b (with hb)? */
    public static boolean isSubtype(int a, FuncType ha, int b, FuncType hb) {
        if (a == b && ha == hb) {
            return true;
        }
        if (!ValType.isRefType(a) || !ValType.isRefType(b)) {
            return a == b;
        }
        if (ValType.nullable(a) && !ValType.nullable(b)) {
            return false;
        }
        return isHeapSubtype(ValType.heap(a), ha, ValType.heap(b), hb);
    }

    /** Within one module: type indices resolve to its types (an index out of range matches only itself). */
    public static boolean isSubtype(int a, int b, FuncType[] types) {
        return isSubtype(a, resolve(a, types), b, resolve(b, types));
    }

    /** Are the two types equivalent (subtypes of each other)? */
    public static boolean equivalent(int a, FuncType ha, int b, FuncType hb) {
        return isSubtype(a, ha, b, hb) && isSubtype(b, hb, a, ha);
    }

    /** The FuncType a precise type refers to, or null. */
    public static FuncType resolve(int t, FuncType[] types) {
        int x = ValType.typeIndex(t);
        return x >= 0 && x < types.length ? types[x] : null;
    }

    private static boolean isHeapSubtype(int a, FuncType ha, int b, FuncType hb) {
        boolean ca = a >= ValType.CONCRETE;
        boolean cb = b >= ValType.CONCRETE;
        if (ca && cb) {
            if (ha == null || hb == null) {
                return a == b;
            }
            return ha.isSubtypeOf(hb);
        }
        if (ca) {
            return b == ValType.FUNCREF;
        }
        if (cb) {
            return a == ValType.NULLFUNCREF;
        }
        if (a == b) {
            return true;
        }
        switch (a) {
            case ValType.NULLFUNCREF:
                return b == ValType.FUNCREF;
            case ValType.NULLEXTERNREF:
                return b == ValType.EXTERNREF;
            case ValType.NULLEXNREF:
                return b == ValType.EXNREF;
            case ValType.NULLREF:
                return ValType.top(b) == ValType.ANYREF;
            case ValType.I31REF:
            case ValType.STRUCTREF:
            case ValType.ARRAYREF:
                return b == ValType.EQREF || b == ValType.ANYREF;
            case ValType.EQREF:
                return b == ValType.ANYREF;
            default:
                return false;
        }
    }
}
