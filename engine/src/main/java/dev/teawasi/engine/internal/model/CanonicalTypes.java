package dev.teawasi.engine.internal.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Canonical ids of function types, shared by all modules of the process, so that type equality across modules
 * (imports, call_indirect, exported tags) is one int compare. A recursion group's key is its text with references
 * inside the group as relative indices and references to earlier types as their canonical ids; a group's types get
 * consecutive ids. This is the iso-recursive type equivalence of Wasm 3.0. The table only grows (one entry per
 * distinct recursion group seen), like the type canonicalisation tables of other engines.
 */
public final class CanonicalTypes {
    private static final Object LOCK = new Object();
    private static final Map<String, Integer> GROUPS = new HashMap<>();
    private static int next = 1;

    private CanonicalTypes() {}

    /** Gives types[start..start+n) (one recursion group of a module) their ids and resolves declared supertypes. */
    public static void canonicalizeGroup(FuncType[] types, int start, int n) {
        StringBuilder key = new StringBuilder("rec ").append(n);
        for (int i = 0; i < n; i++) {
            FuncType t = types[start + i];
            key.append(t.isFinal ? " final" : " sub");
            if (t.superIndex >= 0) {
                key.append(" super ").append(reference(types, start, n, t.superIndex));
            }
            key.append(" (");
            for (int p = 0; p < t.paramCount(); p++) {
                key.append(' ').append(typeKey(types, start, n, t.preciseParam(p)));
            }
            key.append(" ->");
            for (int r = 0; r < t.resultCount(); r++) {
                key.append(' ').append(typeKey(types, start, n, t.preciseResult(r)));
            }
            key.append(')');
        }
        int first = intern(key.toString(), n);
        for (int i = 0; i < n; i++) {
            FuncType t = types[start + i];
            t.canonicalId = first + i;
            int s = t.superIndex;
            t.superType = s >= 0 && s < start + i ? types[s] : null;
        }
    }

    /** Records a decoded type's subtype declaration (before its group is canonicalised). */
    public static void declare(FuncType t, boolean isFinal, int superIndex) {
        t.isFinal = isFinal;
        t.superIndex = superIndex;
    }

    static void canonicalizeAlone(FuncType t) {
        canonicalizeGroup(new FuncType[] {t}, 0, 1);
    }

    private static String typeKey(FuncType[] types, int start, int n, int t) {
        int x = ValType.typeIndex(t);
        if (x < 0) {
            return ValType.name(t);
        }
        return (ValType.nullable(t) ? "(ref null " : "(ref ") + reference(types, start, n, x) + ")";
    }

    private static String reference(FuncType[] types, int start, int n, int index) {
        if (index >= start && index < start + n) {
            return "#" + (index - start);
        }
        if (index >= 0 && index < start) {
            return "@" + types[index].canonicalId();
        }
        return "?" + index; // out of range: the validator rejects the module
    }

    private static int intern(String key, int n) {
        synchronized (LOCK) {
            Integer id = GROUPS.get(key);
            if (id == null) {
                id = next;
                next += n;
                GROUPS.put(key, id);
            }
            return id;
        }
    }
}
