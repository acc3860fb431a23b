package dev.teawasi.engine.runtime;

import dev.teawasi.engine.model.FuncType;

/** A function value (the target of a funcref): a wasm function of some instance, or a host function. */
public abstract class FunctionRef {
    public abstract FuncType type();
}
