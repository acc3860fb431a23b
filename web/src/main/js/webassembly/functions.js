// Exported Functions (wasm functions as JS functions, one per function, cached) and host functions (JS functions
// imported by a module).
import { bridge, call, callNumbers, out, calls, SYNC, DONE, THREW, EXCEPTION, thrownStatus } from './bridge.js';
import { exceptionHandle, exceptionObject } from './exception.js';
import { failure } from './errors.js';
import { toWasm, toJs } from './values.js';

const functions = new WeakMap(); // engine FunctionRef -> Exported Function
const handles = new WeakMap(); // Exported Function -> engine FunctionRef
const signatures = new WeakMap(); // engine FunctionRef -> [params, results]

export function signatureOf(handle) {
  let s = signatures.get(handle);
  if (s === undefined) {
    s = bridge.signature(handle).split(':');
    signatures.set(handle, s);
  }
  return s;
}

/** The Exported Function of an engine function (the same object every time). */
export function exportedFunction(handle) {
  let f = functions.get(handle);
  if (f === undefined) {
    const [params, results] = signatureOf(handle);
    const name = bridge.functionName(handle);
    f = (/^[ifF]{0,3}$/.test(params) && !results.includes('v') ? numbersFunction : generalFunction)(handle, name, params, results);
    Object.defineProperty(f, 'length', { value: params.length });
    functions.set(handle, f);
    handles.set(f, handle);
  }
  return f;
}

// Both are methods: a method is not a constructor, so `new` on an Exported Function is a TypeError, as the spec says.

/**
 * The direct path, for up to three i32/f32/f64 parameters: each argument is converted (ToInt32 or ToNumber, in
 * order; an f32 is rounded by the engine) into a number passed as such, no array. Measured with `node
 * bench/src/main/node/webassembly-bench.mjs` (see bench/README.md).
 */
function numbersFunction(handle, name, params, results) {
  const n = params.length;
  const [t0, t1, t2] = params;
  const single = results.length === 1 && results !== 'r' && results !== 'R';
  return {
    [name](a, b, c) {
      const x0 = n > 0 ? (t0 === 'i' ? a | 0 : +a) : 0;
      const x1 = n > 1 ? (t1 === 'i' ? b | 0 : +b) : 0;
      const x2 = n > 2 ? (t2 === 'i' ? c | 0 : +c) : 0;
      calls.push(SYNC);
      let status;
      try {
        status = callNumbers(handle, x0, x1, x2, out);
      } finally {
        calls.pop();
      }
      return single && status === DONE ? out[0] : finish(status, results);
    },
  }[name];
}

function generalFunction(handle, name, params, results) {
  const v128 = (params + results).includes('v');
  const n = params.length;
  return {
    [name]() {
      if (v128) throw new TypeError(V128_CALL);
      const raw = new Array(n);
      for (let i = 0; i < n; i++) raw[i] = toWasm(arguments[i], params[i]);
      calls.push(SYNC);
      let status;
      try {
        status = call(handle, raw, out);
      } finally {
        calls.pop();
      }
      return finish(status, results);
    },
  }[name];
}

const V128_CALL = 'a function with v128 parameters or results cannot be called from JavaScript';

/** The engine function of an Exported Function, else undefined. */
export function functionHandle(f) {
  return typeof f === 'function' ? handles.get(f) : undefined;
}

/** Coerces JS arguments to raw values (missing ones are undefined). */
export function rawArgs(params, results, args) {
  if ((params + results).includes('v')) throw new TypeError(V128_CALL);
  const raw = new Array(params.length);
  for (let i = 0; i < params.length; i++) raw[i] = toWasm(args[i], params[i]);
  return raw;
}

/** The JS result of a finished call, or its error (a JS import's exception is rethrown as the same object). */
export function finish(status, results) {
  if (status === THREW) throw out[0]; // what a JS import threw, passed through (or rethrown by) wasm
  if (status === EXCEPTION) throw exceptionObject(bridge.takeException());
  if (status !== DONE) throw failure();
  if (results.length === 0) return undefined;
  if (results.length === 1) return toJs(out[0], results);
  const values = out.slice(0, results.length);
  return values.map((v, i) => toJs(v, results[i]));
}

/** Coerces what a JS import returned into out (raw values). */
export function storeResults(ret, results, o) {
  if (results.length === 1) {
    o[0] = toWasm(ret, results);
  } else if (results.length > 1) {
    const iterator = ret == null ? undefined : ret[Symbol.iterator];
    if (typeof iterator !== 'function') {
      throw new TypeError('an import with ' + results.length + ' results must return an iterable of them');
    }
    const values = [...ret];
    if (values.length !== results.length) {
      throw new TypeError('an import with ' + results.length + ' results returned ' + values.length + ' values');
    }
    for (let i = 0; i < values.length; i++) o[i] = toWasm(values[i], results[i]);
  }
}

/** Converts the raw arguments of a call from wasm to JS values, in place (a check made once per import). */
export function argumentConverter(params, results) {
  if ((params + results).includes('v')) {
    return () => {
      throw new TypeError('an imported JavaScript function cannot have v128 parameters or results');
    };
  }
  if (!/[rR]/.test(params)) return (args) => args;
  return (args) => {
    for (let i = 0; i < params.length; i++) args[i] = toJs(args[i], params[i]);
    return args;
  };
}

/**
 * The bridge's HostTarget for a JS function imported with type [params, results]. The bridge reuses one args array
 * per import: it is spread into the call (a fixed-arity call for up to three parameters) before anything can call
 * the import again. Called with this = undefined, as by Reflect.apply(fn, undefined, args).
 */
export function hostTarget(fn, params, results) {
  const convert = argumentConverter(params, results);
  const n = params.length;
  const apply = n === 0 ? () => fn()
    : n === 1 ? (args) => fn(args[0])
      : n === 2 ? (args) => fn(args[0], args[1])
        : n === 3 ? (args) => fn(args[0], args[1], args[2])
          : (args) => Reflect.apply(fn, undefined, args);
  if (results.length === 1) {
    const t = results;
    if (t === 'i' || t === 'F') {
      const int = t === 'i';
      return (args, o) => {
        try {
          const r = apply(convert(args));
          o[0] = int ? r | 0 : +r;
          return 0;
        } catch (e) {
          return thrownStatus(e, o, exceptionHandle);
        }
      };
    }
    return (args, o) => {
      try {
        o[0] = toWasm(apply(convert(args)), t);
        return 0;
      } catch (e) {
        return thrownStatus(e, o, exceptionHandle);
      }
    };
  }
  return (args, o) => {
    try {
      storeResults(apply(convert(args)), results, o);
      return 0;
    } catch (e) {
      return thrownStatus(e, o, exceptionHandle);
    }
  };
}
