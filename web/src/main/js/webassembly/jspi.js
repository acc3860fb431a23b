// JS Promise Integration on the interpreter: WebAssembly.Suspending imports and WebAssembly.promising exports. A
// promising call runs the engine in fuel slices; it yields to the event loop every few milliseconds, waits for the
// promise of a suspending import with the wasm stack kept in the engine, and can be cancelled with an AbortSignal.
import { bridge, out, calls, SYNC, OUT_OF_FUEL, SUSPENDED, thrownStatus } from './bridge.js';
import { exceptionHandle } from './exception.js';
import { SuspendError, RuntimeError } from './errors.js';
import { describe, dictionary, defineInterface, requireNew } from './idl.js';
import { functionHandle, signatureOf, rawArgs, finish, storeResults, argumentConverter } from './functions.js';

const wrapped = new WeakMap(); // Suspending -> the JS function

export function Suspending(jsFun) {
  requireNew(new.target, 'WebAssembly.Suspending()');
  if (typeof jsFun !== 'function') throw new TypeError('WebAssembly.Suspending(): the argument must be a function, got ' + describe(jsFun));
  wrapped.set(this, jsFun);
}
defineInterface(Suspending, 'WebAssembly.Suspending', {});

/** The function a Suspending wraps, else undefined. */
export const suspendingFunction = (v) => (v !== null && typeof v === 'object' ? wrapped.get(v) : undefined);

/** The bridge's HostTarget for a Suspending import: suspends the promising call while its promise is pending. */
export function suspendingTarget(fn, params, results) {
  const convert = argumentConverter(params, results);
  return (args, o) => {
    const context = calls[calls.length - 1];
    try {
      if (context && context.outcome) {
        // the call resumes: this is the same import call again, delivering what its promise settled to
        const outcome = context.outcome;
        context.outcome = null;
        if (!outcome.ok) throw outcome.error;
        storeResults(outcome.value, results, o);
        return 0;
      }
      if (context === SYNC || context === undefined) {
        throw new SuspendError('a WebAssembly.Suspending import was called outside WebAssembly.promising'
          + ' (or with JavaScript frames between them): it cannot suspend');
      }
      const ret = Reflect.apply(fn, undefined, convert(args));
      if (!(ret instanceof Promise)) {
        storeResults(ret, results, o);
        return 0;
      }
      context.pending = ret;
      return 2;
    } catch (e) {
      return thrownStatus(e, o, exceptionHandle);
    }
  };
}

/** WebAssembly.promising(wasmFunc[, {signal, yieldEveryMs}]): an async function around an exported function. */
export function promising(wasmFunc, options) {
  return promisingMetered(wasmFunc, options, null);
}

/**
 * promising whose calls also count against meter (internal, for teawasi.run's limits): {fuelLeft, fuel, deadline,
 * timeout, timeoutError(), fuelError()} shared by all the run's calls; null for none.
 */
export function promisingMetered(wasmFunc, options, meter) {
  const h = functionHandle(wasmFunc);
  if (h === undefined) {
    throw new TypeError('WebAssembly.promising(): the argument must be a WebAssembly exported function, got ' + describe(wasmFunc));
  }
  const run = runOptions(options, 'WebAssembly.promising()');
  run.meter = meter;
  const [params, results] = signatureOf(h);
  return async function (...args) {
    return drive(h, bridge.begin(h, rawArgs(params, results, args)), results, run);
  };
}

/** {signal, yieldEveryMs} checked. */
export function runOptions(options, what) {
  const o = dictionary(options, what + ': the options');
  const signal = o.signal;
  if (signal != null && (typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function')) {
    throw new TypeError(what + ': options.signal must be an AbortSignal, got ' + describe(signal));
  }
  const every = o.yieldEveryMs === undefined ? 5 : +o.yieldEveryMs;
  if (!(every > 0)) throw new TypeError(what + ': options.yieldEveryMs must be a positive number, got ' + describe(o.yieldEveryMs));
  return { signal: signal ?? null, every };
}

/** Fuel (taken branches and calls) per slice. */
let fuel = 500;

const now = typeof performance === 'object' ? () => performance.now() : Date.now;

/** Runs an engine call (a Machine of the function handle) to its end in slices; resolves with its JS result. */
export async function drive(handle, machine, results, { signal, every, meter = null }) {
  const context = { pending: null, outcome: null };
  let yieldAt = now() + every;
  for (;;) {
    if (signal !== null && signal.aborted) throw cancelled(signal);
    calls.push(context);
    const began = now();
    let status;
    const slice = meter !== null && meter.fuelLeft < fuel ? meter.fuelLeft : fuel;
    try {
      status = bridge.step(machine, handle, slice, out);
    } finally {
      calls.pop();
    }
    const ended = now();
    if (meter !== null) {
      meter.fuelLeft -= bridge.fuelUsed(machine);
      if (status === OUT_OF_FUEL && meter.fuelLeft <= 0) throw new RuntimeError(meter.fuelMessage);
      if (ended >= meter.deadline) throw meter.timeoutError();
    }
    if (status === OUT_OF_FUEL) {
      // about one millisecond per slice between clock reads (learnt across calls; cold code is slow)
      const took = ended - began;
      if (took < 0.5) fuel = Math.min(fuel * 2, 1e8);
      else if (took > 2) fuel = Math.max(100, Math.floor(fuel / took));
      if (ended >= yieldAt) {
        await yieldToEventLoop();
        yieldAt = now() + every;
      }
    } else if (status === SUSPENDED) {
      const pending = context.pending;
      context.pending = null;
      try {
        context.outcome = { ok: true, value: await untilSettledOrAborted(pending, signal) };
      } catch (e) {
        if (signal !== null && signal.aborted) throw cancelled(signal);
        context.outcome = { ok: false, error: e };
      }
      bridge.resume(machine);
      yieldAt = now() + every;
    } else {
      return finish(status, results);
    }
  }
}

function cancelled(signal) {
  return signal.reason !== undefined ? signal.reason
    : new DOMException('the WebAssembly call was cancelled by its AbortSignal', 'AbortError');
}

function untilSettledOrAborted(promise, signal) {
  if (signal === null) return promise;
  return new Promise((resolve, reject) => {
    const abort = () => reject(cancelled(signal));
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

export let yieldToEventLoop = () => {
  if (typeof setImmediate === 'function') {
    yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));
  } else if (typeof MessageChannel === 'function') {
    // a message is a task without setTimeout's 4 ms clamp
    const channel = new MessageChannel();
    const waiting = [];
    channel.port1.onmessage = () => waiting.shift()();
    yieldToEventLoop = () => new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
  } else {
    yieldToEventLoop = () => new Promise((resolve) => setTimeout(resolve, 0));
  }
  return yieldToEventLoop();
};
