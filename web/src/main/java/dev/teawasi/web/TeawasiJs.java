package dev.teawasi.web;

import dev.teawasi.engine.Version;
import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.binary.SectionInfo;
import dev.teawasi.engine.internal.binary.SectionScanner;
import java.util.List;
import org.teavm.jso.JSExport;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The browser side of teawasi (TeaVM builds it to core.js, which the hand-written ES sources wrap; see index.js and
 * teawasi.d.ts). What only the node CLI needs (spectest, the CLI's runner) is in {@link TeawasiNodeJs}, a separate
 * build, so pages do not download it.
 */
@org.teavm.jso.JSExportClasses({WasiCalls.class, WebAssemblyCalls.class})
public final class TeawasiJs {
    static {
        JsPlatform.install();
    }

    private TeawasiJs() {}

    public static void main(String[] args) {
        // Nothing to start: the module only exports functions.
    }

    @JSExport
    public static String version() {
        return Version.VERSION;
    }

    /** Lists the sections of a binary module: [{id, name, offset, size}]. Throws a JS Error for a malformed file. */
    @JSExport
    public static JSArray<SectionJs> sections(Uint8Array bytes) {
        byte[] data = JsBytes.toJava(bytes);
        List<SectionInfo> list;
        try {
            list = SectionScanner.scan(data);
        } catch (CompileException e) {
            throw JsErrors.error("CompileError", e.getMessage());
        }
        JSArray<SectionJs> out = JSArray.create();
        for (SectionInfo s : list) {
            out.push(SectionJs.create(s.id, s.name(), s.offset, s.size));
        }
        return out;
    }

    /** The engine side of the `WebAssembly` namespace (internal: used by the hand-written webassembly/*.js). */
    @JSExport
    public static WebAssemblyBridge webAssemblyBridge() {
        return WebAssemblyBridge.INSTANCE;
    }

    /**
     * The Java WASI layer for one WASI instance of wasi.js (internal): options as wasi.js normalises them, fs the
     * core of the teawasi.FileSystem the guest's preopens are in, or null for a fresh file system.
     */
    @JSExport
    public static WasiHost wasiHost(org.teavm.jso.JSObject options, FileSystemJs fs) {
        return WasiBridge.create(options, fs == null ? new dev.teawasi.wasi.vfs.Vfs() : fs.vfs());
    }

    /** The rewrite of modules for the browser's own WebAssembly: preemption and limits (internal: native-guard.js). */
    @JSExport
    public static NativeGuardJs nativeGuard() {
        return NativeGuardJs.INSTANCE;
    }

    /** The core of a new teawasi.FileSystem (internal: web/src/main/js/filesystem.js wraps it). */
    @JSExport
    public static FileSystemJs createFileSystem() {
        return new FileSystemJs();
    }
}
