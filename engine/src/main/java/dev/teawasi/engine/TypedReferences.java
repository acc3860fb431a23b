package dev.teawasi.engine;

import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.store.FunctionRef;

/** Checks of values against typed reference types (Wasm 3.0 function references) at the API's edge. */
final class TypedReferences {
    private TypedReferences() {}

    /** Why ref does not fit the precise type (with its FuncType, or null), as "TYPE cannot hold X"; null if it fits. */
    static String mismatch(int precise, FuncType heap, Object ref) {
        if (!ValType.isRefType(precise)) {
            return null;
        }
        if (ref == null) {
            return ValType.nullable(precise) ? null : ValType.name(precise) + " cannot hold null";
        }
        if (heap != null
                && !(ref instanceof FunctionRef && ((FunctionRef) ref).type().isSubtypeOf(heap))) {
            return ValType.name(precise) + " cannot hold a function of another type (" + heap + " expected)";
        }
        return null;
    }
}
