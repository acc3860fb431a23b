package dev.teawasi.web;

import dev.teawasi.engine.internal.binary.CompileException;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The rewrite of modules run on the browser's own WebAssembly (internal: used by web/src/main/js/native-guard.js):
 * preemption and limits, see {@link NativeRewriter}.
 */
public final class NativeGuardJs {
    static final NativeGuardJs INSTANCE = new NativeGuardJs();

    private NativeGuardJs() {}

    /**
     * Rewrites bytes: with preempt, the count-down and the yield import (first budget {@code budget}; exactCount: every
     * tick on the global, for fuel; importsMayReenter: whether imports may call the module's functions); limits -1 for
     * none. Returns {bytes, startExported, dropped} or, when the module cannot be rewritten, {error, kind} with kind
     * "limit" (a declaration exceeds a limit) or "unsupported".
     */
    @JSExport
    public JSObject rewrite(
            Uint8Array bytes,
            boolean preempt,
            boolean exactCount,
            boolean importsMayReenter,
            int budget,
            double maxMemoryPages,
            double maxTableElements) {
        NativeRewriter.Options o = new NativeRewriter.Options();
        o.preempt = preempt;
        o.exactCount = exactCount;
        o.importsMayReenter = importsMayReenter;
        o.initialBudget = budget;
        o.maxMemoryPages = (long) maxMemoryPages;
        o.maxTableElements = (long) maxTableElements;
        try {
            NativeRewriter.Result r = NativeRewriter.rewrite(JsBytes.toJava(bytes), o);
            return result(JsBytes.toJs(r.bytes), r.startExported, r.dropped);
        } catch (NativeRewriter.LimitException e) {
            return failure("limit", e.getMessage());
        } catch (CompileException | IllegalArgumentException e) {
            return failure("unsupported", e.getMessage());
        } catch (RuntimeException e) {
            String m = e.getMessage();
            return failure("unsupported", "internal error" + (m == null ? "" : ": " + m));
        }
    }

    @JSBody(
            params = {"bytes", "startExported", "dropped"},
            script = "return {bytes: bytes, startExported: startExported, dropped: dropped};")
    private static native JSObject result(Uint8Array bytes, boolean startExported, String dropped);

    @JSBody(
            params = {"kind", "error"},
            script = "return {kind: kind, error: error};")
    private static native JSObject failure(String kind, String error);
}
