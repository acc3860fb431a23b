package dev.teawasi.web;

import static dev.teawasi.web.JsObjects.at;
import static dev.teawasi.web.JsObjects.get;
import static dev.teawasi.web.JsObjects.isNullish;
import static dev.teawasi.web.JsObjects.length;
import static dev.teawasi.web.JsObjects.string;
import static dev.teawasi.web.JsObjects.stringAt;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.LinkException;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.wasi.ExportCall;
import dev.teawasi.wasi.ProcExit;
import dev.teawasi.wasi.WasiConfig;
import dev.teawasi.wasi.WasiProcess;
import dev.teawasi.wasi.WasiResult;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.host.InputSource;
import dev.teawasi.wasi.host.OutputSink;
import dev.teawasi.wasi.host.RandomSource;
import dev.teawasi.wasi.host.Sleeper;
import dev.teawasi.wasi.mount.FileContent;
import dev.teawasi.wasi.mount.MountedTree;
import dev.teawasi.wasi.mount.TreeEntry;
import dev.teawasi.wasi.vfs.Vfs;
import dev.teawasi.wasi.vfs.VfsLimits;
import dev.teawasi.web.cli.HostMount;
import dev.teawasi.web.cli.MountWriteBack;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * WASI commands from JavaScript. Everything the guest touches outside its memory is given by the caller: stdio
 * callbacks, a random source, and directory trees to mount (lists of entries; after the run the same list format
 * comes back, unchanged files without data, for the caller to write wherever they came from). No node-only call
 * is made here, so a web page uses the same API with in-memory trees; the node launcher (cli/run.mjs) adds host
 * directories through node:fs.
 */
public final class WasiJs {
    private WasiJs() {}

    /** Receives a chunk of stdout or stderr bytes (a copy the callee may keep). */
    @JSFunctor
    public interface BytesSink extends JSObject {
        void write(Uint8Array bytes);
    }

    /** Returns up to max bytes of stdin: null/undefined at end of input, an empty array when none is ready yet. */
    @JSFunctor
    public interface BytesSource extends JSObject {
        Uint8Array read(int max);
    }

    /** How many stdin bytes a read would return without waiting (for poll_oneoff); 0 when unknown. */
    @JSFunctor
    public interface Available extends JSObject {
        int available();
    }

    /** Fills the array with random bytes (e.g. crypto.getRandomValues). */
    @JSFunctor
    public interface RandomFill extends JSObject {
        void fill(Uint8Array bytes);
    }

    /** A started run that proceeds in fuel slices (so a page stays responsive) and can wait for stdin. */
    public static final class Run {
        private final WasiProcess process;
        private final List<String> guestPaths;
        private final List<MountedTree> trees;
        private WasiResult result;
        /** Per mount: the host directory it was loaded from (the node command line), else null. */
        private List<HostMount> hostMounts = new ArrayList<>();
        /** Set by invoke(): step() then runs this export call instead of _start. */
        private ExportCall call;

        Run(WasiProcess process, List<String> guestPaths, List<MountedTree> trees) {
            this.process = process;
            this.guestPaths = guestPaths;
            this.trees = trees;
        }

        /** A run that ended in the module's start function (proc_exit or a trap) before _start. */
        Run(WasiResult ended, List<String> guestPaths, List<MountedTree> trees) {
            this((WasiProcess) null, guestPaths, trees);
            this.result = ended;
        }

        /**
         * Runs at most fuel instructions (a negative number: to the end); returns "exited", "trapped",
         * "out-of-fuel" (call again) or "waiting-for-input" (stdin had nothing ready; call again when it has).
         */
        @JSExport
        public String step(double fuel) {
            long f = fuel < 0 || fuel > 9.0e18 ? -1 : (long) fuel;
            try {
                if (call != null) {
                    result = call.run(f);
                } else if (result == null) {
                    result = process.runCommand(f);
                } else if (!result.finished()) {
                    result = process.resume(f);
                }
            } catch (RuntimeException e) {
                // a host-side failure (not a trap, which is a result): a JS Error with a readable message
                throw JsErrors.error("Error", e.getMessage() != null ? e.getMessage() : e.toString());
            }
            return status(result);
        }

        /**
         * Makes step() call this export (after _initialize when the module has one) instead of _start, with the
         * arguments as text parsed by the parameter types (as wasmtime's run --invoke). Throws an Error naming what
         * is wrong: no such function, wrong number of arguments, an argument not of its type.
         */
        @JSExport
        public void invoke(String name, JSArray<JSString> args) {
            if (result != null || call != null) {
                throw JsErrors.error("Error", "the run has already started");
            }
            List<String> list = new ArrayList<>();
            for (int i = 0; i < args.getLength(); i++) {
                list.add(args.get(i).stringValue());
            }
            try {
                call = ExportCall.prepare(process, name, list);
            } catch (IllegalArgumentException e) {
                throw JsErrors.error("Error", e.getMessage());
            }
        }

        /** After invoke() and "exited": the export's results as wasmtime prints them; empty after proc_exit. */
        @JSExport
        public JSArray<JSString> results() {
            JSArray<JSString> out = JSArray.create();
            if (call != null && call.results() != null) {
                for (String r : call.results()) {
                    out.push(JSString.valueOf(r));
                }
            }
            return out;
        }

        /** The exit code once "exited" (134 after a trap). */
        @JSExport
        public int exitCode() {
            return result == null ? -1 : result.exitCode();
        }

        /** After "sleeping": milliseconds until the guest's earliest timeout; step() again once they have passed. */
        @JSExport
        public double sleepMs() {
            return result == null || result.status() != WasiResult.Status.SLEEPING ? 0 : result.sleepNanos() / 1e6;
        }

        /** The trap message once "trapped", else null. */
        @JSExport
        public String trap() {
            return result != null && result.trap() != null ? result.trap().getMessage() : null;
        }

        /** The wasm frames of the trap, innermost first. */
        @JSExport
        public JSArray<JSString> wasmStack() {
            JSArray<JSString> out = JSArray.create();
            Trap t = result == null ? null : result.trap();
            if (t != null && t.wasmStackTrace() != null) {
                for (String frame : t.wasmStackTrace()) {
                    out.push(JSString.valueOf(frame));
                }
            }
            return out;
        }

        Run withHostMounts(List<HostMount> list) {
            hostMounts = list;
            return this;
        }

        /**
         * Internal (the node command line): writes what the guest left in mount index back to the host directory it
         * was loaded from, with the JVM's code (MountWriteBack); one line per change that did not reach the host.
         */
        @JSExport
        public JSArray<JSString> writeBack(int index) {
            HostMount host = index >= 0 && index < hostMounts.size() ? hostMounts.get(index) : null;
            if (host == null) {
                throw JsErrors.error("TypeError", "mount " + index + " was not loaded from a host directory");
            }
            JSArray<JSString> out = JSArray.create();
            for (String problem : MountWriteBack.apply(host, trees.get(index).export())) {
                out.push(JSString.valueOf(problem));
            }
            return out;
        }

        /** The mounted trees as they are now: [{guestPath, entries}], entries as given to startWasi. */
        @JSExport
        public JSArray<JSObject> mounts() {
            JSArray<JSObject> out = JSArray.create();
            for (int i = 0; i < trees.size(); i++) {
                JSArray<JSObject> entries = JSArray.create();
                for (TreeEntry e : trees.get(i).export()) {
                    entries.push(toJs(e));
                }
                out.push(mount(guestPaths.get(i), entries));
            }
            return out;
        }
    }

    /** See teawasi.d.ts: startWasi(wasm, options). */
    static Run start(Uint8Array wasm, JSObject options) {
        byte[] bytes = JsBytes.toJava(wasm);
        WasmModule module;
        try {
            module = WasmModule.compile(bytes);
        } catch (CompileException e) {
            throw JsErrors.error("CompileError", e.getMessage());
        }
        WasiConfig.Builder b = WasiConfig.builder();
        JsSystemClock clock = new JsSystemClock();
        b.clock(clock);
        b.args(strings(get(options, "args")));
        for (String kv : strings(get(options, "env"))) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw JsErrors.error("TypeError", "env entries are KEY=VALUE strings, got '" + kv + "'");
            }
            b.env(kv.substring(0, eq), kv.substring(eq + 1));
        }
        List<String> guestPaths = new ArrayList<>();
        List<MountedTree> trees = new ArrayList<>();
        List<HostMount> hostMounts = new ArrayList<>();
        JSObject limits = get(options, "limits");
        double fsBytes = number(limits, "fsBytes");
        double fsInodes = number(limits, "fsInodes");
        VfsLimits vfsLimits = VfsLimits.DEFAULT;
        try {
            if (fsBytes >= 0) {
                vfsLimits = vfsLimits.withMaxBytes(fsBytes >= 9.2e18 ? Long.MAX_VALUE : (long) fsBytes);
            }
            if (fsInodes >= 0) {
                vfsLimits = vfsLimits.withMaxInodes(fsInodes >= 9.2e18 ? Long.MAX_VALUE : (long) fsInodes);
            }
        } catch (IllegalArgumentException e) {
            throw JsErrors.error("RangeError", "limits: " + e.getMessage());
        }
        b.engineConfig(engineConfig(limits));
        JSObject mounts = get(options, "mounts");
        for (int i = 0; i < length(mounts); i++) {
            JSObject m = at(mounts, i);
            String guest = string(m, "guestPath");
            if (guest == null || guest.isEmpty()) {
                throw JsErrors.error("TypeError", "each mount needs a guestPath");
            }
            List<TreeEntry> entries = new ArrayList<>();
            // internal (the node command line): a host directory loaded by cli().loadMount, by id
            double hostId = number(m, "hostMount");
            HostMount host = hostId >= 0 ? CliJs.mount((int) hostId) : null;
            if (host != null) {
                entries.addAll(host.entries());
            } else {
                JSObject list = get(m, "entries");
                for (int k = 0; k < length(list); k++) {
                    entries.add(fromJs(at(list, k)));
                }
            }
            Vfs vfs = new Vfs(clock, vfsLimits);
            try {
                trees.add(MountedTree.load(vfs.root(), entries));
            } catch (ErrnoException | IllegalArgumentException | IllegalStateException e) {
                throw JsErrors.error("TypeError", "mount " + guest + ": " + e.getMessage());
            }
            hostMounts.add(host);
            guestPaths.add(guest);
            b.preopen(guest, vfs.root());
        }
        BytesSink out = sink(options, "stdout");
        BytesSink err = sink(options, "stderr");
        BytesSource in = source(options, "stdin");
        RandomFill random = randomFill(options, "random");
        if (out != null) {
            b.stdout(new JsSink(out));
        }
        if (err != null) {
            b.stderr(new JsSink(err));
        }
        if (in != null) {
            b.stdin(new JsSource(in, available(options, "stdinAvailable")));
        }
        if (random != null) {
            b.random(new JsRandom(random));
        }
        if (tristate(options, "suspendOnSleep") == 1) {
            // a page must not busy-wait: nanosleep/poll timeouts end the step with "sleeping"
            b.sleeper(Sleeper.SUSPEND);
        }
        int terminal = tristate(options, "stdioTerminal");
        if (terminal >= 0) {
            b.stdioTerminal(terminal == 1);
        }
        WasiProcess process;
        try {
            process = WasiProcess.instantiate(
                    module,
                    b.build(),
                    new Imports().trapUnknownFunctions(tristate(options, "trapUnknownImports") == 1));
        } catch (LinkException e) {
            throw JsErrors.error("LinkError", e.getMessage());
        } catch (ProcExit e) {
            // proc_exit in the start function ends the program like anywhere else: the first step() says "exited"
            return new Run(WasiResult.exited(e.code()), guestPaths, trees).withHostMounts(hostMounts);
        } catch (Trap t) {
            return new Run(WasiResult.trapped(t), guestPaths, trees).withHostMounts(hostMounts);
        }
        if (tristate(options, "reactor") != 1 && process.instance().function("_start") == null) {
            throw JsErrors.error("LinkError", "the module exports no _start function (not a WASI command)");
        }
        return new Run(process, guestPaths, trees).withHostMounts(hostMounts);
    }

    /** The engine's limits from options.limits (memoryBytes, tableElements, callDepth; absent or -1: default). */
    private static EngineConfig engineConfig(JSObject limits) {
        EngineConfig c = new EngineConfig();
        double memory = number(limits, "memoryBytes");
        if (memory >= 0) {
            long pages = (long) (memory / 65536);
            c.maxMemoryPagesTotal = Math.min(pages, c.maxMemoryPagesTotal);
            c.maxMemoryPages = (int) Math.min(pages, c.maxMemoryPages);
        }
        double tables = number(limits, "tableElements");
        if (tables > 0) {
            c.maxTableElementsTotal = (long) tables;
            c.maxTableSize = (int) Math.min(tables, c.maxTableSize);
        }
        double depth = number(limits, "callDepth");
        if (depth > 0) {
            c.maxCallDepth = (int) Math.min(depth, Integer.MAX_VALUE);
        }
        return c;
    }

    /** A number option, or -1 when absent (or not a non-negative number). */
    @JSBody(
            params = {"o", "k"},
            script = "var $tv = o == null ? undefined : o[k];"
                    + " return typeof $tv === 'number' && $tv >= 0 ? $tv : -1;")
    private static native double number(JSObject o, String k);

    private static String status(WasiResult r) {
        switch (r.status()) {
            case EXITED:
                return "exited";
            case TRAPPED:
                return "trapped";
            case OUT_OF_FUEL:
                return "out-of-fuel";
            case SLEEPING:
                return "sleeping";
            default:
                return "waiting-for-input";
        }
    }

    private static TreeEntry fromJs(JSObject e) {
        String path = string(e, "path");
        String kind = string(e, "kind");
        if (path == null || kind == null) {
            throw JsErrors.error("TypeError", "a mount entry needs path and kind");
        }
        long atim = nanos(string(e, "atimeNs"));
        long mtim = nanos(string(e, "mtimeNs"));
        String linkTo = string(e, "linkTo");
        switch (kind) {
            case "dir":
                return TreeEntry.directory(path, atim, mtim);
            case "symlink":
                if (linkTo != null) {
                    return TreeEntry.hardLink(path, TreeEntry.Kind.SYMLINK, linkTo);
                }
                return TreeEntry.symlink(path, string(e, "target"), atim, mtim);
            case "file":
                if (linkTo != null) {
                    return TreeEntry.hardLink(path, TreeEntry.Kind.FILE, linkTo);
                }
                JSObject data = get(e, "data");
                return TreeEntry.file(path, data == null ? new byte[0] : JsBytes.toJava((Uint8Array) data), atim, mtim);
            default:
                throw JsErrors.error("TypeError", "mount entry kind must be file, dir or symlink, got '" + kind + "'");
        }
    }

    private static JSObject toJs(TreeEntry e) {
        String kind =
                e.kind == TreeEntry.Kind.DIRECTORY ? "dir" : e.kind == TreeEntry.Kind.SYMLINK ? "symlink" : "file";
        JSObject o =
                entry(e.path, kind, null, e.target, Long.toString(e.atimNanos), Long.toString(e.mtimNanos), e.linkTo);
        if (e.content != null) {
            // size + read(offset, length) stream a file of any size; data (the whole file) is built on first use
            FileContent c = e.content;
            addContent(
                    o,
                    (double) c.size(),
                    (offset, length) -> {
                        long pos = (long) offset;
                        int n = (int) Math.max(0, Math.min(length, c.size() - pos));
                        byte[] b = new byte[n];
                        int got = n == 0 ? 0 : c.read(pos, b, 0, n);
                        return JsBytes.toJs(got == n ? b : Arrays.copyOf(b, Math.max(0, got)));
                    },
                    () -> {
                        try {
                            return JsBytes.toJs(e.bytes());
                        } catch (IllegalStateException tooLarge) {
                            throw JsErrors.error(
                                    "RangeError", tooLarge.getMessage() + "; read it with read(offset, length)");
                        }
                    });
        }
        return o;
    }

    /** Reads length bytes at offset of a changed file (fewer at the end). */
    @JSFunctor
    public interface ReadPiece extends JSObject {
        Uint8Array read(double offset, int length);
    }

    /** The whole content of a changed file. */
    @JSFunctor
    public interface WholeContent extends JSObject {
        Uint8Array get();
    }

    @JSBody(
            params = {"o", "size", "read", "whole"},
            script = "o.size = size; o.read = read; var $d;"
                    + " Object.defineProperty(o, 'data', {enumerable: true, configurable: true,"
                    + " get: function() { if ($d === undefined) $d = whole(); return $d; }});")
    private static native void addContent(JSObject o, double size, ReadPiece read, WholeContent whole);

    private static long nanos(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException ex) {
            throw JsErrors.error("TypeError", "times are nanoseconds as decimal strings, got '" + s + "'");
        }
    }

    private static List<String> strings(JSObject array) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < length(array); i++) {
            out.add(stringAt(array, i));
        }
        return out;
    }

    private static final class JsSink implements OutputSink {
        private final BytesSink sink;

        JsSink(BytesSink sink) {
            this.sink = sink;
        }

        @Override
        public void write(byte[] src, int off, int len) {
            sink.write(JsBytes.toJs(off == 0 && len == src.length ? src : Arrays.copyOfRange(src, off, off + len)));
        }
    }

    private static final class JsSource implements InputSource {
        private final BytesSource source;
        private final Available available;
        private boolean eof;

        JsSource(BytesSource source, Available available) {
            this.source = source;
            this.available = available;
        }

        @Override
        public int read(byte[] dst, int off, int len) {
            if (eof) {
                return EOF;
            }
            Uint8Array got = source.read(len);
            if (isNullish(got)) {
                eof = true;
                return EOF;
            }
            byte[] b = JsBytes.toJava(got);
            if (b.length == 0) {
                return NOT_READY;
            }
            int n = Math.min(b.length, len);
            System.arraycopy(b, 0, dst, off, n);
            return n;
        }

        @Override
        public int available() {
            return eof ? EOF : available == null ? 0 : Math.max(0, available.available());
        }
    }

    private static final class JsRandom implements RandomSource {
        private final RandomFill fill;

        JsRandom(RandomFill fill) {
            this.fill = fill;
        }

        @Override
        public void nextBytes(byte[] dst, int off, int len) {
            Uint8Array a = JsBytes.toJs(new byte[len]);
            fill.fill(a);
            byte[] b = JsBytes.toJava(a);
            System.arraycopy(b, 0, dst, off, len);
        }
    }

    /** -1 when absent, else 1 (truthy) or 0. */
    @JSBody(
            params = {"o", "k"},
            script = "return o == null || o[k] == null ? -1 : (o[k] ? 1 : 0);")
    private static native int tristate(JSObject o, String k);

    @JSBody(
            params = {"o", "k"},
            script = "var $tv = o == null ? null : o[k]; return typeof $tv === 'function' ? $tv : null;")
    private static native BytesSink sink(JSObject o, String k);

    @JSBody(
            params = {"o", "k"},
            script = "var $tv = o == null ? null : o[k]; return typeof $tv === 'function' ? $tv : null;")
    private static native BytesSource source(JSObject o, String k);

    @JSBody(
            params = {"o", "k"},
            script = "var $tv = o == null ? null : o[k]; return typeof $tv === 'function' ? $tv : null;")
    private static native RandomFill randomFill(JSObject o, String k);

    @JSBody(
            params = {"o", "k"},
            script = "var $tv = o == null ? null : o[k]; return typeof $tv === 'function' ? $tv : null;")
    private static native Available available(JSObject o, String k);

    @JSBody(
            params = {"guestPath", "entries"},
            script = "return {guestPath: guestPath, entries: entries};")
    private static native JSObject mount(String guestPath, JSArray<JSObject> entries);

    @JSBody(
            params = {"path", "kind", "data", "target", "atimeNs", "mtimeNs", "linkTo"},
            script = "var $te = {path: path, kind: kind, atimeNs: atimeNs, mtimeNs: mtimeNs};"
                    + " if (data != null) $te.data = data; if (target != null) $te.target = target;"
                    + " if (linkTo != null) $te.linkTo = linkTo; return $te;")
    private static native JSObject entry(
            String path, String kind, Uint8Array data, String target, String atimeNs, String mtimeNs, String linkTo);
}
