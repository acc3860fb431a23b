package dev.teawasi.engine.internal.model;

import java.util.Arrays;

/** A function signature: parameter and result value types (see {@link ValType}). Immutable. */
public final class FuncType {
    private final byte[] params;
    private final byte[] results;

    public FuncType(byte[] params, byte[] results) {
        this.params = params.clone();
        this.results = results.clone();
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

    public byte[] params() {
        return params.clone();
    }

    public byte[] results() {
        return results.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FuncType
                && Arrays.equals(params, ((FuncType) o).params)
                && Arrays.equals(results, ((FuncType) o).results);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(params) * 31 + Arrays.hashCode(results);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(func");
        if (params.length > 0) {
            sb.append(" (param");
            for (byte p : params) {
                sb.append(' ').append(ValType.name(p));
            }
            sb.append(')');
        }
        if (results.length > 0) {
            sb.append(" (result");
            for (byte r : results) {
                sb.append(' ').append(ValType.name(r));
            }
            sb.append(')');
        }
        return sb.append(')').toString();
    }
}
