package dev.teawasi.engine.internal.binary;

/** One section of a binary module as it appears in the file: id, custom name (or null), payload offset and size. */
public final class SectionInfo {
    public final int id;
    public final String customName;
    public final int offset;
    public final int size;

    public SectionInfo(int id, String customName, int offset, int size) {
        this.id = id;
        this.customName = customName;
        this.offset = offset;
        this.size = size;
    }

    /** The spec's name for a section id. */
    public static String nameOf(int id) {
        switch (id) {
            case 0:
                return "custom";
            case 1:
                return "type";
            case 2:
                return "import";
            case 3:
                return "function";
            case 4:
                return "table";
            case 5:
                return "memory";
            case 6:
                return "global";
            case 7:
                return "export";
            case 8:
                return "start";
            case 9:
                return "element";
            case 10:
                return "code";
            case 11:
                return "data";
            case 12:
                return "datacount";
            case 13:
                return "tag";
            default:
                return "unknown";
        }
    }

    public String name() {
        return id == 0 && customName != null ? "custom:" + customName : nameOf(id);
    }
}
