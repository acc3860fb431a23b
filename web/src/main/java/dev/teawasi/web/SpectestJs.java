package dev.teawasi.web;

import dev.teawasi.engine.internal.script.ScriptResult;
import dev.teawasi.engine.internal.script.ScriptRunner;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.web.cli.ScriptModules;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The spec-test runner of the engine, driven from the node command line: module files are read by the JVM's rules
 * ({@link ScriptModules}) over node:fs, the caller receives the output.
 */
public final class SpectestJs {
    private SpectestJs() {}

    /** Receives one line of the report. */
    @JSFunctor
    public interface PrintLine extends JSObject {
        void print(String line);
    }

    /** {passed, failed, skipped, summary}. */
    public interface Result extends JSObject {
        @JSBody(
                params = {"passed", "failed", "skipped", "summary"},
                script = "return {passed: passed, failed: failed, skipped: skipped, summary: summary};")
        static Result create(int passed, int failed, int skipped, String summary) {
            throw new UnsupportedOperationException();
        }
    }

    static Result run(
            String json,
            String script,
            JSObject hostFiles,
            PrintLine print,
            boolean verbose,
            boolean strictMessages,
            boolean webAssembly2) {
        if (json == null || script == null || hostFiles == null || print == null) {
            throw JsErrors.error(
                    "TypeError",
                    "spectest(json, script, hostFiles, print) needs two strings, host files and a function");
        }
        ScriptModules modules = new ScriptModules(new JsHostFiles(hostFiles), script);
        ScriptRunner runner = new ScriptRunner(modules, print::print, new EngineConfig())
                .verbose(verbose)
                .strictMessages(strictMessages)
                .webAssembly2(webAssembly2);
        ScriptResult r = runner.run(json);
        return Result.create(r.passed, r.failed, r.skipped, r.summary());
    }
}
