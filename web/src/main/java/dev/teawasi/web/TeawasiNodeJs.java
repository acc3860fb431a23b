package dev.teawasi.web;

import dev.teawasi.engine.Version;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The node CLI's side of teawasi: TeaVM builds it to {@code cli/node-core.js} (internal to the npm package, used
 * by bin/teawasi.mjs and cli/*.mjs). It is a build of its own so the browser bundle does not carry the spec-test
 * runner and the CLI's runner.
 */
@org.teavm.jso.JSExportClasses({WasiCalls.class})
public final class TeawasiNodeJs {
    static {
        JsPlatform.install();
    }

    private TeawasiNodeJs() {}

    public static void main(String[] args) {
        // Nothing to start: the module only exports functions.
    }

    @JSExport
    public static String version() {
        return Version.VERSION;
    }

    /**
     * Runs one wast2json spec-test script (json, read from the file script): the module files it names are read
     * beside it through hostFiles (cli/host-files.mjs), print(line) receives each failure line; webAssembly2: compile
     * by 2.0's rules where 3.0 changed them (for the 2.0 spec suite). Returns {passed, failed, skipped, summary}.
     */
    @JSExport
    public static SpectestJs.Result spectest(
            String json,
            String script,
            org.teavm.jso.JSObject hostFiles,
            SpectestJs.PrintLine print,
            boolean verbose,
            boolean strictMessages,
            boolean webAssembly2) {
        return SpectestJs.run(json, script, hostFiles, print, verbose, strictMessages, webAssembly2);
    }

    /** The JVM command line's Java code for run's options, module files, trap reports and --dir directories. */
    @JSExport
    public static CliJs cli() {
        return CliJs.INSTANCE;
    }

    /**
     * Starts a WASI command for the CLI's run: options {args, env, mounts, stdin, stdout, stderr, random, ...}.
     * Throws a JS Error named CompileError, LinkError, RuntimeError (a trap while instantiating) or TypeError.
     */
    @JSExport
    public static WasiJs.Run startWasi(Uint8Array wasm, org.teavm.jso.JSObject options) {
        return WasiJs.start(wasm, options);
    }
}
