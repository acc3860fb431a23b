package dev.teawasi.engine;

/** A global's value type and mutability. Immutable. */
public final class GlobalType extends ExternType {
    private final ValueType valueType;
    private final boolean mutable;

    private GlobalType(ValueType valueType, boolean mutable) {
        this.valueType = valueType;
        this.mutable = mutable;
    }

    public static GlobalType of(ValueType valueType, boolean mutable) {
        if (valueType == null || valueType == ValueType.V128) {
            throw new IllegalArgumentException("a global cannot be of type " + valueType);
        }
        return new GlobalType(valueType, mutable);
    }

    public ValueType valueType() {
        return valueType;
    }

    public boolean mutable() {
        return mutable;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.GLOBAL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalType
                && ((GlobalType) o).valueType == valueType
                && ((GlobalType) o).mutable == mutable;
    }

    @Override
    public int hashCode() {
        return valueType.hashCode() * 2 + (mutable ? 1 : 0);
    }

    @Override
    public String toString() {
        return mutable ? "(mut " + valueType + ")" : valueType.toString();
    }
}
