package dev.teawasi.engine.runtime;

import dev.teawasi.engine.model.FuncType;

/** What an instance may import, by module and field name. */
public final class Imports {
    public Imports function(String module, String name, FuncType type, HostFunction fn) { throw HostCall.pending(); }
    public Imports function(String module, String name, FunctionRef fn) { throw HostCall.pending(); }
    public Imports memory(String module, String name, Memory memory) { throw HostCall.pending(); }
    public Imports table(String module, String name, Table table) { throw HostCall.pending(); }
    public Imports global(String module, String name, Global global) { throw HostCall.pending(); }
    /** Makes every export of the instance importable under this module name (the spec tests' `register`). */
    public Imports instance(String module, Instance instance) { throw HostCall.pending(); }
}
