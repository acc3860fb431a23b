package dev.teawasi.web;

import dev.teawasi.engine.internal.script.ScriptException;
import dev.teawasi.engine.internal.script.ScriptResult;
import dev.teawasi.engine.internal.script.ScriptRunner;
import dev.teawasi.engine.internal.store.EngineConfig;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Uint8Array;

/** The spec-test runner of the engine, driven from JS: the caller supplies the file reads and the output. */
public final class SpectestJs {
    private SpectestJs() {}

    /**
     * Returns the bytes of a module file named by the script, null/undefined when it cannot be read, or a string
     * saying why it is refused.
     */
    @JSFunctor
    public interface ReadFile extends JSObject {
        Uint8Array read(String name);
    }

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
            ReadFile readFile,
            PrintLine print,
            boolean verbose,
            boolean strictMessages,
            boolean webAssembly2) {
        if (json == null || readFile == null || print == null) {
            throw JsErrors.error("TypeError", "spectest(json, readFile, print) needs a JSON string and two functions");
        }
        ScriptRunner runner = new ScriptRunner(name -> read(readFile, name), print::print, new EngineConfig())
                .verbose(verbose)
                .strictMessages(strictMessages)
                .webAssembly2(webAssembly2);
        ScriptResult r = runner.run(json);
        return Result.create(r.passed, r.failed, r.skipped, r.summary());
    }

    private static byte[] read(ReadFile readFile, String name) {
        Uint8Array bytes = readFile.read(name);
        if (isString(bytes)) {
            // the reader refused the file and says why (e.g. a name leaving the script's folder)
            throw new ScriptException(asString(bytes));
        }
        return isMissing(bytes) ? null : JsBytes.toJava(bytes);
    }

    @JSBody(params = "v", script = "return typeof v === 'string';")
    private static native boolean isString(JSObject v);

    @JSBody(params = "v", script = "return String(v);")
    private static native String asString(JSObject v);

    @JSBody(params = "v", script = "return v === null || v === undefined;")
    private static native boolean isMissing(JSObject v);
}
