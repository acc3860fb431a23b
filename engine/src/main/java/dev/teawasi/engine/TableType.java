package dev.teawasi.engine;

/**
 * A table's element type, limits in elements and index type: i32 ({@link #of}) or i64 ({@link #of64}, the table64
 * part of Wasm 3.0's memory64). Immutable.
 */
public final class TableType extends ExternType {
    private final ValueType elementType;
    private final long minimum;
    private final long maximum;
    private final boolean is64;

    private TableType(ValueType elementType, long minimum, long maximum, boolean is64) {
        this.elementType = elementType;
        this.minimum = minimum;
        this.maximum = maximum;
        this.is64 = is64;
    }

    /** A table with i32 indices. @param maximum -1 for no maximum */
    public static TableType of(ValueType elementType, long minimum, long maximum) {
        return checked(elementType, minimum, maximum, 0xFFFFFFFFL, false);
    }

    /**
     * A table with i64 indices (table64). @param maximum -1 for no maximum (a declared maximum of 2^63 or more,
     * which no table can reach, reads as none too)
     */
    public static TableType of64(ValueType elementType, long minimum, long maximum) {
        return checked(elementType, minimum, maximum, Long.MAX_VALUE, true);
    }

    private static TableType checked(ValueType elementType, long minimum, long maximum, long most, boolean is64) {
        if (elementType == null || !elementType.isReference()) {
            throw new IllegalArgumentException("a table holds funcref or externref, not " + elementType);
        }
        if (minimum < 0 || minimum > most || maximum < -1 || maximum > most || (maximum >= 0 && maximum < minimum)) {
            throw new IllegalArgumentException(
                    "invalid " + (is64 ? "64-bit " : "") + "table limits: " + minimum + " " + maximum);
        }
        return new TableType(elementType, minimum, maximum, is64);
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

    /** i64 indices (a table64 table). */
    public boolean is64() {
        return is64;
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
                && ((TableType) o).maximum == maximum
                && ((TableType) o).is64 == is64;
    }

    @Override
    public int hashCode() {
        return ((elementType.hashCode() * 31 + Long.hashCode(minimum)) * 31 + Long.hashCode(maximum)) * 2
                + (is64 ? 1 : 0);
    }

    @Override
    public String toString() {
        return "(table " + (is64 ? "i64 " : "") + minimum + (maximum >= 0 ? " " + maximum : "") + " " + elementType
                + ")";
    }
}
