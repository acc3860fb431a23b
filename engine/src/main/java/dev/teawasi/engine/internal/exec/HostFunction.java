package dev.teawasi.engine.internal.exec;

/**
 * A function implemented by the embedder and imported by a module. It reads its arguments from, and writes its
 * results to, the reused {@link HostCall} (no allocation per call). It may throw a {@link Trap}, or any other
 * RuntimeException, which ends the run and reaches the embedder unchanged (this is how WASI's proc_exit unwinds).
 * It may call {@link HostCall#suspend()} to pause the run; see {@link Execution}.
 */
@FunctionalInterface
public interface HostFunction {
    void call(HostCall call);
}
