package dev.teawasi.engine.runtime;

import dev.teawasi.engine.WasmModule;

/** An instantiated module. */
public final class Instance {
    /** Links imports, initialises tables/memories in the spec's order, runs the start function. Throws LinkException or Trap. */
    public static Instance instantiate(WasmModule module, Imports imports) { throw HostCall.pending(); }
    public static Instance instantiate(WasmModule module, Imports imports, EngineConfig config) { throw HostCall.pending(); }
    public WasmModule module() { throw HostCall.pending(); }
    /** Calls an exported function to completion. Throws Trap, or whatever a host function threw. */
    public Value[] invoke(String exportName, Value... args) { throw HostCall.pending(); }
    /** Prepares a call that runs in fuel slices and can suspend; see {@link Execution}. */
    public Execution start(String exportName, Value... args) { throw HostCall.pending(); }
    /** The exported function, memory, table or global with this name, or null. */
    public FunctionRef function(String exportName) { throw HostCall.pending(); }
    public Memory memory(String exportName) { throw HostCall.pending(); }
    public Table table(String exportName) { throw HostCall.pending(); }
    public Global global(String exportName) { throw HostCall.pending(); }
    /** Export names in module order. */
    public String[] exportNames() { throw HostCall.pending(); }
}
