package dev.teawasi.engine;

import dev.teawasi.engine.internal.store.EngineConfig;

/**
 * Limits of one instance, read when it is instantiated. Defaults: memories up to 32767 pages (2 GiB, the Java
 * array limit), tables up to 10 million elements each and together, 20000 nested calls (host re-entry included),
 * unlimited fuel. Tables or memories a module declares beyond them are a {@link LinkError}; growth beyond them
 * returns -1, as the spec allows.
 */
public final class InstanceLimits {
    private int maxMemoryPages = dev.teawasi.engine.internal.store.Memory.JAVA_MAX_PAGES;
    private int maxTableSize = dev.teawasi.engine.internal.store.Table.JAVA_MAX_SIZE;
    private long maxTableElementsTotal = 10_000_000;
    private int maxCallDepth = 20000;
    private long fuel = -1;

    public int maxMemoryPages() {
        return maxMemoryPages;
    }

    /** The most pages each memory of the instance may have (1..32767). */
    public InstanceLimits maxMemoryPages(int pages) {
        if (pages < 0 || pages > dev.teawasi.engine.internal.store.Memory.JAVA_MAX_PAGES) {
            throw new IllegalArgumentException("maxMemoryPages must be 0.."
                    + dev.teawasi.engine.internal.store.Memory.JAVA_MAX_PAGES + ", got " + pages);
        }
        this.maxMemoryPages = pages;
        return this;
    }

    public int maxTableSize() {
        return maxTableSize;
    }

    /** The most elements each table of the instance may have. */
    public InstanceLimits maxTableSize(int elements) {
        if (elements < 0 || elements > dev.teawasi.engine.internal.store.Table.JAVA_MAX_SIZE) {
            throw new IllegalArgumentException("maxTableSize must be 0.."
                    + dev.teawasi.engine.internal.store.Table.JAVA_MAX_SIZE + ", got " + elements);
        }
        this.maxTableSize = elements;
        return this;
    }

    public long maxTableElementsTotal() {
        return maxTableElementsTotal;
    }

    /** The most elements all tables the instance defines may hold together. */
    public InstanceLimits maxTableElementsTotal(long elements) {
        if (elements < 0) {
            throw new IllegalArgumentException("maxTableElementsTotal must not be negative");
        }
        this.maxTableElementsTotal = elements;
        return this;
    }

    public int maxCallDepth() {
        return maxCallDepth;
    }

    /** The most nested wasm calls, counted across host functions that call back into wasm. */
    public InstanceLimits maxCallDepth(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("maxCallDepth must be at least 1, got " + depth);
        }
        this.maxCallDepth = depth;
        return this;
    }

    /** The instance's fuel, -1 for unlimited. */
    public long fuel() {
        return fuel;
    }

    /**
     * Fuel for all calls into the instance together (its start function included): taken branches and calls,
     * each standing for the straight-line code before it. When it runs out the running call traps with
     * OUT_OF_FUEL; {@link Instance#addFuel} gives more. -1 for unlimited.
     */
    public InstanceLimits fuel(long fuel) {
        if (fuel < -1) {
            throw new IllegalArgumentException("fuel must be -1 (unlimited) or more, got " + fuel);
        }
        this.fuel = fuel;
        return this;
    }

    EngineConfig toConfig() {
        EngineConfig c = new EngineConfig();
        c.maxMemoryPages = maxMemoryPages;
        c.maxMemoryPagesTotal = maxMemoryPages;
        c.maxTableSize = maxTableSize;
        c.maxTableElementsTotal = maxTableElementsTotal;
        c.maxCallDepth = maxCallDepth;
        return c;
    }
}
