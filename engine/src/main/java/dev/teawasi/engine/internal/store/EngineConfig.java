package dev.teawasi.engine.internal.store;

/** Limits of execution and allocation, per instance. */
public final class EngineConfig {
    /** Nested wasm calls allowed before "call stack exhausted" (host re-entry included: one count per thread). */
    public int maxCallDepth = 20000;
    /** Value-stack slots per run before "call stack exhausted". */
    public int maxStackSlots = 4 * 1024 * 1024;
    /** Pages one memory may reach (by its declaration or by memory.grow); at most {@link Memory#JAVA_MAX_PAGES}. */
    public int maxMemoryPages = Memory.JAVA_MAX_PAGES;
    /** Elements one table may reach; at most {@link Table#JAVA_MAX_SIZE}. */
    public int maxTableSize = Table.JAVA_MAX_SIZE;
    /**
     * Elements all tables an instance defines may hold together, initially and after table.grow: a small module
     * declaring a thousand large tables is refused instead of running the host out of memory.
     */
    public long maxTableElementsTotal = 10_000_000;
    /** Pages all memories an instance defines may hold together, initially and after memory.grow. */
    public long maxMemoryPagesTotal = Memory.JAVA_MAX_PAGES;

    public EngineConfig copy() {
        EngineConfig c = new EngineConfig();
        c.maxCallDepth = maxCallDepth;
        c.maxStackSlots = maxStackSlots;
        c.maxMemoryPages = maxMemoryPages;
        c.maxTableSize = maxTableSize;
        c.maxTableElementsTotal = maxTableElementsTotal;
        c.maxMemoryPagesTotal = maxMemoryPagesTotal;
        return c;
    }
}
