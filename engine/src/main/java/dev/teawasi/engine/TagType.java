package dev.teawasi.engine;

import java.util.List;

/** The type of an exception {@link Tag}: the types of the values an exception of that tag carries. */
public final class TagType extends ExternType {
    final FunctionType function;

    TagType(FunctionType function) {
        this.function = function;
    }

    /** A tag type whose exceptions carry values of these types. */
    public static TagType of(ValueType... params) {
        return new TagType(FunctionType.of(params, new ValueType[0]));
    }

    /** The payload's types, in order. */
    public List<ValueType> params() {
        return function.params();
    }

    @Override
    public ExternKind kind() {
        return ExternKind.TAG;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagType && ((TagType) o).function.equals(function);
    }

    @Override
    public int hashCode() {
        return function.hashCode() + 1;
    }

    /** In the text format, e.g. "(tag (param i32))". */
    @Override
    public String toString() {
        String f = function.toString(); // "(func (param i32))"
        return "(tag" + f.substring("(func".length());
    }
}
