// WebAssembly.Memory: its buffer is the engine's memory array itself (TeaVM backs a byte[] with an Int8Array).
import { bridge, currentConfig } from './bridge.js';
import { failure } from './errors.js';
import { enforceU32, dictionary, defineInterface, requireNew, describe } from './idl.js';

const handles = new WeakMap(); // Memory -> engine Memory
const memories = new WeakMap(); // engine Memory -> Memory

const MAX_PAGES = 65536;

export function Memory(descriptor) {
  requireNew(new.target, 'WebAssembly.Memory()');
  if (descriptor == null) throw new TypeError('WebAssembly.Memory(): a descriptor {initial, maximum} is required');
  const d = dictionary(descriptor, 'WebAssembly.Memory(): the descriptor');
  // members are read and converted in WebIDL's order (lexicographic), each TypeError as soon as it is found
  addressType(d.address, 'WebAssembly.Memory()');
  let initial = d.initial;
  if (initial === undefined) initial = d.minimum; // the type reflection proposal's name
  if (initial === undefined) throw new TypeError('WebAssembly.Memory(): descriptor.initial is required');
  initial = enforceU32(initial, 'WebAssembly.Memory(): descriptor.initial');
  const maximumValue = d.maximum;
  const maximum = maximumValue === undefined ? -1 : enforceU32(maximumValue, 'WebAssembly.Memory(): descriptor.maximum');
  const shared = !!d.shared;
  if (initial > MAX_PAGES) throw new RangeError('WebAssembly.Memory(): descriptor.initial ' + initial + ' exceeds 65536 pages');
  if (maximum > MAX_PAGES) throw new RangeError('WebAssembly.Memory(): descriptor.maximum ' + maximum + ' exceeds 65536 pages');
  if (maximum >= 0 && maximum < initial) {
    throw new RangeError('WebAssembly.Memory(): descriptor.maximum ' + maximum + ' is below descriptor.initial ' + initial);
  }
  if (shared) {
    if (maximum < 0) throw new TypeError('WebAssembly.Memory(): a shared memory needs descriptor.maximum');
    throw new TypeError('WebAssembly.Memory(): shared memories (threads) are not supported by teawasi\'s interpreter');
  }
  const handle = bridge.newMemory(initial, maximum, currentConfig);
  if (handle === null) throw failure();
  handles.set(this, handle);
  memories.set(handle, this);
}

/**
 * descriptor.address (the memory64 proposal): "i32" or undefined; "i64" is a clear TypeError (the engine has no 64-bit
 * memories or tables), anything else the enum's TypeError.
 */
export function addressType(v, what) {
  if (v === undefined) return;
  const s = `${v}`;
  if (s === 'i32') return;
  if (s === 'i64') throw new TypeError(what + ': descriptor.address "i64" (memory64) is not supported by teawasi\'s interpreter');
  throw new TypeError(what + ': descriptor.address must be "i32" or "i64", got ' + describe(v));
}
defineInterface(Memory, 'WebAssembly.Memory', {
  grow(delta) {
    const h = handleOf(this, 'grow');
    const d = enforceU32(delta, 'WebAssembly.Memory.grow(): delta');
    const old = bridge.memoryGrow(h, d > 0x7fffffff ? -1 : d);
    if (old < 0) throw new RangeError('WebAssembly.Memory.grow(): cannot grow by ' + d + ' pages (its maximum or the limit of its WebAssembly namespace reached)');
    return old;
  },
  get buffer() {
    const h = handleOf(this, 'buffer');
    const b = bridge.memoryBuffer(h);
    if (b.byteLength === 0 && bridge.memoryPages(h) > 0) {
      // only a transfer by the page does this (structuredClone or postMessage with a transfer list)
      throw new TypeError('WebAssembly.Memory.buffer: the page detached this memory\'s buffer (a transfer through'
        + ' structuredClone or postMessage): its contents are gone');
    }
    if (!memoryBuffers.has(b)) guardTransfer(b); // glue reads buffer on every call: the common case is one lookup
    return b;
  },
});


function handleOf(m, member) {
  const h = handles.get(m);
  if (h === undefined) throw new TypeError('WebAssembly.Memory.' + member + ': the receiver is not a WebAssembly.Memory');
  return h;
}

/** The engine memory of a Memory, else undefined. */
export const memoryHandle = (m) => handles.get(m);

/** The Memory object of an engine memory (the same object every time). */
export function memoryObject(handle) {
  let m = memories.get(handle);
  if (m === undefined) {
    m = Object.create(Memory.prototype);
    handles.set(m, handle);
    memories.set(handle, m);
  }
  return m;
}

// A memory's buffer cannot be detached by the page (the spec gives it the detach key "WebAssembly.Memory"). Script
// cannot set that key; what a polyfill can do: ArrayBuffer.prototype.transfer and transferToFixedLength refuse a
// memory's buffer with the TypeError a native engine throws (wrapped once, when the first buffer is handed out; every
// other buffer is passed through unchanged). structuredClone / postMessage with a transfer list cannot be refused
// without wrapping every transferring API of the platform: DESIGN.md, "Memory.buffer and detaching".
const memoryBuffers = new WeakSet();
let guarded = false;

function guardTransfer(b) {
  memoryBuffers.add(b);
  if (guarded) return;
  guarded = true;
  for (const name of ['transfer', 'transferToFixedLength']) {
    const original = ArrayBuffer.prototype[name];
    if (typeof original !== 'function') continue;
    const wrapper = {
      [name]() {
        if (memoryBuffers.has(this)) {
          throw new TypeError('ArrayBuffer.prototype.' + name + '(): the buffer of a WebAssembly.Memory cannot be detached');
        }
        return Reflect.apply(original, this, arguments);
      },
    }[name];
    Object.defineProperty(wrapper, 'length', { value: original.length });
    Object.defineProperty(ArrayBuffer.prototype, name, { value: wrapper, writable: true, enumerable: false, configurable: true });
  }
}
