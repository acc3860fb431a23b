package dev.teawasi.engine.internal.model;

/**
 * An element segment. Items are constant expressions in every encoding: a plain function index vector becomes
 * {@code ref.func} expressions. Active segments have a table index and an offset expression. Immutable.
 */
public final class ElementSegment {
    /** One of {@link SegmentMode}. */
    public final byte mode;
    /** Active: the table index; otherwise 0. */
    public final int tableIndex;
    /** Active: the offset (an i32 constant expression); otherwise null. */
    public final ConstExpr offset;
    /** {@link ValType#FUNCREF} or {@link ValType#EXTERNREF}. */
    public final byte elemType;

    public final ConstExpr[] items;

    public ElementSegment(byte mode, int tableIndex, ConstExpr offset, byte elemType, ConstExpr[] items) {
        this.mode = mode;
        this.tableIndex = tableIndex;
        this.offset = offset;
        this.elemType = elemType;
        this.items = items;
    }
}
