package dev.teawasi.engine.internal.runtime;

/**
 * The compiled module behind the public API's Module class, for the layers built on the engine
 * (WASI) whose entry points take that public type. The public class keeps its compiled module package-private and
 * registers how to read it when it initialises, so the unwrapper is there before any public Module exists.
 */
public final class PublicModules {
    /** Reads the compiled module of a public Module. */
    public interface Unwrapper {
        WasmModule compiled(Object publicModule);
    }

    private static Unwrapper unwrapper;

    private PublicModules() {}

    /** Called once, by the public Module class. */
    public static void register(Unwrapper u) {
        if (unwrapper != null) {
            throw new IllegalStateException("the public Module class has already registered");
        }
        unwrapper = u;
    }

    /** The compiled module of publicModule, an instance of the public API's Module. */
    public static WasmModule compiled(Object publicModule) {
        if (publicModule == null) {
            throw new IllegalArgumentException("no module");
        }
        return unwrapper.compiled(publicModule);
    }
}
