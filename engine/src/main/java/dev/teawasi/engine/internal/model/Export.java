package dev.teawasi.engine.internal.model;

/** One export: its name, kind ({@link ExternKind}) and index in that kind's index space. Immutable. */
public final class Export {
    public final String name;
    public final byte kind;
    public final int index;

    public Export(String name, byte kind, int index) {
        this.name = name;
        this.kind = kind;
        this.index = index;
    }

    @Override
    public String toString() {
        return "(export \"" + name + "\" (" + ExternKind.name(kind) + " " + index + "))";
    }
}
