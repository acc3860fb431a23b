package dev.teawasi.engine.internal.store;

/**
 * What the tables and memories an instance defines may still allocate together (see {@link EngineConfig}). Shared
 * by those objects for their whole life, so growth through another instance that imported them counts too.
 */
public final class AllocationBudget {
    private long tableElements;
    private long memoryPages;

    public AllocationBudget(long tableElements, long memoryPages) {
        this.tableElements = tableElements;
        this.memoryPages = memoryPages;
    }

    /** A budget that never refuses (objects the embedder creates; their own limits still apply). */
    public static AllocationBudget unlimited() {
        return new AllocationBudget(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    public boolean takeTableElements(long n) {
        if (n > tableElements) {
            return false;
        }
        tableElements -= n;
        return true;
    }

    public void returnTableElements(long n) {
        tableElements += n;
    }

    public boolean takeMemoryPages(long n) {
        if (n > memoryPages) {
            return false;
        }
        memoryPages -= n;
        return true;
    }

    public void returnMemoryPages(long n) {
        memoryPages += n;
    }
}
