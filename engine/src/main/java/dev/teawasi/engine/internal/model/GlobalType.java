package dev.teawasi.engine.internal.model;

/** A global's value type and mutability. Immutable. */
public final class GlobalType {
    public final byte valType;
    public final boolean mutable;

    public GlobalType(byte valType, boolean mutable) {
        this.valType = valType;
        this.mutable = mutable;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalType && ((GlobalType) o).valType == valType && ((GlobalType) o).mutable == mutable;
    }

    @Override
    public int hashCode() {
        return valType * 2 + (mutable ? 1 : 0);
    }

    @Override
    public String toString() {
        return mutable ? "(mut " + ValType.name(valType) + ")" : ValType.name(valType);
    }
}
