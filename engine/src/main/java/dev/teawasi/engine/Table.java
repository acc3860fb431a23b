package dev.teawasi.engine;

/**
 * A table of references: {@link Function}s (or null) for funcref tables, any objects (or null) for externref
 * tables. An index outside the table throws a {@link Trap} of kind TABLE_OUT_OF_BOUNDS.
 */
public final class Table extends Extern {
    final dev.teawasi.engine.internal.store.Table table;

    private Table(dev.teawasi.engine.internal.store.Table table) {
        this.table = table;
    }

    static Table wrap(dev.teawasi.engine.internal.store.Table t) {
        if (t.handle == null) {
            t.handle = new Table(t);
        }
        return (Table) t.handle;
    }

    /** A new table of type.minimum() elements, each set to init (a Function or null for funcref). */
    public static Table create(TableType type, Object init) {
        if (type.minimum() > dev.teawasi.engine.internal.store.Table.JAVA_MAX_SIZE) {
            throw new IllegalArgumentException(
                    "table of " + type.minimum() + " elements is larger than this engine's limit of "
                            + dev.teawasi.engine.internal.store.Table.JAVA_MAX_SIZE);
        }
        dev.teawasi.engine.internal.store.Table t = new dev.teawasi.engine.internal.store.Table(
                type.elementType().code,
                (int) type.minimum(),
                type.maximum(),
                type.maximum() >= 0,
                type.is64(),
                dev.teawasi.engine.internal.store.Table.JAVA_MAX_SIZE,
                dev.teawasi.engine.internal.store.AllocationBudget.unlimited());
        Table table = wrap(t);
        Object in = table.toInternal(init);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, in);
        }
        return table;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.TABLE;
    }

    /** The current size as minimum, the declared maximum, and the element type. */
    @Override
    public TableType type() {
        if (!table.address64()) {
            return TableType.of(elementType(), table.size(), table.max());
        }
        long max = table.hasMax() && table.declaredMax() >= 0 ? table.declaredMax() : -1;
        return TableType.of64(elementType(), table.size(), max);
    }

    public ValueType elementType() {
        return ValueType.of(table.elemType());
    }

    public int size() {
        return table.size();
    }

    public Object get(int index) {
        Object o = at(index);
        return elementType() == ValueType.FUNCREF ? Function.wrap(o) : o;
    }

    public void set(int index, Object value) {
        Object in = toInternal(value);
        at(index);
        table.set(index, in);
    }

    private Object at(int index) {
        if (index < 0 || index >= table.size()) {
            throw new Trap(TrapKind.TABLE_OUT_OF_BOUNDS, "out of bounds table access");
        }
        return table.get(index);
    }

    /** Grows by delta elements set to init; returns the old size, or -1 when limits or host memory forbid it. */
    public int grow(int delta, Object init) {
        return table.grow(delta, toInternal(init));
    }

    /** The engine's element; a table of typed references refuses null and functions of another type. */
    private Object toInternal(Object value) {
        Object in = elementType() == ValueType.FUNCREF ? Function.unwrap(value) : value;
        String wrong = TypedReferences.mismatch(table.precise(), table.heap(), in);
        if (wrong != null) {
            throw new IllegalArgumentException("a table of " + wrong);
        }
        return in;
    }

    @Override
    public String toString() {
        return "table of " + size() + " " + elementType();
    }
}
