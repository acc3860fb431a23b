package dev.teawasi.bench;

import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.wasi.WasiConfig;
import dev.teawasi.wasi.WasiProcess;
import dev.teawasi.wasi.WasiResult;
import dev.teawasi.wasi.host.ByteArrayOutput;
import java.nio.file.Path;
import java.util.List;

/** teawasi's interpreter with its wasi-polyfill (the guest's /sandbox is an in-memory directory). */
public final class TeawasiRunner implements WasmRunner {
    @Override
    public String name() {
        return "teawasi";
    }

    @Override
    public Object compile(byte[] wasm) {
        return WasmModule.compile(wasm);
    }

    @Override
    public RunResult run(Object compiled, List<String> args, Path sandboxDir) {
        ByteArrayOutput out = new ByteArrayOutput();
        ByteArrayOutput err = new ByteArrayOutput();
        WasiConfig config = WasiConfig.builder()
                .deterministic()
                .args(args)
                .stdout(out)
                .stderr(err)
                .preopen("/sandbox")
                .build();
        long t0 = System.nanoTime();
        WasiProcess process = WasiProcess.instantiate((WasmModule) compiled, config);
        long t1 = System.nanoTime();
        // -Dteawasi.bench.slice=N runs in fuel slices of N (an experiment on JIT behaviour; off by default)
        long slice = Long.getLong("teawasi.bench.slice", -1);
        WasiResult r = process.runCommand(slice);
        while (r.status() == WasiResult.Status.OUT_OF_FUEL) {
            r = process.resume(slice);
        }
        long t2 = System.nanoTime();
        if (r.status() != WasiResult.Status.EXITED) {
            throw new IllegalStateException("teawasi: " + r + "; stderr: " + err);
        }
        return new RunResult(t1 - t0, t2 - t1, r.exitCode(), out.toString() + err.toString());
    }
}
