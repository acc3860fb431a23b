package dev.teawasi.engine;

/** A module's bytes could not be decoded or failed validation; the message says what and where. */
public class CompileError extends RuntimeException {
    private final int offset;

    CompileError(String message, int offset, Throwable cause) {
        super(message, cause);
        this.offset = offset;
    }

    /** The byte offset where the problem was found, or -1. */
    public int offset() {
        return offset;
    }
}
