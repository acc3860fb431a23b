package dev.teawasi.engine;

/** A global variable; mutable ones can be set by the host too. */
public final class Global extends Extern {
    final dev.teawasi.engine.internal.store.Global global;

    private Global(dev.teawasi.engine.internal.store.Global global) {
        this.global = global;
    }

    static Global wrap(dev.teawasi.engine.internal.store.Global g) {
        if (g.handle == null) {
            g.handle = new Global(g);
        }
        return (Global) g.handle;
    }

    /** A new global of this type holding initial (which must be of the type's value type). */
    public static Global create(GlobalType type, Value initial) {
        if (initial == null || initial.type() != type.valueType()) {
            throw new IllegalArgumentException("a global of type " + type.valueType() + " cannot hold "
                    + (initial == null ? "null" : initial.type().toString()));
        }
        return wrap(new dev.teawasi.engine.internal.store.Global(
                type.valueType().code, type.mutable(), initial.toInternal()));
    }

    @Override
    public ExternKind kind() {
        return ExternKind.GLOBAL;
    }

    @Override
    public GlobalType type() {
        return GlobalType.of(ValueType.of(global.type()), global.mutable());
    }

    public Value get() {
        return Value.of(global.get());
    }

    /** Sets a mutable global; IllegalStateException for an immutable one, IllegalArgumentException for another type. */
    public void set(Value v) {
        if (!global.mutable()) {
            throw new IllegalStateException("the global is immutable");
        }
        if (v == null || v.type() != ValueType.of(global.type())) {
            throw new IllegalArgumentException("a global of type " + ValueType.of(global.type()) + " cannot hold "
                    + (v == null ? "null" : v.type().toString()));
        }
        dev.teawasi.engine.internal.store.Value in = v.toInternal();
        String wrong = TypedReferences.mismatch(global.precise(), global.heap(), in.ref);
        if (wrong != null) {
            throw new IllegalArgumentException("a global of " + wrong);
        }
        global.set(in);
    }

    @Override
    public String toString() {
        return "global " + type() + " = " + get();
    }
}
