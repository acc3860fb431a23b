package dev.teawasi.wasi;

import dev.teawasi.engine.internal.runtime.Execution;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.Instance;
import dev.teawasi.engine.internal.runtime.PublicModules;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;
import dev.teawasi.engine.internal.store.Value;

/**
 * One WASI guest: a module instantiated with the WASI imports of a {@link WasiConfig}.
 *
 * <pre>
 * WasiProcess p = WasiProcess.instantiate(Module.compile(bytes), config);   // dev.teawasi.engine.Module
 * WasiResult r = p.runCommand();          // _start; EXITED / TRAPPED / WAITING_FOR_INPUT / OUT_OF_FUEL
 * while (!r.finished()) { ...feed stdin...; r = p.resume(fuel); }
 * </pre>
 *
 * A reactor: {@link #initializeReactor()}, then {@link #invoke} its exports.
 */
public final class WasiProcess {
    private final WasiConfig config;
    private final WasiState state;
    private final Instance instance;
    private Execution execution;
    private WasiResult last;
    /** The module's start function, not run yet: runCommand runs it first, in the same fuel slices as _start. */
    private Execution pendingStart;
    /** True while execution is the start function. */
    private boolean inStart;

    private WasiProcess(WasiConfig config, WasiState state, Instance instance) {
        this.config = config;
        this.state = state;
        this.instance = instance;
    }

    /**
     * Links the WASI imports and instantiates without running the module's start function: {@link #runCommand}
     * runs it first under the same fuel, so an endless start function runs out of fuel like any other code (and a
     * trap or proc_exit there is the run's result); {@link #initializeReactor} and {@link #invoke} run it to
     * completion first. Throws the engine's LinkException.
     */
    public static WasiProcess instantiate(WasmModule module, WasiConfig config) {
        return instantiate(module, config, new Imports());
    }

    /** Like {@link #instantiate(WasmModule, WasiConfig)}, for a module compiled by the engine's public API. */
    public static WasiProcess instantiate(dev.teawasi.engine.Module module, WasiConfig config) {
        return instantiate(PublicModules.compiled(module), config, new Imports());
    }

    /** Like {@link #instantiate(WasmModule, WasiConfig)}, adding WASI to imports the embedder has filled. */
    public static WasiProcess instantiate(WasmModule module, WasiConfig config, Imports imports) {
        WasiState state = new WasiState(config);
        WasiImports.addTo(imports, state);
        Instance instance = Instance.instantiateWithoutStart(module, imports, config.engineConfig());
        WasiProcess p = new WasiProcess(config, state, instance);
        p.pendingStart = instance.startExecution();
        return p;
    }

    public Instance instance() {
        return instance;
    }

    public WasiState state() {
        return state;
    }

    public WasiConfig config() {
        return config;
    }

    /** Runs _start with the configured fuel (unlimited when none). */
    public WasiResult runCommand() {
        return runCommand(config.fuel());
    }

    /** Runs _start with at most fuel instructions (-1: unlimited) before returning OUT_OF_FUEL. */
    public WasiResult runCommand(long fuel) {
        if (instance.function("_start") == null) {
            throw new IllegalStateException("the module exports no _start function (not a WASI command)");
        }
        if (execution != null) {
            throw new IllegalStateException("this process has already been started");
        }
        if (pendingStart != null) {
            execution = pendingStart;
            pendingStart = null;
            inStart = true;
        } else {
            execution = instance.start("_start");
        }
        return drive(fuel, false);
    }

    /** The module's start function when it has not run yet (ExportCall runs it in its fuel slices), else null. */
    Execution takePendingStart() {
        Execution s = pendingStart;
        pendingStart = null;
        return s;
    }

    /** Runs a start function still pending to its end (reactors and direct export calls). */
    private void finishStart() {
        if (pendingStart != null) {
            Execution s = pendingStart;
            pendingStart = null;
            while (s.run(Long.MAX_VALUE) != Execution.Status.DONE) {
                s.resume();
            }
        }
    }

    /** Continues after WAITING_FOR_INPUT or SLEEPING (calls the blocked function again) or OUT_OF_FUEL. */
    public WasiResult resume(long fuel) {
        if (last == null || last.finished()) {
            throw new IllegalStateException("nothing to resume");
        }
        WasiResult.Status s = last.status();
        return drive(fuel, s == WasiResult.Status.WAITING_FOR_INPUT || s == WasiResult.Status.SLEEPING);
    }

    /** Calls _initialize when the module exports it (a WASI reactor), to completion. */
    public WasiResult initializeReactor() {
        try {
            finishStart();
        } catch (ProcExit e) {
            state.flush();
            return last = new WasiResult(WasiResult.Status.EXITED, e.code(), null);
        } catch (Trap t) {
            state.flush();
            return last = new WasiResult(WasiResult.Status.TRAPPED, WasiResult.TRAP_EXIT_CODE, t);
        }
        if (instance.function("_initialize") == null) {
            return new WasiResult(WasiResult.Status.EXITED, 0, null);
        }
        execution = instance.start("_initialize");
        return drive(config.fuel(), false);
    }

    /** Calls an export to completion. A guest proc_exit arrives as {@link ProcExit}, a trap as the engine's Trap. */
    public Value[] invoke(String export, Value... args) {
        finishStart();
        return instance.invoke(export, args);
    }

    private WasiResult drive(long fuel, boolean resumeBlocked) {
        WasiResult r;
        try {
            if (resumeBlocked) {
                execution.resume();
            }
            long left = fuel < 0 ? Long.MAX_VALUE : fuel;
            Execution.Status s = execution.run(left);
            if (s == Execution.Status.DONE && inStart) {
                // the start function is done: _start gets what is left of this slice (one budget per run)
                long used = execution.lastRunFuel();
                inStart = false;
                execution = instance.start("_start");
                s = execution.run(fuel < 0 ? left : Math.max(0, left - used));
            }
            switch (s) {
                case DONE:
                    r = new WasiResult(WasiResult.Status.EXITED, 0, null);
                    break;
                case OUT_OF_FUEL:
                    r = new WasiResult(WasiResult.Status.OUT_OF_FUEL, -1, null);
                    break;
                default:
                    long sleep = state.sleepNanos();
                    r = sleep >= 0
                            ? new WasiResult(WasiResult.Status.SLEEPING, -1, null, sleep)
                            : new WasiResult(WasiResult.Status.WAITING_FOR_INPUT, -1, null);
                    break;
            }
        } catch (ProcExit e) {
            r = new WasiResult(WasiResult.Status.EXITED, e.code(), null);
        } catch (Trap t) {
            r = new WasiResult(WasiResult.Status.TRAPPED, WasiResult.TRAP_EXIT_CODE, t);
        } catch (RuntimeException e) {
            // a failing host service (or a bug): end the run with a clear trap instead of leaking the exception
            Trap t = new Trap(
                    TrapKind.HOST,
                    String.valueOf(e.getMessage() == null ? e.getClass().getName() : e.getMessage()),
                    java.util.Collections.emptyList());
            t.initCause(e);
            r = new WasiResult(WasiResult.Status.TRAPPED, WasiResult.TRAP_EXIT_CODE, t);
        }
        if (r.finished()) {
            state.flush();
        }
        last = r;
        return r;
    }
}
