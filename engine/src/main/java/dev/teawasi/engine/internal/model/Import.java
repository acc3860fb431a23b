package dev.teawasi.engine.internal.model;

/**
 * One import: module and field name, and what is imported. Exactly one of the descriptions is set, by kind:
 * FUNC and TAG use {@link #typeIndex}, TABLE {@link #table}, MEMORY {@link #memory}, GLOBAL {@link #global}. Immutable.
 */
public final class Import {
    public final String module;
    public final String name;
    /** One of {@link ExternKind}. */
    public final byte kind;
    /** The function's (or tag's) type index for FUNC (TAG) imports, else -1. */
    public final int typeIndex;

    public final TableType table;
    public final MemoryType memory;
    public final GlobalType global;

    private Import(
            String module,
            String name,
            byte kind,
            int typeIndex,
            TableType table,
            MemoryType memory,
            GlobalType global) {
        this.module = module;
        this.name = name;
        this.kind = kind;
        this.typeIndex = typeIndex;
        this.table = table;
        this.memory = memory;
        this.global = global;
    }

    public static Import function(String module, String name, int typeIndex) {
        return new Import(module, name, ExternKind.FUNC, typeIndex, null, null, null);
    }

    public static Import tag(String module, String name, int typeIndex) {
        return new Import(module, name, ExternKind.TAG, typeIndex, null, null, null);
    }

    public static Import table(String module, String name, TableType type) {
        return new Import(module, name, ExternKind.TABLE, -1, type, null, null);
    }

    public static Import memory(String module, String name, MemoryType type) {
        return new Import(module, name, ExternKind.MEMORY, -1, null, type, null);
    }

    public static Import global(String module, String name, GlobalType type) {
        return new Import(module, name, ExternKind.GLOBAL, -1, null, null, type);
    }

    @Override
    public String toString() {
        return "(import \"" + module + "\" \"" + name + "\" " + ExternKind.name(kind) + ")";
    }
}
