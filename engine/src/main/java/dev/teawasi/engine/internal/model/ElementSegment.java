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
    /** The element type's storage kind ({@link ValType#FUNCREF}, {@link ValType#EXTERNREF}, ...). */
    public final byte elemType;
    /** The precise element type (see ValType), and the FuncType it refers to or null. */
    public final int precise;

    public final FuncType heap;

    public final ConstExpr[] items;

    public ElementSegment(byte mode, int tableIndex, ConstExpr offset, int precise, FuncType heap, ConstExpr[] items) {
        this.mode = mode;
        this.tableIndex = tableIndex;
        this.offset = offset;
        this.elemType = ValType.storage(precise);
        this.precise = precise;
        this.heap = heap;
        this.items = items;
    }
}
