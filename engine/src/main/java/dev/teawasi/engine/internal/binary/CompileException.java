package dev.teawasi.engine.internal.binary;

/** A module could not be decoded or validated. Carries the byte offset where the problem was found (or -1). */
public class CompileException extends RuntimeException {
    private final int offset;

    public CompileException(String message, int offset) {
        super(offset >= 0 ? message + " (at byte offset " + offset + ")" : message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
