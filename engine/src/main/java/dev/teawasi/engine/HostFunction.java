package dev.teawasi.engine;

/**
 * The body of a function the embedder provides to modules (see {@link Function#host}). It reads its typed
 * arguments from the {@link HostCall} and sets its results there; the HostCall is reused, so it must not be kept
 * after returning. It may throw a {@link Trap} to trap the calling wasm code, or any other RuntimeException, which
 * ends the call and reaches the embedder unchanged. It may call {@link HostCall#suspend()}.
 */
@FunctionalInterface
public interface HostFunction {
    void call(HostCall call);
}
