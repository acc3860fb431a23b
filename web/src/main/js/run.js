// teawasi.run(wasm, options): one call from module bytes (or a Response or URL) to an exit code, on the browser's
// own WebAssembly where it can compile the module, else on teawasi's interpreter, with the same WASI either way.
// Interactive stdin and sleeps suspend through JSPI (native where the browser has it; the interpreter always has
// it); a run in a Worker (options.worker) is in worker-runner.js.
import { WASI, setWait } from './wasi.js';
import { stdinMayWait } from './wasi-stdin.js';
import { WebAssembly as Interpreter } from './webassembly/namespace.js';
import { describe } from './wasi-bytes.js';
import { loadBytes } from './load-bytes.js';
import { NEEDS_SUSPENSION } from './wasi-wait.js';
import { runInWorker } from './worker-client.js';

const ENGINES = ['auto', 'native', 'interpreter'];
/** The smallest module: whether the native WebAssembly may compile at all (CSP without wasm-unsafe-eval, Lockdown Mode). */
const EMPTY_MODULE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

let nativeState;
function nativeWebAssembly() {
  if (nativeState === undefined) {
    const WA = globalThis.WebAssembly;
    nativeState = null;
    if (WA && WA !== Interpreter && typeof WA.Module === 'function') {
      try {
        new WA.Module(EMPTY_MODULE); // eslint-disable-line no-new
        nativeState = WA;
      } catch {
        // compiling is forbidden here: the interpreter runs everything
      }
    }
  }
  return nativeState;
}

const hasJspi = (WA) => typeof WA.Suspending === 'function' && typeof WA.promising === 'function';

/** Splits run's own options from the WASI options. */
export function runOptions(options) {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object') throw new TypeError(`run options must be an object, got ${describe(options)}`);
  const { engine = 'auto', signal, worker, pause, ...wasi } = options;
  if (!ENGINES.includes(engine)) {
    throw new TypeError(`engine must be 'auto', 'native' or 'interpreter', got ${typeof engine === 'string' ? `'${engine}'` : describe(engine)}`);
  }
  if (signal !== undefined && (signal === null || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function')) {
    throw new TypeError(`signal must be an AbortSignal, got ${describe(signal)}`);
  }
  if ('jspi' in wasi) throw new TypeError('jspi is not a run option: run chooses how the guest waits by itself');
  if (pause !== undefined) {
    if (worker === undefined || worker === false) throw new TypeError('pause works only with worker (a run on the page cannot block)');
    if (!(pause instanceof Int32Array) || typeof SharedArrayBuffer !== 'function' || !(pause.buffer instanceof SharedArrayBuffer)) {
      throw new TypeError(`pause must be an Int32Array on a SharedArrayBuffer (a cross-origin isolated page), got ${describe(pause)}`);
    }
  }
  return { engine, signal, worker, pause, wasi };
}

function cancelled(signal) {
  return signal.reason !== undefined ? signal.reason : new DOMException('the run was cancelled', 'AbortError');
}

/**
 * The WebAssembly to run on and whether it suspends: {WA, jspi, engine}. mayWait: stdin may have to wait for a
 * promise (so the run must be able to suspend).
 */
async function choose(engine, bytes, mayWait) {
  const native = engine === 'interpreter' ? null : nativeWebAssembly();
  if (engine === 'native' && !native) {
    throw new Error("engine 'native': this page has no WebAssembly that may compile modules (no WebAssembly, or a "
      + "Content-Security-Policy without 'wasm-unsafe-eval', or Lockdown Mode); use engine 'auto' or 'interpreter'");
  }
  if (native) {
    let module = null;
    try {
      module = await native.compile(bytes);
    } catch (e) {
      // a module the interpreter accepts may still use a feature this browser lacks: auto falls back
      if (engine === 'native' || !Interpreter.validate(bytes)) throw e;
    }
    if (module) {
      const jspi = hasJspi(native);
      if (jspi || !mayWait) return { WA: native, module, jspi: jspi ? native : null, engine: 'native' };
      if (engine === 'native') throw new Error(`engine 'native': ${NEEDS_SUSPENSION}`);
    }
  }
  return { WA: Interpreter, module: await Interpreter.compile(bytes), jspi: Interpreter, engine: 'interpreter' };
}

/**
 * Runs on this thread; hooks.wait replaces how blocked calls wait (the Worker's Atomics.wait); hooks.gate wraps the
 * import object (the Worker's pause).
 */
export async function runHere(bytes, { engine, signal, wasi: wasiOptions }, hooks = {}) {
  if (signal && signal.aborted) throw cancelled(signal);
  const mayWait = !hooks.wait && stdinMayWait(wasiOptions.stdin);
  const chosen = await choose(engine, bytes, mayWait);
  if (signal && signal.aborted) throw cancelled(signal);
  const jspi = hooks.wait ? null : chosen.jspi;
  const wasi = new WASI({ ...wasiOptions, jspi: jspi || undefined });
  if (hooks.wait) setWait(wasi, hooks.wait);
  // the interpreter runs a start function in slices that the signal cancels (an endless one must not hang the page)
  const imports = hooks.gate ? hooks.gate(wasi.getImportObject()) : wasi.getImportObject();
  const instance = chosen.WA === Interpreter && signal
    ? await Interpreter.instantiate(chosen.module, imports, { signal })
    : await chosen.WA.instantiate(chosen.module, imports);
  const exitCode = await wasi.startAsync(instance, { signal });
  return { exitCode, engine: chosen.engine };
}

/** See teawasi.d.ts. */
export async function run(wasm, options) {
  const o = runOptions(options);
  if (o.worker !== undefined && o.worker !== false) return runInWorker(wasm, o);
  return runHere(await loadBytes(wasm, o.signal), o);
}
