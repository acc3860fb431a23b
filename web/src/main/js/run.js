// teawasi.run(wasm, options): one call from module bytes (or a Response or URL) to an exit code, on the browser's
// own WebAssembly where it can compile the module, else on teawasi's interpreter, with the same WASI either way.
// Interactive stdin and sleeps suspend through JSPI (native where the browser has it; the interpreter always has
// it); a run in a Worker (options.worker) is in worker-runner.js.
import { WASI, setWait } from './wasi.js';
import { stdinMayWait } from './wasi-stdin.js';
import { WebAssembly as Interpreter, limitedNamespace, instantiateWith } from './webassembly/namespace.js';
import { promisingMetered } from './webassembly/jspi.js';
import { bridge } from './webassembly/bridge.js';
import { describe } from './wasi-bytes.js';
import { loadBytes } from './load-bytes.js';
import { NEEDS_SUSPENSION } from './wasi-wait.js';
import { runInWorker } from './worker-client.js';
import { checkLimits, timeoutError, fuelMessage, MAX_TABLE_ELEMENTS } from './limits.js';
import { needsRewrite, compileGuarded, preemptImports, START_EXPORT, cancelled, declaredTableElements } from './native-guard.js';

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
  const { engine = 'auto', signal, worker, pause, limits, ...wasi } = options;
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
  return { engine, signal, worker, pause, limits: checkLimits(limits, 'limits', true), wasi };
}

/**
 * Whether a native run is rewritten to be preempted (native-guard.js): with JSPI when there is a signal or a time or
 * fuel limit; without JSPI only for a time or fuel limit (a signal alone cannot fire while the thread computes).
 */
const preemptNative = (jspi, signal, limits) => limits.timeout !== undefined || limits.fuel !== undefined || (jspi && !!signal);

/**
 * The WebAssembly to run on and whether it suspends: {WA, jspi, engine}. mayWait: stdin may have to wait for a
 * promise (so the run must be able to suspend).
 */
async function choose(engine, bytes, mayWait, signal, limits) {
  const native = engine === 'interpreter' ? null : nativeWebAssembly();
  if (engine === 'native' && !native) {
    throw new Error("engine 'native': this page has no WebAssembly that may compile modules (no WebAssembly, or a "
      + "Content-Security-Policy without 'wasm-unsafe-eval', or Lockdown Mode); use engine 'auto' or 'interpreter'");
  }
  if (native && limits.maxTableElements === undefined && declaredTableElements(bytes) > MAX_TABLE_ELEMENTS) {
    // the browser would try to allocate them all (V8 ends the process: a fatal out-of-memory error)
    throw new native.LinkError(`the tables of this module need ${declaredTableElements(bytes)} elements, above`
      + ` limits.maxTableElements (${MAX_TABLE_ELEMENTS} by default)`);
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
      if (jspi || !mayWait) {
        const preempt = preemptNative(jspi, signal, limits);
        const chosen = { WA: native, module, jspi: jspi ? native : null, engine: 'native', preempt };
        if (needsRewrite(preempt, limits)) Object.assign(chosen, await compileGuarded(native, bytes, preempt, limits), { rewritten: true });
        return chosen;
      }
      if (engine === 'native') throw new Error(`engine 'native': ${NEEDS_SUSPENSION}`);
    }
  }
  const limited = limits.maxMemory !== undefined || limits.maxTableElements !== undefined || limits.maxCallDepth !== undefined;
  const { WA, config } = limited ? limitedNamespace(limits) : { WA: Interpreter, config: bridge.defaultConfig() };
  return { WA, config, module: await WA.compile(bytes), jspi: WA, engine: 'interpreter' };
}

const now = typeof performance === 'object' ? () => performance.now() : Date.now;

/** The interpreter's meter of limits.fuel and limits.timeout for the whole run (see promisingMetered), or null. */
function meterOf(limits) {
  if (limits.fuel === undefined && limits.timeout === undefined) return null;
  return {
    fuelLeft: limits.fuel === undefined ? Infinity : limits.fuel,
    deadline: limits.timeout === undefined ? Infinity : now() + limits.timeout,
    fuelMessage: limits.fuel === undefined ? '' : fuelMessage(limits.fuel, 'taken branches and calls'),
    timeoutError: () => timeoutError(limits.timeout),
  };
}

/**
 * Runs on this thread; hooks.wait replaces how blocked calls wait (the Worker's Atomics.wait); hooks.gate wraps the
 * WASI imports (the Worker's pause).
 */
export async function runHere(bytes, { engine, signal, limits = {}, wasi: wasiOptions }, hooks = {}) {
  if (signal && signal.aborted) throw cancelled(signal);
  const mayWait = !hooks.wait && stdinMayWait(wasiOptions.stdin);
  const chosen = await choose(engine, bytes, mayWait, hooks.wait ? null : signal, limits);
  if (signal && signal.aborted) throw cancelled(signal);
  const interpreter = chosen.engine === 'interpreter';
  const meter = interpreter ? meterOf(limits) : null;
  let jspi = hooks.wait && !(interpreter && meter) ? null : chosen.jspi;
  if (jspi && meter) jspi = { Suspending: jspi.Suspending, promising: (f, o) => promisingMetered(f, o, meter) };
  const wasi = new WASI({ ...wasiOptions, jspi: jspi || undefined });
  if (hooks.wait) setWait(wasi, hooks.wait);
  let imports = hooks.gate ? hooks.gate(wasi.getImportObject()) : wasi.getImportObject();
  if (chosen.preempt) imports = { ...imports, ...preemptImports(chosen.WA, jspi, { signal, limits }) };
  // the interpreter runs a start function in slices that the signal cancels (an endless one must not hang the page)
  let exitCode;
  try {
    const instance = interpreter && (signal || meter)
      ? await instantiateWith(chosen.config, meter, chosen.module, imports, signal ? { signal } : undefined)
      : await chosen.WA.instantiate(chosen.module, imports);
    if (chosen.startExported) {
      // the start function of a rewritten module: run here, where a suspending yield may suspend it
      const start = instance.exports[START_EXPORT];
      if (jspi) await jspi.promising(start)();
      else start();
    }
    exitCode = await wasi.startAsync(instance, { signal });
  } catch (e) {
    throw sameStackOverflow(e);
  }
  const result = { exitCode, engine: chosen.engine };
  if (chosen.rewritten) result.rewritten = true;
  return result;
}

const OVERFLOW = 'Maximum call stack size exceeded';

/** A native stack overflow reported as the interpreter reports its call-depth trap (same class and message). */
function sameStackOverflow(e) {
  if (e instanceof RangeError && e.message === OVERFLOW) {
    const same = new RangeError(OVERFLOW + ' (call stack exhausted)', { cause: e });
    same.stack = e.stack;
    return same;
  }
  return e;
}

/** See teawasi.d.ts. */
export async function run(wasm, options) {
  const o = runOptions(options);
  if (o.worker !== undefined && o.worker !== false) return runInWorker(wasm, o);
  return runHere(await loadBytes(wasm, o.signal), o);
}
