// WebAssembly.Memory: its buffer is the engine's memory array itself (TeaVM backs a byte[] with an Int8Array).
import { bridge, currentConfig } from './bridge.js';
import { failure } from './errors.js';
import { enforceU32, toAddressValue, dictionary, defineInterface, requireNew, describe } from './idl.js';

const handles = new WeakMap(); // Memory -> engine Memory
const memories = new WeakMap(); // engine Memory -> Memory

const MAX_PAGES = 65536;
const MAX_PAGES_64 = 2n ** 48n;

export function Memory(descriptor) {
  requireNew(new.target, 'WebAssembly.Memory()');
  if (descriptor == null) throw new TypeError('WebAssembly.Memory(): a descriptor {initial, maximum} is required');
  const d = dictionary(descriptor, 'WebAssembly.Memory(): the descriptor');
  // members are read and converted in WebIDL's order (lexicographic), each TypeError as soon as it is found
  const address64 = addressType(d.address, 'WebAssembly.Memory()');
  let initial = d.initial;
  if (initial === undefined) initial = d.minimum; // the type reflection proposal's name
  if (initial === undefined) throw new TypeError('WebAssembly.Memory(): descriptor.initial is required');
  initial = toAddressValue(initial, address64, 'WebAssembly.Memory(): descriptor.initial');
  const maximumValue = d.maximum;
  const noMaximum = maximumValue === undefined;
  const maximum = noMaximum ? -1 : toAddressValue(maximumValue, address64, 'WebAssembly.Memory(): descriptor.maximum');
  const shared = !!d.shared;
  const most = address64 ? MAX_PAGES_64 : MAX_PAGES;
  const limit = address64 ? '2^48 pages' : '65536 pages';
  if (initial > most) throw new RangeError('WebAssembly.Memory(): descriptor.initial ' + initial + ' exceeds ' + limit);
  if (!noMaximum && maximum > most) throw new RangeError('WebAssembly.Memory(): descriptor.maximum ' + maximum + ' exceeds ' + limit);
  if (!noMaximum && maximum < initial) {
    throw new RangeError('WebAssembly.Memory(): descriptor.maximum ' + maximum + ' is below descriptor.initial ' + initial);
  }
  if (shared) {
    if (maximum < 0) throw new TypeError('WebAssembly.Memory(): a shared memory needs descriptor.maximum');
    throw new TypeError('WebAssembly.Memory(): shared memories (threads) are not supported by teawasi\'s interpreter');
  }
  const handle = address64
    ? bridge.newMemory64(initial > 0x7fffffffn ? 0x7fffffff : Number(initial), noMaximum ? -1 : Number(maximum), currentConfig)
    : bridge.newMemory(initial, maximum, currentConfig);
  if (handle === null) throw failure();
  handles.set(this, handle);
  memories.set(handle, this);
}

/**
 * descriptor.address (memory64): undefined or "i32" (false), "i64" (true: a 64-bit memory or table, whose sizes,
 * indices and deltas are BigInts), anything else the enum's TypeError.
 */
export function addressType(v, what) {
  if (v === undefined) return false;
  const s = `${v}`;
  if (s === 'i32') return false;
  if (s === 'i64') return true;
  throw new TypeError(what + ': descriptor.address must be "i32" or "i64", got ' + describe(v));
}
defineInterface(Memory, 'WebAssembly.Memory', {
  grow(delta) {
    const h = handleOf(this, 'grow');
    const address64 = bridge.memoryAddress64(h);
    const d = toAddressValue(delta, address64, 'WebAssembly.Memory.grow(): delta');
    const old = bridge.memoryGrow(h, d > 0x7fffffff ? -1 : Number(d));
    if (old < 0) throw new RangeError('WebAssembly.Memory.grow(): cannot grow by ' + d + ' pages (its maximum or the limit of its WebAssembly namespace reached)');
    return address64 ? BigInt(old) : old;
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
