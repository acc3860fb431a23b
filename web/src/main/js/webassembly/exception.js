// WebAssembly.Exception: a wasm exception as a JS value (not an Error): thrown by wasm code and not caught there, or
// made in JS and thrown through an import into wasm, where a catch of its tag catches it. One object per exception.
import { bridge, out } from './bridge.js';
import { dictionary, defineInterface, requireNew, describe, enforceU32 } from './idl.js';
import { tagHandle } from './tag.js';
import { toWasm, toJs } from './values.js';

const handles = new WeakMap(); // Exception -> engine WasmException
const exceptions = new WeakMap(); // engine WasmException -> Exception

export function Exception(exceptionTag, payload, options) {
  requireNew(new.target, 'WebAssembly.Exception()');
  const tag = requireTag(exceptionTag, 'WebAssembly.Exception()');
  if (tag === bridge.jsTag()) throw new TypeError('WebAssembly.Exception(): WebAssembly.JSTag cannot tag a WebAssembly.Exception (throw the JS value itself)');
  if (payload == null || typeof payload[Symbol.iterator] !== 'function' || typeof payload === 'string') {
    throw new TypeError('WebAssembly.Exception(): the payload must be a sequence of values, got ' + describe(payload));
  }
  const values = [...payload];
  const o = dictionary(options, 'WebAssembly.Exception(): the options');
  const params = bridge.tagParams(tag);
  if (values.length !== params.length) {
    throw new TypeError('WebAssembly.Exception(): the tag takes ' + params.length + ' values, the payload has ' + values.length);
  }
  const raw = values.map((v, i) => {
    if (params[i] === 'v' || params[i] === 'x') {
      throw new TypeError('WebAssembly.Exception(): a ' + (params[i] === 'v' ? 'v128' : 'exnref') + ' value cannot be made in JavaScript');
    }
    return toWasm(v, params[i]);
  });
  const handle = bridge.newException(tag, raw);
  handles.set(this, handle);
  exceptions.set(handle, this);
  if (o.traceStack) {
    const stack = new Error().stack;
    if (typeof stack === 'string') {
      Object.defineProperty(this, 'stack', { value: stack.replace(/^Error\n/, ''), writable: true, configurable: true });
    }
  }
}
defineInterface(Exception, 'WebAssembly.Exception', {
  getArg(exceptionTag, index) {
    const h = handleOf(this, 'getArg()');
    const tag = requireTag(exceptionTag, 'WebAssembly.Exception.getArg()');
    const i = enforceU32(index, 'WebAssembly.Exception.getArg(): index');
    if (tag !== bridge.exceptionTag(h)) throw new TypeError('WebAssembly.Exception.getArg(): the tag given is not the tag of this WebAssembly.Exception');
    const params = bridge.tagParams(tag);
    if (i >= params.length) {
      throw new RangeError('WebAssembly.Exception.getArg(): index ' + i + ' is out of range (the tag takes ' + params.length + ' values)');
    }
    if (params[i] === 'v' || params[i] === 'x') {
      throw new TypeError('WebAssembly.Exception.getArg(): a ' + (params[i] === 'v' ? 'v128' : 'exnref') + ' value cannot cross into JavaScript');
    }
    bridge.exceptionArg(h, i, out);
    return toJs(out[0], params[i]);
  },
  is(exceptionTag) {
    const h = handleOf(this, 'is()');
    return requireTag(exceptionTag, 'WebAssembly.Exception.is()') === bridge.exceptionTag(h);
  },
});
Object.defineProperty(Exception, 'length', { value: 2 });

function requireTag(t, what) {
  const h = tagHandle(t);
  if (h === undefined) throw new TypeError(what + ': the tag must be a WebAssembly.Tag, got ' + describe(t));
  return h;
}

function handleOf(e, member) {
  const h = handles.get(e);
  if (h === undefined) throw new TypeError('WebAssembly.Exception.' + member + ': the receiver is not a WebAssembly.Exception');
  return h;
}

/** The engine exception of a WebAssembly.Exception, else undefined. */
export const exceptionHandle = (e) => (e !== null && typeof e === 'object' ? handles.get(e) : undefined);

/** The Exception object of an engine exception (the same object every time it crosses). */
export function exceptionObject(handle) {
  let e = exceptions.get(handle);
  if (e === undefined) {
    e = Object.create(Exception.prototype);
    handles.set(e, handle);
    exceptions.set(handle, e);
  }
  return e;
}



