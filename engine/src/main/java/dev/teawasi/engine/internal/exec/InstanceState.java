package dev.teawasi.engine.internal.exec;

import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.FunctionRef;
import dev.teawasi.engine.internal.store.Global;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.engine.internal.store.Table;
import dev.teawasi.engine.internal.store.Tag;

/** What the interpreter needs of one instance: its index spaces and segments (engine internal). */
public final class InstanceState {
    public final Module module;
    public final EngineConfig config;
    /** The object that owns this state for the embedder (the runtime Instance); exec never looks inside. */
    public Object owner;

    public FunctionRef[] functions;
    public Table[] tables;
    public Global[] globals;
    /** Memory 0, or an empty memory when the module has none (it then has no memory instructions). */
    public Memory memory;
    /** Every memory of the memory index space (memory 0 is also {@link #memory}). */
    public Memory[] memories;
    /** The tag index space (imported first): tags match by identity. */
    public Tag[] tags;

    public boolean hasMemory;
    /** Element segments' references; null once dropped. */
    public Object[][] elements;
    /** Dropped data segments (their bytes stay in the module's binary, not copied). */
    public boolean[] dataDropped;

    public InstanceState(Module module, EngineConfig config) {
        this.module = module;
        this.config = config;
    }

    /** Creates the function object of defined function funcIndex (not yet translated). */
    public WasmFunction defineFunction(int funcIndex) {
        return new WasmFunction(this, funcIndex);
    }
}
