package dev.teawasi.engine;

import dev.teawasi.engine.internal.model.FuncType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A function signature: parameter and result types. Immutable. */
public final class FunctionType extends ExternType {
    private final List<ValueType> params;
    private final List<ValueType> results;
    final FuncType internal;

    private FunctionType(List<ValueType> params, List<ValueType> results) {
        this.params = Collections.unmodifiableList(new ArrayList<>(params));
        this.results = Collections.unmodifiableList(new ArrayList<>(results));
        byte[] p = new byte[params.size()];
        byte[] r = new byte[results.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = params.get(i).code;
        }
        for (int i = 0; i < r.length; i++) {
            r[i] = results.get(i).code;
        }
        this.internal = new FuncType(p, r);
    }

    /** A signature from parameter and result lists. */
    public static FunctionType of(List<ValueType> params, List<ValueType> results) {
        for (ValueType t : params) {
            if (t == null) {
                throw new IllegalArgumentException("null parameter type");
            }
        }
        for (ValueType t : results) {
            if (t == null) {
                throw new IllegalArgumentException("null result type");
            }
        }
        return new FunctionType(params, results);
    }

    /** A signature from parameter and result arrays. */
    public static FunctionType of(ValueType[] params, ValueType[] results) {
        return of(Arrays.asList(params), Arrays.asList(results));
    }

    static FunctionType of(FuncType t) {
        List<ValueType> p = new ArrayList<>();
        List<ValueType> r = new ArrayList<>();
        for (int i = 0; i < t.paramCount(); i++) {
            p.add(ValueType.of(t.param(i)));
        }
        for (int i = 0; i < t.resultCount(); i++) {
            r.add(ValueType.of(t.result(i)));
        }
        return new FunctionType(p, r);
    }

    public List<ValueType> params() {
        return params;
    }

    public List<ValueType> results() {
        return results;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.FUNCTION;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionType
                && ((FunctionType) o).params.equals(params)
                && ((FunctionType) o).results.equals(results);
    }

    @Override
    public int hashCode() {
        return params.hashCode() * 31 + results.hashCode();
    }

    /** In the text format, e.g. "(func (param i32 i32) (result i32))". */
    @Override
    public String toString() {
        return internal.toString();
    }
}
