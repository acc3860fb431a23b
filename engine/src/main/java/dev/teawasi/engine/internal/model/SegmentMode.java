package dev.teawasi.engine.internal.model;

/** How an element or data segment is used: copied at instantiation (active), on demand (passive), or only declared. */
public final class SegmentMode {
    public static final byte ACTIVE = 0;
    public static final byte PASSIVE = 1;
    /** Element segments only: declares functions for {@code ref.func}; dropped at instantiation. */
    public static final byte DECLARATIVE = 2;

    private SegmentMode() {}
}
