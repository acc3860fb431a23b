package dev.teawasi.engine.internal.store;

import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import java.util.Arrays;

/**
 * A table of references (funcref elements are {@link FunctionRef}s, externref elements any Object; null = ref.null).
 * A 64-bit table (table64) is the same object with i64 indices in its type.
 */
public final class Table {
    /** The embedding API's object for this one (created on first use, so one object per engine object). */
    public Object handle;
    /** Tables live in a Java array, like memories; 10 million elements is far beyond any real module. */
    public static final int JAVA_MAX_SIZE = 10_000_000;

    private final byte elemType;
    /** The precise element type (see ValType) and the FuncType it refers to; by default the storage kind's own. */
    private int precise;

    private FuncType heap;
    /** The declared maximum (u64 for a 64-bit table: compare unsigned), when hasMax. */
    private final long max;

    private final boolean hasMax;
    private final boolean address64;
    /** Elements this table may reach: the declared maximum, capped by the engine's limit. */
    private final int limit;

    private final AllocationBudget budget;
    private Object[] elements;

    /** @param max -1 for no declared maximum */
    public Table(byte elemType, int min, int max) {
        this(elemType, min, max, JAVA_MAX_SIZE, AllocationBudget.unlimited());
    }

    /**
     * @param max -1 for no declared maximum
     * @param limitSize the most elements the engine allows this table (table.grow beyond it returns -1)
     * @param budget charged with min (the caller checked it) and with every growth
     */
    public Table(byte elemType, int min, int max, int limitSize, AllocationBudget budget) {
        this(elemType, min, max, max >= 0, false, limitSize, budget);
    }

    /**
     * @param max the declared maximum (unsigned; u64 for a 64-bit table), when hasMax
     * @param address64 i64 indices (table64)
     */
    public Table(
            byte elemType,
            int min,
            long max,
            boolean hasMax,
            boolean address64,
            int limitSize,
            AllocationBudget budget) {
        if (min < 0 || min > JAVA_MAX_SIZE) {
            throw new IllegalArgumentException("table of " + (min & 0xFFFFFFFFL) + " elements is too large");
        }
        int l = Math.min(limitSize, JAVA_MAX_SIZE);
        if (hasMax && Long.compareUnsigned(max, l) < 0) {
            l = (int) max;
        }
        this.elemType = elemType;
        this.precise = elemType;
        this.max = max;
        this.hasMax = hasMax;
        this.address64 = address64;
        this.limit = Math.max(l, min);
        this.budget = budget;
        this.elements = new Object[min];
    }

    public byte elemType() {
        return elemType;
    }

    /** A table of a typed reference type (defined by a module), every element set to init. */
    public Table typed(int precise, FuncType heap, Object init) {
        this.precise = precise;
        this.heap = heap;
        if (init != null) {
            Arrays.fill(elements, init);
        }
        return this;
    }

    public int precise() {
        return precise;
    }

    public FuncType heap() {
        return heap;
    }

    /** May the table hold null (not for non-nullable element types)? */
    public boolean nullable() {
        return ValType.nullable(precise);
    }

    public int size() {
        return elements.length;
    }

    /** The declared maximum, or -1 when none was declared; one above 2^31-1 as 2^31-1. */
    public int max() {
        return !hasMax ? -1 : Long.compareUnsigned(max, Integer.MAX_VALUE) > 0 ? Integer.MAX_VALUE : (int) max;
    }

    /** The declared maximum, exact (unsigned: a 64-bit table's may be up to 2^64-1); meaningful when hasMax. */
    public long declaredMax() {
        return max;
    }

    public boolean hasMax() {
        return hasMax;
    }

    /** i64 indices (a table64 table). */
    public boolean address64() {
        return address64;
    }

    /** Throws TABLE_OUT_OF_BOUNDS for an index outside the table. */
    public Object get(int index) {
        if (index < 0 || index >= elements.length) {
            throw new Trap(TrapKind.TABLE_OUT_OF_BOUNDS, null, null);
        }
        return elements[index];
    }

    /** Throws TABLE_OUT_OF_BOUNDS for an index outside the table. */
    public void set(int index, Object ref) {
        if (index < 0 || index >= elements.length) {
            throw new Trap(TrapKind.TABLE_OUT_OF_BOUNDS, null, null);
        }
        elements[index] = ref;
    }

    /** Elements this table may reach (declared maximum and engine limits); grow beyond it returns -1. */
    public int limit() {
        return limit;
    }

    /** Returns the old size, or -1 when the maximum, the engine's limits or the host's memory forbid it. */
    public int grow(int delta, Object init) {
        int old = elements.length;
        if (delta < 0) {
            return -1;
        }
        if (delta > limit - old) {
            return -1;
        }
        if (delta > 0) {
            if (!budget.takeTableElements(delta)) {
                return -1;
            }
            Object[] grown;
            try {
                grown = new Object[old + delta];
            } catch (Throwable e) { // OutOfMemoryError on the JVM, a RangeError in the JS build: the spec's -1
                budget.returnTableElements(delta);
                return -1;
            }
            System.arraycopy(elements, 0, grown, 0, old);
            Arrays.fill(grown, old, old + delta, init);
            elements = grown;
        }
        return old;
    }

    /** The backing array (engine internal: replaced by grow). */
    public Object[] elements() {
        return elements;
    }

    /** Throws TABLE_OUT_OF_BOUNDS unless [offset, offset+length) (both unsigned) lies inside the table. */
    public void checkRange(int offset, int length) {
        if ((offset | length) < 0 || offset > elements.length - length) {
            throw new Trap(TrapKind.TABLE_OUT_OF_BOUNDS, null, null);
        }
    }
}
