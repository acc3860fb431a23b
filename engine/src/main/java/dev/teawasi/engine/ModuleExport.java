package dev.teawasi.engine;

/** One export of a module: its name and type. Immutable. */
public final class ModuleExport {
    private final String name;
    private final ExternType type;

    ModuleExport(String name, ExternType type) {
        this.name = name;
        this.type = type;
    }

    public String name() {
        return name;
    }

    public ExternKind kind() {
        return type.kind();
    }

    /** A {@link FunctionType}, {@link TableType}, {@link MemoryType} or {@link GlobalType}, by {@link #kind()}. */
    public ExternType type() {
        return type;
    }

    @Override
    public String toString() {
        return name + ": " + type;
    }
}
