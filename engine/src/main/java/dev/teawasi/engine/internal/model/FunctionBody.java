package dev.teawasi.engine.internal.model;

/**
 * A view of a defined function's code entry ({@link Module#body}): offsets into {@link Module#bytes} only. The local
 * declarations are the bytes {@code [localsStart, codeStart)} (read again by
 * {@code binary.LocalDeclarations.expand}); the instructions are {@code [codeStart, codeEnd)}, ending with the
 * function's final {@code end} opcode, read lazily by the translator.
 */
public final class FunctionBody {
    public final int typeIndex;
    /** Number of locals declared in the body (parameters not included). */
    public final int localCount;
    /** Offset of the local declarations (their group count) in the module. */
    public final int localsStart;
    /** Offset of the first instruction byte in the module. */
    public final int codeStart;
    /** Offset just past the final {@code end} opcode. */
    public final int codeEnd;

    public FunctionBody(int typeIndex, int localCount, int localsStart, int codeStart, int codeEnd) {
        this.typeIndex = typeIndex;
        this.localCount = localCount;
        this.localsStart = localsStart;
        this.codeStart = codeStart;
        this.codeEnd = codeEnd;
    }
}
