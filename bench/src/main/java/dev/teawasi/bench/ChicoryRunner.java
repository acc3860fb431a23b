package dev.teawasi.bench;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Chicory 1.7.5's interpreter (its default machine) with its WASI; /sandbox is a real temporary directory. */
public final class ChicoryRunner implements WasmRunner {
    @Override
    public String name() {
        return "chicory";
    }

    @Override
    public Object compile(byte[] wasm) {
        return Parser.parse(wasm);
    }

    @Override
    public RunResult run(Object compiled, List<String> args, Path sandboxDir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasiOptions options = WasiOptions.builder()
                .withArguments(args)
                .withStdout(out)
                .withStderr(err)
                .withDirectory("/sandbox", sandboxDir)
                .build();
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
            long t0 = System.nanoTime();
            ImportValues imports =
                    ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
            Instance instance = Instance.builder((WasmModule) compiled)
                    .withImportValues(imports)
                    .withStart(false)
                    .build();
            long t1 = System.nanoTime();
            int exit = 0;
            try {
                instance.export("_start").apply();
            } catch (WasiExitException e) {
                exit = e.exitCode();
            }
            long t2 = System.nanoTime();
            return new RunResult(
                    t1 - t0,
                    t2 - t1,
                    exit,
                    out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        }
    }
}
