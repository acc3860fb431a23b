package dev.teawasi.engine.internal.model;

/**
 * A defined function's code entry. Locals (beyond the parameters) are kept as the compressed groups of the binary
 * format; the instructions are not decoded here: they are the bytes {@code [codeStart, codeEnd)} of
 * {@link Module#bytes}, ending with the function's final {@code end} opcode, read lazily by the translator.
 */
public final class FunctionBody {
    public final int typeIndex;
    /** Local declarations: {@code localGroupCounts[i]} locals of type {@code localGroupTypes[i]}. */
    public final int[] localGroupCounts;
    public final byte[] localGroupTypes;
    /** Number of locals declared in the body (parameters not included). */
    public final int localCount;
    /** Offset of the first instruction byte in the module. */
    public final int codeStart;
    /** Offset just past the final {@code end} opcode. */
    public final int codeEnd;

    public FunctionBody(int typeIndex, int[] localGroupCounts, byte[] localGroupTypes, int localCount, int codeStart,
            int codeEnd) {
        this.typeIndex = typeIndex;
        this.localGroupCounts = localGroupCounts;
        this.localGroupTypes = localGroupTypes;
        this.localCount = localCount;
        this.codeStart = codeStart;
        this.codeEnd = codeEnd;
    }

    /** The types of the declared locals, one per local (parameters not included). A new array each call. */
    public byte[] expandLocals() {
        byte[] out = new byte[localCount];
        int p = 0;
        for (int g = 0; g < localGroupCounts.length; g++) {
            for (int i = 0; i < localGroupCounts[g]; i++) {
                out[p++] = localGroupTypes[g];
            }
        }
        return out;
    }
}
