package dev.teawasi.wasi;

/**
 * Thrown by proc_exit to unwind the guest. The engine passes host exceptions through unchanged; {@link WasiProcess}
 * turns this into the run's exit code. Embedders calling exports directly should catch it.
 */
public final class ProcExit extends RuntimeException {
    private final int code;

    public ProcExit(int code) {
        super("proc_exit(" + Integer.toUnsignedString(code) + ")");
        this.code = code;
    }

    /** The exit code as the guest passed it (a u32 in an int). */
    public int code() {
        return code;
    }
}
