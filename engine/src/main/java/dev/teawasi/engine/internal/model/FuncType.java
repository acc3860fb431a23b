package dev.teawasi.engine.internal.model;

/**
 * A function signature: parameter and result types, as storage kinds ({@link #param}) and precise types
 * ({@link #preciseParam}; see {@link ValType}). Two signatures are equal when their canonical ids are: the same
 * structure in the same place of equivalent recursion groups (iso-recursive equivalence, see
 * {@link CanonicalTypes}), across modules. Immutable once the decoder has canonicalised it.
 */
public final class FuncType {
    private final byte[] params;
    private final byte[] results;
    private final int[] preciseParams;
    private final int[] preciseResults;
    /** Declared with {@code (sub final ...)} or without {@code sub}: no subtypes allowed. */
    boolean isFinal = true;
    /** The declared supertype's index in its module, or -1; and the type itself once resolved. */
    int superIndex = -1;

    FuncType superType;
    /** The canonical id (see CanonicalTypes); 0 until computed. */
    int canonicalId;

    public FuncType(byte[] params, byte[] results) {
        this.params = params.clone();
        this.results = results.clone();
        this.preciseParams = ValType.widen(params);
        this.preciseResults = ValType.widen(results);
    }

    public FuncType(int[] preciseParams, int[] preciseResults) {
        this.preciseParams = preciseParams.clone();
        this.preciseResults = preciseResults.clone();
        this.params = ValType.storage(preciseParams);
        this.results = ValType.storage(preciseResults);
    }

    public int paramCount() {
        return params.length;
    }

    public int resultCount() {
        return results.length;
    }

    public byte param(int i) {
        return params[i];
    }

    public byte result(int i) {
        return results[i];
    }

    public int preciseParam(int i) {
        return preciseParams[i];
    }

    public int preciseResult(int i) {
        return preciseResults[i];
    }

    public byte[] params() {
        return params.clone();
    }

    public byte[] results() {
        return results.clone();
    }

    /** Does a parameter or result refer to a type index? */
    public boolean hasTypeReferences() {
        for (int t : preciseParams) {
            if (ValType.typeIndex(t) >= 0) {
                return true;
            }
        }
        for (int t : preciseResults) {
            if (ValType.typeIndex(t) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Does a parameter or result have a precise type other than its storage kind (a typed reference)? */
    public boolean hasTypedReferences() {
        for (int i = 0; i < params.length; i++) {
            if (preciseParams[i] != params[i]) {
                return true;
            }
        }
        for (int i = 0; i < results.length; i++) {
            if (preciseResults[i] != results[i]) {
                return true;
            }
        }
        return false;
    }

    public boolean isFinal() {
        return isFinal;
    }

    /** The declared supertype's index in the module, or -1. */
    public int superIndex() {
        return superIndex;
    }

    /** The canonical id: equal ids are equivalent types, in any module. */
    public int canonicalId() {
        if (canonicalId == 0) {
            CanonicalTypes.canonicalizeAlone(this);
        }
        return canonicalId;
    }

    /** Is this type the other or, through declared supertypes, one of its subtypes? */
    public boolean isSubtypeOf(FuncType other) {
        for (FuncType t = this; t != null; t = t.superType) {
            if (t == other || t.canonicalId() == other.canonicalId()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof FuncType && ((FuncType) o).canonicalId() == canonicalId());
    }

    @Override
    public int hashCode() {
        return canonicalId();
    }

    /** The structure with type indices as numbers (the canonical key adds the recursion group). */
    String structure() {
        StringBuilder sb = new StringBuilder("(func");
        if (params.length > 0) {
            sb.append(" (param");
            for (int p : preciseParams) {
                sb.append(' ').append(ValType.name(p));
            }
            sb.append(')');
        }
        if (results.length > 0) {
            sb.append(" (result");
            for (int r : preciseResults) {
                sb.append(' ').append(ValType.name(r));
            }
            sb.append(')');
        }
        return sb.append(')').toString();
    }

    @Override
    public String toString() {
        return structure();
    }
}
