package dev.teawasi.web;

import static dev.teawasi.web.JsObjects.isNullish;
import static dev.teawasi.web.JsObjects.newObject;
import static dev.teawasi.web.JsObjects.set;
import static dev.teawasi.web.JsObjects.setBoolean;
import static dev.teawasi.web.JsObjects.setDouble;
import static dev.teawasi.web.JsObjects.setString;

import dev.teawasi.engine.internal.platform.CurrentPlatform;
import dev.teawasi.web.cli.HostFileException;
import dev.teawasi.web.cli.HostMount;
import dev.teawasi.web.cli.ModuleFile;
import dev.teawasi.web.cli.ModuleFileException;
import dev.teawasi.web.cli.RunOptions;
import dev.teawasi.web.cli.TrapReport;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The node command line's bridge to the Java code the JVM command line runs, so both have one copy of it: run's
 * option parsing ({@link RunOptions}), module files ({@link ModuleFile}), trap reports ({@link TrapReport}) and the --dir host directories ({@link HostMount} loads one, startWasi mounts
 * it by id, {@code Run.writeBack} writes the guest's changes back with {@code MountWriteBack}), host files reached
 * through node:fs (cli/host-files.mjs, {@link JsHostFiles}). Internal: cli/*.mjs reach it as node-core.js's
 * {@code cli()}.
 */
public final class CliJs {
    static final CliJs INSTANCE = new CliJs();
    /** Host directories loaded by {@link #loadMount}, by id (a command line loads a few, once). */
    private static final List<HostMount> MOUNTS = new ArrayList<>();

    private CliJs() {}

    /** The host's value of an environment variable, or null/undefined when unset. */
    @JSFunctor
    public interface EnvLookup extends JSObject {
        String get(String key);
    }

    /**
     * run's arguments as an object {dirs: [{host, guest}], env, fuel, file, args, invoke, trapUnknownImports,
     * maxMemoryBytes, maxTableElements, maxCallDepth, maxFsBytes, maxInodes, maxModuleBytes}; a bad command line
     * throws an Error named "UsageError" whose message is the JVM's.
     */
    @JSExport
    public JSObject parseRun(JSArray<JSString> argv, EnvLookup env) {
        String[] a = new String[argv.getLength()];
        for (int i = 0; i < a.length; i++) {
            a[i] = argv.get(i).stringValue();
        }
        RunOptions o;
        try {
            o = RunOptions.parse(a, key -> {
                String v = env.get(key);
                return isNullish(v) ? null : v;
            });
        } catch (RunOptions.UsageException e) {
            throw JsErrors.error("UsageError", e.getMessage());
        }
        JSObject out = newObject();
        JSArray<JSObject> dirs = JSArray.create();
        for (RunOptions.Dir d : o.dirs) {
            JSObject dir = newObject();
            setString(dir, "host", d.host);
            setString(dir, "guest", d.guest);
            dirs.push(dir);
        }
        set(out, "dirs", dirs);
        set(out, "env", strings(o.env));
        setNumber(out, "fuel", o.fuel);
        setString(out, "file", o.file);
        set(out, "args", strings(o.args));
        setString(out, "invoke", o.invoke);
        setBoolean(out, "trapUnknownImports", o.trapUnknownImports);
        setNumber(out, "maxMemoryBytes", o.maxMemoryBytes);
        setNumber(out, "maxTableElements", o.maxTableElements);
        setNumber(out, "maxCallDepth", o.maxCallDepth);
        setNumber(out, "maxFsBytes", o.maxFsBytes);
        setNumber(out, "maxInodes", o.maxInodes);
        setNumber(out, "maxModuleBytes", o.maxModuleBytes);
        return out;
    }

    /**
     * Reads a host directory for --dir (file bytes are read when startWasi loads it); returns {id, root, bytes}
     * for startWasi's mount option {guestPath, hostMount: id}. Throws an Error named "MountError" with the JVM's
     * message when the directory cannot be read or holds more than limit bytes.
     */
    @JSExport
    public JSObject loadMount(String hostDir, String guestPath, double limit, JSObject hostFiles, String limitHint) {
        HostMount m;
        try {
            m = HostMount.read(new JsHostFiles(hostFiles), hostDir, guestPath, (long) limit, limitHint);
        } catch (HostFileException e) {
            throw JsErrors.error("MountError", e.getMessage());
        }
        MOUNTS.add(m);
        JSObject out = newObject();
        setDouble(out, "id", MOUNTS.size() - 1);
        setString(out, "root", m.root);
        setDouble(out, "bytes", m.bytes());
        return out;
    }

    /** A directory loaded by loadMount, or null. */
    static HostMount mount(int id) {
        return id >= 0 && id < MOUNTS.size() ? MOUNTS.get(id) : null;
    }

    /**
     * The bytes of a module (or script) file, read by the JVM's rules: a regular file or a pipe of at most limit
     * bytes. Throws an Error named "ModuleFileError" whose message says why not.
     */
    @JSExport
    public Uint8Array readModuleFile(String path, double limit, JSObject hostFiles) {
        try {
            return JsBytes.toJs(ModuleFile.read(new JsHostFiles(hostFiles), path, (long) limit));
        } catch (ModuleFileException e) {
            throw JsErrors.error("ModuleFileError", e.getMessage());
        }
    }

    /** The bounded text printed for a trap ({@link TrapReport}); when may be null. */
    @JSExport
    public String formatTrap(String message, JSArray<JSString> stack, String when) {
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < stack.getLength(); i++) {
            frames.add(stack.get(i).stringValue());
        }
        return TrapReport.format(message, frames, isNullish(when) ? null : when);
    }

    /** The name of the engine's installed platform ("js" in the TeaVM builds; a test checks it). */
    @JSExport
    public String platform() {
        return CurrentPlatform.PLATFORM.name();
    }

    /** The synopsis printed after a usage error. */
    @JSExport
    public String runUsage() {
        return RunOptions.USAGE;
    }

    private static JSArray<JSString> strings(java.util.List<String> list) {
        JSArray<JSString> out = JSArray.create();
        for (String s : list) {
            out.push(JSString.valueOf(s));
        }
        return out;
    }

    private static void setNumber(JSObject o, String key, long value) {
        setDouble(o, key, (double) value);
    }
}
