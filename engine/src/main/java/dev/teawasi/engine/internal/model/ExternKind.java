package dev.teawasi.engine.internal.model;

/** Kinds of imports and exports, as their binary-format bytes. */
public final class ExternKind {
    public static final byte FUNC = 0;
    public static final byte TABLE = 1;
    public static final byte MEMORY = 2;
    public static final byte GLOBAL = 3;
    /** An exception tag (exception handling, Wasm 3.0). */
    public static final byte TAG = 4;

    private ExternKind() {}

    /** The text-format keyword: "func", "table", "memory" or "global". */
    public static String name(int kind) {
        switch (kind) {
            case FUNC:
                return "func";
            case TABLE:
                return "table";
            case MEMORY:
                return "memory";
            case GLOBAL:
                return "global";
            case TAG:
                return "tag";
            default:
                return "kind" + kind;
        }
    }

    /** The spelled-out word of messages and the JS API's descriptors: "function", "table", "memory", "global", "tag". */
    public static String word(int kind) {
        return kind == FUNC ? "function" : name(kind);
    }
}
