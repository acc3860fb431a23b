// Runs a WASI command (a module with _start) on the chosen engine with teawasi's WASI: args, the page's
// FileSystem preopened as "/", stdin from the terminal (each Enter gives a line, Ctrl-D the end), stdout and
// stderr to the terminal. On native WebAssembly the program runs in a Worker (native-worker.js: Stop and Pause
// work even for a program that never calls WASI, and the page stays responsive); on the interpreter it runs on
// the page, suspending through the interpreter's own JSPI. Returns what the page shows after the run: the
// engine, where it ran, compile and run times, the exit code or how the run ended.
import { StoppedError } from './run-control.js';
import { NATIVE } from './engines.js';
import { runInWorker, workerRunsAvailable } from './native-worker.js';

/**
 * opts: { teawasi, engines, bytes, name, args, choice, fs, terminal, control, env, preopens }
 * resolves { engine, worker, compileMs, cached, runMs, exitCode, ended: 'exited' | 'stopped' | 'trapped' | 'failed',
 *            error, note }
 */
export async function runCommand(opts) {
  const { teawasi, engines, bytes, name, args, choice, fs, terminal, control } = opts;
  // Compiled on the page first: the engine choice (auto falls back to the interpreter where native compilation
  // is refused), the compile time shown, and a CompileError before any Worker starts.
  const compiled = await engines.compile(bytes, choice);
  const { engine } = compiled;
  const ns = engines.namespace(engine);
  const inWorker = engine === NATIVE && workerRunsAvailable();
  const jspi = !inWorker && engines.hasJspi(engine) ? ns : undefined;
  const wasiOptions = {
    args: [name, ...args],
    env: opts.env ?? { TERM: 'xterm-256color', HOME: '/home', TEAWASI_ENGINE: engine },
    ...(fs ? { fs, preopens: opts.preopens ?? { '/': '/' } } : { preopens: { '/': '/' } }),
    stdin: () => terminal.readLine('', { history: false }).then((line) => (line === null ? null : line + '\n')),
    stdout: (b) => terminal.writeStream('stdout', b),
    stderr: (b) => terminal.writeStream('stderr', b),
  };
  const result = { engine, worker: inWorker, compileMs: compiled.compileMs, cached: compiled.cached,
    note: compiled.note || '',
    runMs: 0, exitCode: null, ended: 'failed', error: null };
  const started = performance.now();
  try {
    if (inWorker) {
      result.exitCode = (await runInWorker({ teawasi, bytes, control, ...wasiOptions })).exitCode;
    } else {
      const wasi = new teawasi.WASI({ ...wasiOptions, returnOnExit: true, ...(jspi ? { jspi } : {}) });
      const imports = control.gateImports(wasi.getImportObject(), jspi);
      const instance = await ns.instantiate(compiled.module, imports);
      result.exitCode = jspi
        ? await wasi.startAsync(instance, { signal: control.signal })
        : wasi.start(instance);
    }
    result.ended = 'exited';
  } catch (e) {
    if (control.stopped || e instanceof StoppedError || e?.name === 'AbortError') {
      result.ended = 'stopped';
    } else if (e instanceof ns.RuntimeError || e?.name === 'RuntimeError') {
      result.ended = 'trapped';
      result.error = e;
    } else {
      result.error = e;
    }
  } finally {
    result.runMs = performance.now() - started;
    terminal.cancelRead();
  }
  return result;
}
