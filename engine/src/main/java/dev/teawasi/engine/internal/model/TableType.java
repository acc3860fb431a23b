package dev.teawasi.engine.internal.model;

/** A table's element type ({@link ValType#FUNCREF} or {@link ValType#EXTERNREF}) and limits. Immutable. */
public final class TableType {
    public final byte elemType;
    public final Limits limits;

    public TableType(byte elemType, Limits limits) {
        this.elemType = elemType;
        this.limits = limits;
    }

    @Override
    public String toString() {
        return "(table " + limits + " " + ValType.name(elemType) + ")";
    }
}
