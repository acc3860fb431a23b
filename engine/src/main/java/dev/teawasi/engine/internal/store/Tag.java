package dev.teawasi.engine.internal.store;

import dev.teawasi.engine.internal.model.FuncType;

/**
 * An exception tag (exception handling): a catch clause matches exceptions of the same tag object, so a tag is
 * compared by identity, also across instances that import it. Its type's parameters are the payload's types.
 */
public final class Tag {
    private final FuncType type;
    /** The embedder's wrapper for this tag (the public API's Tag), created once on demand; null until then. */
    public Object owner;

    public Tag(FuncType type) {
        this.type = type;
    }

    public FuncType type() {
        return type;
    }
}
