package dev.teawasi.wasi;

import dev.teawasi.engine.internal.store.Memory;

/** {@link GuestMemory} over the engine's Memory; re-reads the backing array on each access since grow replaces it. */
public final class EngineMemory extends ByteArrayMemory {
    private final Memory memory;

    public EngineMemory(Memory memory) {
        this.memory = memory;
    }

    public Memory memory() {
        return memory;
    }

    @Override
    protected byte[] array() {
        return memory.buffer();
    }
}
