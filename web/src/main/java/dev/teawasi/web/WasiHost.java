package dev.teawasi.web;

import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.wasi.EngineMemory;
import dev.teawasi.wasi.WasiFunctions;
import dev.teawasi.wasi.WasiState;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * One guest's WASI layer for wasi.js: {@link WasiCalls} has the wasi_snapshot_preview1 (or wasi_unstable)
 * functions with the guest's own int/BigInt arguments and the errno as the result. wasi.js calls {@link #memory}
 * when the guest's memory.buffer changed, then the function: no per-call allocation or conversion on this boundary.
 * {@code -1} (not a WASI errno) means "would block": wasi.js waits (JSPI, Atomics.wait) and calls again.
 * proc_exit is handled in wasi.js (it throws there).
 */
public final class WasiHost {
    private final WasiState state;
    final WasiFunctions f;
    private final JsGuestMemory mem = new JsGuestMemory();

    WasiHost(WasiState state, WasiFunctions f) {
        this.state = state;
        this.f = f;
        f.setMemory(mem);
    }

    /** Points the functions at the guest's current memory.buffer (after instantiation and after memory.grow). */
    @JSExport
    public void memory(JSObject buffer) {
        if (buffer == null) {
            mem.detach();
            f.setMemory(null);
        } else {
            mem.attach(buffer);
            f.setMemory(mem);
        }
    }

    /**
     * Points the functions at a memory of teawasi's own WebAssembly: the engine's memory, read directly on every call
     * (no memory.buffer handed to the page, so its grows stay copy-free; see Memory.exposedBuffer).
     */
    @JSExport
    public void engineMemory(Memory memory) {
        f.setMemory(new EngineMemory(memory));
    }

    /** After a would-block poll_oneoff: milliseconds until its earliest clock fires, or -1 when it waits for input only. */
    @JSExport
    public double sleepMs() {
        long n = state.sleepNanos();
        return n < 0 ? -1 : n / 1e6;
    }

    /** Flushes stdout and stderr (at the end of a run). */
    @JSExport
    public void flush() {
        state.flush();
    }
}
