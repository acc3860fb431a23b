package dev.teawasi.engine.internal.model;

/** A global's value type (storage kind and precise type, see {@link ValType}) and mutability. Immutable. */
public final class GlobalType {
    public final byte valType;
    public final boolean mutable;
    /** The precise type; {@link #heap}: the FuncType it refers to (a typed function reference), or null. */
    public final int precise;

    public final FuncType heap;

    public GlobalType(byte valType, boolean mutable) {
        this(valType, null, mutable);
    }

    public GlobalType(int precise, FuncType heap, boolean mutable) {
        this.valType = ValType.storage(precise);
        this.precise = precise;
        this.heap = heap;
        this.mutable = mutable;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GlobalType)) {
            return false;
        }
        GlobalType g = (GlobalType) o;
        return g.mutable == mutable && Subtyping.equivalent(precise, heap, g.precise, g.heap);
    }

    @Override
    public int hashCode() {
        return valType * 2 + (mutable ? 1 : 0);
    }

    @Override
    public String toString() {
        return mutable ? "(mut " + ValType.name(precise) + ")" : ValType.name(precise);
    }
}
