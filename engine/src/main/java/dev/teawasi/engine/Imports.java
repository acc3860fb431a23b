package dev.teawasi.engine;

/**
 * What an instance may import, by module and field name: host functions, and memories, tables, globals and
 * functions of other instances (shared, not copied). Adding a name again replaces the earlier value.
 */
public final class Imports {
    final dev.teawasi.engine.internal.runtime.Imports internal = new dev.teawasi.engine.internal.runtime.Imports();

    /** Defines module.name as this function, memory, table or global. */
    public Imports define(String module, String name, Extern value) {
        if (module == null || name == null || value == null) {
            throw new IllegalArgumentException("an import needs a module name, a field name and a value");
        }
        switch (value.kind()) {
            case FUNCTION:
                internal.function(module, name, ((Function) value).ref);
                break;
            case MEMORY:
                internal.memory(module, name, ((Memory) value).memory);
                break;
            case TABLE:
                internal.table(module, name, ((Table) value).table);
                break;
            case TAG:
                internal.tag(module, name, ((Tag) value).tag);
                break;
            default:
                internal.global(module, name, ((Global) value).global);
                break;
        }
        return this;
    }

    /** Defines module.name as a host function with this signature. */
    public Imports function(String module, String name, FunctionType type, HostFunction body) {
        return define(module, name, Function.host(type, body, module + "." + name));
    }

    /** Makes every export of the instance importable under this module name. */
    public Imports instance(String module, Instance instance) {
        internal.instance(module, instance.internal);
        return this;
    }

    /**
     * Links every function import not defined here to a function that traps (kind UNREACHABLE, naming the import)
     * when called, so a module whose unused host imports are missing can still run. Other missing imports stay
     * link errors.
     */
    public Imports trapUnknownFunctions() {
        internal.trapUnknownFunctions(true);
        return this;
    }
}
