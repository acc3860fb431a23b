package dev.teawasi.engine;

/** The type of an import or export: a {@link FunctionType}, {@link TableType}, {@link MemoryType} or {@link GlobalType}. */
public abstract class ExternType {
    ExternType() {}

    public abstract ExternKind kind();
}
