// Runs on the browser's own WebAssembly that can be preempted and limited: the module is rewritten first (in Java,
// dev.teawasi.web.NativeRewriter) so that every loop header and the entry of every function that may recurse count
// down a budget and, at zero, call the added import "teawasi:preempt" "yield". With JSPI that import suspends the
// run for one task every few milliseconds (timers and clicks are served, the AbortSignal is checked); without JSPI
// it can only throw, which enforces limits.timeout and limits.fuel. Memory and table limits lower the module's
// declared maxima.
import { nativeGuard } from './core.js';
import { memoryPages, tableElements, timeoutError, fuelMessage } from './limits.js';
import { yieldToEventLoop } from './webassembly/jspi.js';

const IMPORT_MODULE = 'teawasi:preempt';
export const START_EXPORT = 'teawasi:start';
/** Ticks before the first yield; the budget then adapts to about one yield per millisecond. */
const FIRST_BUDGET = 10000;
/** Milliseconds of running between two suspensions (JSPI). */
const SLICE_MS = 8;

const guard = nativeGuard();
const now = typeof performance === 'object' ? () => performance.now() : Date.now;

/**
 * Elements of all tables the module defines, from the table section's declared minimums (a quick scan, no
 * decoding of code); -1 when the section has a form this scan does not read (tables with initialisers).
 */
export function declaredTableElements(bytes) {
  let pos = 8;
  const u32 = () => {
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[pos++];
      if (b === undefined) throw new Error('end');
      v += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return v;
    }
  };
  try {
    while (pos < bytes.length) {
      const id = bytes[pos++];
      const size = u32();
      const end = pos + size;
      if (id === 4) {
        let total = 0;
        for (let n = u32(); n > 0; n--) {
          const t = bytes[pos++];
          if (t === 0x40) return -1;
          if (t === 0x63 || t === 0x64) u32(); // (ref null? heaptype): a one-byte heap type or a type index
          const flags = bytes[pos++];
          total += u32();
          if (flags & 1) u32();
        }
        return total;
      }
      if (id > 4 && id !== 0 && id !== 13) return 0; // past where the table section would be
      pos = end;
    }
  } catch {
    return -1; // malformed: the WebAssembly's own compile reports it
  }
  return 0;
}

/** Whether a native run needs the rewrite: preemption (see run.js) or a memory/table limit. */
export function needsRewrite(preempt, limits) {
  return preempt || memoryPages(limits) >= 0 || tableElements(limits) >= 0;
}

/**
 * Rewrites and compiles bytes for WA: {module, startExported, dropped}. A declaration above a limit is WA's
 * LinkError naming the limit; a module the rewrite cannot handle is an Error saying so.
 */
export async function compileGuarded(WA, bytes, preempt, limits) {
  const first = preempt ? (limits.fuel !== undefined ? Math.min(FIRST_BUDGET, limits.fuel) : FIRST_BUDGET) : 0;
  // fuel needs every tick counted on the global; otherwise loops count down a local (much cheaper in tight loops)
  // run()'s imports (WASI's and the yield) never call into the module: calls to them are leaves of the call graph
  const r = guard.rewrite(bytes, preempt, limits.fuel !== undefined, false, first, memoryPages(limits), tableElements(limits));
  if (r.error !== undefined) {
    if (r.kind === 'limit') throw new WA.LinkError(r.error);
    throw new Error(`teawasi cannot rewrite this module to ${preempt ? 'preempt it' : 'apply limits'} on native`
      + ` WebAssembly (${r.error}); run it with engine 'interpreter' or in a Worker`);
  }
  let module;
  try {
    module = await WA.compile(r.bytes);
  } catch (e) {
    throw new Error(`teawasi's rewrite of this module does not compile (a teawasi bug, please report it): ${e && e.message}`);
  }
  return { module, startExported: r.startExported, dropped: r.dropped };
}

/**
 * The import object's part for a rewritten module: {"teawasi:preempt": {yield}}. jspi: the native namespace when
 * the run may suspend (yield then suspends for a task every SLICE_MS), else null (yield only checks and throws).
 */
export function preemptImports(WA, jspi, { signal, limits }) {
  const fuel = limits.fuel;
  const deadline = limits.timeout !== undefined ? now() + limits.timeout : Infinity;
  let given = fuel !== undefined ? Math.min(FIRST_BUDGET, fuel) : FIRST_BUDGET;
  let used = 0;
  let budget = FIRST_BUDGET;
  let last = now();
  let resumed = last;
  const check = (t) => {
    if (signal && signal.aborted) throw cancelled(signal);
    if (t >= deadline) throw timeoutError(limits.timeout);
  };
  const next = () => {
    used += given;
    if (fuel !== undefined && used >= fuel) throw new WA.RuntimeError(fuelMessage(fuel, 'loop iterations and calls of recursive functions'));
    const t = now();
    check(t);
    // about one yield per millisecond, whatever a tick costs in this program
    const dt = t - last;
    last = t;
    if (dt < 0.5) budget = Math.min(budget * 2, 0x40000000);
    else if (dt > 2) budget = Math.max(1000, budget >> 1);
    given = fuel !== undefined ? Math.min(budget, fuel - used) : budget;
    return given;
  };
  if (!jspi) return { [IMPORT_MODULE]: { yield: next } };
  const suspending = () => {
    const g = next();
    if (last - resumed < SLICE_MS) return g;
    return yieldToEventLoop().then(() => {
      resumed = last = now();
      check(resumed);
      return g;
    });
  };
  return { [IMPORT_MODULE]: { yield: new jspi.Suspending(suspending) } };
}

export function cancelled(signal) {
  return signal.reason !== undefined ? signal.reason : new DOMException('the run was cancelled', 'AbortError');
}
