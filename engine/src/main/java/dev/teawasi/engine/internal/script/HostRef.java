package dev.teawasi.engine.internal.script;

/** The externref value a script writes as {@code (ref.extern N)}: equal to any other HostRef with the same N. */
public final class HostRef {
    public final long id;

    public HostRef(long id) {
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostRef && ((HostRef) o).id == id;
    }

    @Override
    public int hashCode() {
        return (int) (id ^ (id >>> 32));
    }

    @Override
    public String toString() {
        return "ref.extern " + id;
    }
}
