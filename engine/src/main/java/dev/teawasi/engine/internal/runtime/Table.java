package dev.teawasi.engine.internal.runtime;

import java.util.Arrays;

/** A table of references (funcref elements are {@link FunctionRef}s, externref elements any Object; null = ref.null). */
public final class Table {
    /** Tables live in a Java array, like memories; 10 million elements is far beyond any real module. */
    public static final int JAVA_MAX_SIZE = 10_000_000;

    private final byte elemType;
    private final int max;
    private Object[] elements;

    /** @param max -1 for no declared maximum */
    public Table(byte elemType, int min, int max) {
        if (min < 0 || min > JAVA_MAX_SIZE) {
            throw new IllegalArgumentException("table of " + (min & 0xFFFFFFFFL) + " elements is too large");
        }
        this.elemType = elemType;
        this.max = max;
        this.elements = new Object[min];
    }

    public byte elemType() {
        return elemType;
    }

    public int size() {
        return elements.length;
    }

    public int max() {
        return max;
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

    /** Returns the old size, or -1. */
    public int grow(int delta, Object init) {
        int old = elements.length;
        if (delta < 0) {
            return -1;
        }
        int limit = max >= 0 && max < JAVA_MAX_SIZE ? max : JAVA_MAX_SIZE;
        if (delta > limit - old) {
            return -1;
        }
        if (delta > 0) {
            Object[] grown = Arrays.copyOf(elements, old + delta);
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
