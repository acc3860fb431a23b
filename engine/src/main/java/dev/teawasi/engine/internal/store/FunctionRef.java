package dev.teawasi.engine.internal.store;

import dev.teawasi.engine.internal.model.FuncType;

/** A function value (the target of a funcref): a wasm function of some instance, or a host function. */
public abstract class FunctionRef {
    public abstract FuncType type();
}
