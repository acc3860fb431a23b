package dev.teawasi.bench;

import java.nio.file.Path;
import java.util.List;

/** A WebAssembly runtime under measurement: compiles a module once, then runs it as a WASI command. */
public interface WasmRunner {
    /** Short name used on the command line and in the table. */
    String name();

    /** Decodes, validates (and whatever else the runtime does ahead of running) a module. Timed as start-up. */
    Object compile(byte[] wasm);

    /**
     * Instantiates the compiled module with WASI (args, stdout and stderr captured, sandboxDir preopened at /sandbox; the
     * runtime may use its own in-memory file system instead) and runs _start. Only _start is timed.
     */
    RunResult run(Object compiled, List<String> args, Path sandboxDir) throws Exception;

    /** The outcome of one run. */
    final class RunResult {
        public final long instantiateNanos;
        public final long executeNanos;
        public final int exitCode;
        /** stdout then stderr (printf_lines prints its checksum to stderr). */
        public final String stdout;

        public RunResult(long instantiateNanos, long executeNanos, int exitCode, String stdout) {
            this.instantiateNanos = instantiateNanos;
            this.executeNanos = executeNanos;
            this.exitCode = exitCode;
            this.stdout = stdout;
        }
    }
}
