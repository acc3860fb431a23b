package dev.teawasi.engine.internal.model;

/**
 * A table's element type (storage kind {@link #elemType}; precise type and the FuncType it refers to, see
 * {@link ValType}), limits, and initialiser (Wasm 3.0; null: null references). Immutable.
 */
public final class TableType {
    public final byte elemType;
    public final Limits limits;
    public final int precise;
    public final FuncType heap;
    /** The constant expression every element starts as, or null. */
    public final ConstExpr init;

    public TableType(byte elemType, Limits limits) {
        this(elemType, null, limits, null);
    }

    public TableType(int precise, FuncType heap, Limits limits, ConstExpr init) {
        this.elemType = ValType.storage(precise);
        this.precise = precise;
        this.heap = heap;
        this.limits = limits;
        this.init = init;
    }

    @Override
    public String toString() {
        return "(table " + limits + " " + ValType.name(precise) + ")";
    }
}
