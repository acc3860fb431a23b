package dev.teawasi.engine;

/** Something a module imports or exports: a {@link Function}, {@link Memory}, {@link Table}, {@link Global} or {@link Tag}. */
public abstract class Extern {
    Extern() {}

    public abstract ExternKind kind();

    public abstract ExternType type();
}
