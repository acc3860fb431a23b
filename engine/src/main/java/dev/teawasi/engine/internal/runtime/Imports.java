package dev.teawasi.engine.internal.runtime;

import dev.teawasi.engine.internal.exec.HostFunction;
import dev.teawasi.engine.internal.exec.HostFunctionRef;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.store.FunctionRef;
import dev.teawasi.engine.internal.store.Global;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.engine.internal.store.Table;
import java.util.HashMap;
import java.util.Map;

/** What an instance may import, by module and field name. */
public final class Imports {
    private final Map<String, Map<String, Object>> values = new HashMap<>();
    private final Map<String, Instance> instances = new HashMap<>();
    private boolean trapUnknownFunctions;

    /** Whether function imports that are not defined link to a function that traps when called. */
    public Imports trapUnknownFunctions(boolean on) {
        trapUnknownFunctions = on;
        return this;
    }

    public boolean trapUnknownFunctions() {
        return trapUnknownFunctions;
    }

    private Imports put(String module, String name, Object value) {
        values.computeIfAbsent(module, m -> new HashMap<>()).put(name, value);
        return this;
    }

    public Imports function(String module, String name, FuncType type, HostFunction fn) {
        return put(module, name, new HostFunctionRef(type, fn, module + "." + name));
    }

    public Imports function(String module, String name, FunctionRef fn) {
        return put(module, name, fn);
    }

    public Imports memory(String module, String name, Memory memory) {
        return put(module, name, memory);
    }

    public Imports table(String module, String name, Table table) {
        return put(module, name, table);
    }

    public Imports global(String module, String name, Global global) {
        return put(module, name, global);
    }

    public Imports tag(String module, String name, dev.teawasi.engine.internal.store.Tag tag) {
        return put(module, name, tag);
    }

    /** Makes every export of the instance importable under this module name (the spec tests' `register`). */
    public Imports instance(String module, Instance instance) {
        instances.put(module, instance);
        Map<String, Object> m = values.get(module);
        if (m != null) {
            m.clear(); // the registered instance replaces earlier single definitions under this name
        }
        return this;
    }

    /** The FunctionRef, Memory, Table, Global or Tag importable as module.name, or null. */
    public Object lookup(String module, String name) {
        Map<String, Object> m = values.get(module);
        if (m != null && m.containsKey(name)) {
            return m.get(name);
        }
        Instance inst = instances.get(module);
        return inst == null ? null : inst.export(name);
    }
}
