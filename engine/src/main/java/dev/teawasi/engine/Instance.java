package dev.teawasi.engine;

import dev.teawasi.engine.internal.exec.Machine;
import dev.teawasi.engine.internal.runtime.LinkException;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.FunctionRef;

/** An instantiated module: its exports, under its {@link InstanceLimits}. */
public final class Instance {
    final dev.teawasi.engine.internal.runtime.Instance internal;
    final EngineConfig config;
    final Fuel fuel;
    private final Module module;

    /** The instance's fuel account, shared by every call into it. */
    static final class Fuel {
        long remaining;
        private final boolean limited;

        Fuel(long initial) {
            this.limited = initial >= 0;
            this.remaining = initial;
        }

        boolean limited() {
            return limited;
        }
    }

    private Instance(
            dev.teawasi.engine.internal.runtime.Instance internal, EngineConfig config, Fuel fuel, Module module) {
        this.internal = internal;
        this.config = config;
        this.fuel = fuel;
        this.module = module;
        internal.handle = this;
    }

    static Instance wrap(dev.teawasi.engine.internal.runtime.Instance i) {
        if (i.handle instanceof Instance) {
            return (Instance) i.handle;
        }
        // an instance made by the engine's internal API (e.g. a WASI process): default limits, unlimited fuel
        return new Instance(i, i.state().config, new Fuel(-1), null);
    }

    /** Instantiates with default limits; see {@link #instantiate(Module, Imports, InstanceLimits)}. */
    public static Instance instantiate(Module module, Imports imports) {
        return instantiate(module, imports, new InstanceLimits());
    }

    /**
     * Links the imports, initialises tables, memories and globals, and runs the start function to completion
     * (under the limits: its fuel counts against the instance's). Throws {@link LinkError}, {@link Trap}, or
     * IllegalStateException when a host function suspends the start function (use {@link #instantiateWithoutStart}).
     */
    public static Instance instantiate(Module module, Imports imports, InstanceLimits limits) {
        Instance instance = instantiateWithoutStart(module, imports, limits);
        Execution start = instance.startFunction();
        if (start != null && start.run(Long.MAX_VALUE) == Execution.Status.SUSPENDED) {
            throw new IllegalStateException(
                    "a host function suspended the start function; use Instance.instantiateWithoutStart");
        }
        return instance;
    }

    /**
     * Links and initialises like {@link #instantiate(Module, Imports, InstanceLimits)} but leaves the start function
     * to the embedder: run {@link #startFunction()} (in slices, with suspension) to DONE before using the exports.
     */
    public static Instance instantiateWithoutStart(Module module, Imports imports, InstanceLimits limits) {
        if (module == null || imports == null || limits == null) {
            throw new IllegalArgumentException("instantiation needs a module, imports and limits");
        }
        EngineConfig config = limits.toConfig();
        try {
            return new Instance(
                    dev.teawasi.engine.internal.runtime.Instance.instantiateWithoutStart(
                            module.compiled, imports.internal, config),
                    config,
                    new Fuel(limits.fuel()),
                    module);
        } catch (LinkException e) {
            throw new LinkError(e.getMessage(), e);
        } catch (dev.teawasi.engine.internal.store.Trap t) {
            throw Trap.of(t);
        }
    }

    /** The module's start function as a resumable call, or null when it has none. */
    public Execution startFunction() {
        int index = internal.state().module.startFunction;
        if (index < 0) {
            return null;
        }
        FunctionRef f = internal.state().functions[index];
        return new Execution(
                new Machine(f, new dev.teawasi.engine.internal.store.Value[0], config),
                FunctionType.of(f.type()),
                fuel);
    }

    /** The module this instance was made from. */
    public Module module() {
        return module;
    }

    /** The export with this name, or null. */
    public Extern export(String name) {
        Object o = internal.export(name);
        if (o instanceof FunctionRef) {
            return Function.wrap(o);
        }
        if (o instanceof dev.teawasi.engine.internal.store.Memory) {
            return Memory.wrap((dev.teawasi.engine.internal.store.Memory) o);
        }
        if (o instanceof dev.teawasi.engine.internal.store.Table) {
            return Table.wrap((dev.teawasi.engine.internal.store.Table) o);
        }
        if (o instanceof dev.teawasi.engine.internal.store.Global) {
            return Global.wrap((dev.teawasi.engine.internal.store.Global) o);
        }
        if (o instanceof dev.teawasi.engine.internal.store.Tag) {
            return Tag.wrap((dev.teawasi.engine.internal.store.Tag) o);
        }
        return null;
    }

    /** The exported tag with this name, or null (also when the export is not a tag). */
    public Tag tag(String name) {
        Extern e = export(name);
        return e instanceof Tag ? (Tag) e : null;
    }

    /** The exported function with this name, or null (also when the export is not a function). */
    public Function function(String name) {
        Extern e = export(name);
        return e instanceof Function ? (Function) e : null;
    }

    public Memory memory(String name) {
        Extern e = export(name);
        return e instanceof Memory ? (Memory) e : null;
    }

    public Table table(String name) {
        Extern e = export(name);
        return e instanceof Table ? (Table) e : null;
    }

    public Global global(String name) {
        Extern e = export(name);
        return e instanceof Global ? (Global) e : null;
    }

    /** The fuel left, or -1 when unlimited. */
    public long fuel() {
        return fuel.limited() ? fuel.remaining : -1;
    }

    /** Adds fuel (when the instance has a fuel limit). */
    public void addFuel(long more) {
        if (more < 0) {
            throw new IllegalArgumentException("fuel to add must not be negative");
        }
        if (!fuel.limited()) {
            throw new IllegalStateException("the instance has unlimited fuel");
        }
        fuel.remaining = fuel.remaining > Long.MAX_VALUE - more ? Long.MAX_VALUE : fuel.remaining + more;
    }
}
