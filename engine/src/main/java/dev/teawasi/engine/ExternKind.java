package dev.teawasi.engine;

/** What an import or export is. */
public enum ExternKind {
    FUNCTION("func"),
    TABLE("table"),
    MEMORY("memory"),
    GLOBAL("global"),
    /** An exception tag (exception handling). */
    TAG("tag");

    private final String text;

    ExternKind(String text) {
        this.text = text;
    }

    /** The text-format keyword: func, table, memory, global or tag. */
    @Override
    public String toString() {
        return text;
    }
}
