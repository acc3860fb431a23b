// WebAssembly.Global: a global variable of a value type, mutable or not.
import { bridge, out } from './bridge.js';
import { dictionary, defineInterface, requireNew } from './idl.js';
import { toWasm, toJs, defaultValue, typeCode } from './values.js';

const handles = new WeakMap(); // Global -> engine Global
const globals = new WeakMap(); // engine Global -> Global

export function Global(descriptor, v) {
  requireNew(new.target, 'WebAssembly.Global()');
  const d = dictionary(descriptor, 'WebAssembly.Global(): the descriptor');
  const mutable = !!d.mutable;
  const value = d.value;
  if (value === undefined) throw new TypeError('WebAssembly.Global(): descriptor.value is required');
  const t = typeCode(value, 'iIfFvre', 'WebAssembly.Global(): descriptor.value');
  if (t === 'v') throw new TypeError('WebAssembly.Global(): v128 globals cannot be created from JavaScript');
  const handle = bridge.newGlobal(t, mutable, [toWasm(v === undefined ? defaultValue(t) : v, t)]);
  handles.set(this, handle);
  globals.set(handle, this);
}
defineInterface(Global, 'WebAssembly.Global', {
  get value() {
    return readValue(this, 'value');
  },
  set value(v) {
    const h = handleOf(this, 'value');
    if (arguments.length === 0) throw new TypeError('WebAssembly.Global.value: the setter needs a value');
    const type = bridge.globalType(h);
    if (type.length < 2) throw new TypeError('WebAssembly.Global.value: the global is immutable');
    if (type[0] === 'v') throw new TypeError('WebAssembly.Global.value: a v128 value cannot cross from JavaScript');
    bridge.globalSet(h, [toWasm(v, type[0])]);
  },
  valueOf() {
    return readValue(this, 'valueOf()');
  },
});

function readValue(g, member) {
  const h = handleOf(g, member);
  const t = bridge.globalType(h)[0];
  if (t === 'v') throw new TypeError('WebAssembly.Global.' + member + ': a v128 value cannot cross into JavaScript');
  bridge.globalGet(h, out);
  return toJs(out[0], t);
}

function handleOf(g, member) {
  const h = handles.get(g);
  if (h === undefined) throw new TypeError('WebAssembly.Global.' + member + ': the receiver is not a WebAssembly.Global');
  return h;
}

/** The engine global of a Global, else undefined. */
export const globalHandle = (g) => handles.get(g);

/** The Global object of an engine global (the same object every time). */
export function globalObject(handle) {
  let g = globals.get(handle);
  if (g === undefined) {
    g = Object.create(Global.prototype);
    handles.set(g, handle);
    globals.set(handle, g);
  }
  return g;
}

/** A new immutable engine global holding a JS value imported as a global of type t. */
export function constantGlobal(t, v) {
  return bridge.newGlobal(t, false, [toWasm(v, t)]);
}
