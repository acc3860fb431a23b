package dev.teawasi.engine.internal.model;

/**
 * A data segment. The bytes are not copied: they are {@link #dataLength} bytes at {@link #dataOffset} in the
 * module's {@link Module#bytes}. Immutable.
 */
public final class DataSegment {
    /** {@link SegmentMode#ACTIVE} or {@link SegmentMode#PASSIVE}. */
    public final byte mode;
    /** Active: the memory index; otherwise 0. */
    public final int memoryIndex;
    /** Active: the offset (an i32 constant expression); otherwise null. */
    public final ConstExpr offset;

    public final int dataOffset;
    public final int dataLength;

    public DataSegment(byte mode, int memoryIndex, ConstExpr offset, int dataOffset, int dataLength) {
        this.mode = mode;
        this.memoryIndex = memoryIndex;
        this.offset = offset;
        this.dataOffset = dataOffset;
        this.dataLength = dataLength;
    }
}
