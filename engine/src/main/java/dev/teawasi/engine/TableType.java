package dev.teawasi.engine;

/** A table's element type and limits in elements. Immutable. */
public final class TableType extends ExternType {
    private final ValueType elementType;
    private final long minimum;
    private final long maximum;

    private TableType(ValueType elementType, long minimum, long maximum) {
        this.elementType = elementType;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /** @param maximum -1 for no maximum */
    public static TableType of(ValueType elementType, long minimum, long maximum) {
        if (elementType == null || !elementType.isReference()) {
            throw new IllegalArgumentException("a table holds funcref or externref, not " + elementType);
        }
        if (minimum < 0
                || minimum > 0xFFFFFFFFL
                || maximum < -1
                || maximum > 0xFFFFFFFFL
                || (maximum >= 0 && maximum < minimum)) {
            throw new IllegalArgumentException("invalid table limits: " + minimum + " " + maximum);
        }
        return new TableType(elementType, minimum, maximum);
    }

    public ValueType elementType() {
        return elementType;
    }

    public long minimum() {
        return minimum;
    }

    /** The maximum in elements, or -1 when there is none. */
    public long maximum() {
        return maximum;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.TABLE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableType
                && ((TableType) o).elementType == elementType
                && ((TableType) o).minimum == minimum
                && ((TableType) o).maximum == maximum;
    }

    @Override
    public int hashCode() {
        return (elementType.hashCode() * 31 + Long.hashCode(minimum)) * 31 + Long.hashCode(maximum);
    }

    @Override
    public String toString() {
        return "(table " + minimum + (maximum >= 0 ? " " + maximum : "") + " " + elementType + ")";
    }
}
