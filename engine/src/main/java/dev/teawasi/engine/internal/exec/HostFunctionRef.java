package dev.teawasi.engine.internal.exec;

import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.store.FunctionRef;

/** A host function with its signature, as a function value. */
public final class HostFunctionRef extends FunctionRef {
    final FuncType type;
    final HostFunction function;
    final String name;

    public HostFunctionRef(FuncType type, HostFunction function, String name) {
        this.type = type;
        this.function = function;
        this.name = name;
    }

    @Override
    public FuncType type() {
        return type;
    }

    public HostFunction function() {
        return function;
    }

    @Override
    public String toString() {
        return "host " + name;
    }
}
