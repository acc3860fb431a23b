package dev.teawasi.engine;

/** One import of a module: where it comes from and what it must be. Immutable. */
public final class ModuleImport {
    private final String module;
    private final String name;
    private final ExternType type;

    ModuleImport(String module, String name, ExternType type) {
        this.module = module;
        this.name = name;
        this.type = type;
    }

    public String module() {
        return module;
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
        return module + "." + name + ": " + type;
    }
}
