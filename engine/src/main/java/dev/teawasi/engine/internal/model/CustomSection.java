package dev.teawasi.engine.internal.model;

/** A custom section: its name and where its contents (after the name) lie in {@link Module#bytes}. Immutable. */
public final class CustomSection {
    public final String name;
    public final int contentOffset;
    public final int contentLength;

    public CustomSection(String name, int contentOffset, int contentLength) {
        this.name = name;
        this.contentOffset = contentOffset;
        this.contentLength = contentLength;
    }
}
