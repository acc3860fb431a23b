// Runs a WASI command (a module with _start) on the chosen engine with teawasi's WASI: args, the page's
// FileSystem preopened as "/", stdin from the terminal (each Enter gives a line, Ctrl-D the end), stdout and
// stderr to the terminal. Returns what the page shows after the run: the engine, compile and run times, the exit
// code or how the run ended.
import { StoppedError } from './run-control.js';

/**
 * opts: { teawasi, engines, bytes, name, args, choice, fs, terminal, control, env, preopens }
 * resolves { engine, compileMs, cached, runMs, exitCode, ended: 'exited' | 'stopped' | 'trapped' | 'failed',
 *            error, note }
 */
export async function runCommand(opts) {
  const { teawasi, engines, bytes, name, args, choice, fs, terminal, control } = opts;
  const compiled = await engines.compile(bytes, choice);
  const { engine } = compiled;
  const ns = engines.namespace(engine);
  const jspi = engines.hasJspi(engine) ? ns : undefined;
  const wasi = new teawasi.WASI({
    args: [name, ...args],
    env: opts.env ?? { TERM: 'xterm-256color', HOME: '/home', TEAWASI_ENGINE: engine },
    ...(fs ? { fs, preopens: opts.preopens ?? { '/': '/' } } : { preopens: { '/': '/' } }),
    stdin: () => terminal.readLine('', { history: false }).then((line) => (line === null ? null : line + '\n')),
    stdout: (bytes) => terminal.writeStream('stdout', bytes),
    stderr: (bytes) => terminal.writeStream('stderr', bytes),
    returnOnExit: true,
    ...(jspi ? { jspi } : {}),
  });
  const imports = control.gateImports(wasi.getImportObject(), jspi);
  const result = { engine, compileMs: compiled.compileMs, cached: compiled.cached,
    note: compiled.note || '',
    runMs: 0, exitCode: null, ended: 'failed', error: null };
  const started = performance.now();
  try {
    const instance = await ns.instantiate(compiled.module, imports);
    result.exitCode = jspi
      ? await wasi.startAsync(instance, { signal: control.signal })
      : wasi.start(instance);
    result.ended = 'exited';
  } catch (e) {
    if (control.stopped || e instanceof StoppedError || e?.name === 'AbortError') {
      result.ended = 'stopped';
    } else if (e instanceof ns.RuntimeError) {
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
