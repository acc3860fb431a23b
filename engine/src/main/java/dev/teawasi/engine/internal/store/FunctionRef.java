package dev.teawasi.engine.internal.store;

import dev.teawasi.engine.internal.model.FuncType;

/** A function value (the target of a funcref): a wasm function of some instance, or a host function. */
public abstract class FunctionRef {
    /** The embedding API's object for this one (created on first use, so one object per engine object). */
    public Object handle;

    public abstract FuncType type();
}
