package dev.teawasi.engine;

/**
 * An exception tag (WebAssembly exception handling): wasm code throws exceptions of a tag and catches them by tag.
 * Tags are compared by identity: a module that imports a tag catches exactly the exceptions of that tag object.
 * Export one from an instance ({@link Instance#tag}) or {@link #create} one and import it into several modules.
 */
public final class Tag extends Extern {
    final dev.teawasi.engine.internal.store.Tag tag;
    private final TagType type;

    private Tag(dev.teawasi.engine.internal.store.Tag tag) {
        this.tag = tag;
        this.type = new TagType(FunctionType.of(tag.type()));
    }

    /** A new tag, different from every other tag. */
    public static Tag create(TagType type) {
        if (type == null) {
            throw new IllegalArgumentException("a tag needs a type");
        }
        return wrap(new dev.teawasi.engine.internal.store.Tag(type.function.internal));
    }

    static Tag wrap(dev.teawasi.engine.internal.store.Tag t) {
        if (t.owner == null) {
            t.owner = new Tag(t);
        }
        return (Tag) t.owner;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.TAG;
    }

    @Override
    public TagType type() {
        return type;
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
