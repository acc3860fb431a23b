// WebAssembly.Memory: its buffer is the engine's memory array itself (TeaVM backs a byte[] with an Int8Array).
import { bridge } from './bridge.js';
import { failure } from './errors.js';
import { enforceU32, dictionary, defineInterface, requireNew } from './idl.js';

const handles = new WeakMap(); // Memory -> engine Memory
const memories = new WeakMap(); // engine Memory -> Memory

const MAX_PAGES = 65536;

export function Memory(descriptor) {
  requireNew(new.target, 'WebAssembly.Memory()');
  const d = dictionary(descriptor, 'WebAssembly.Memory(): the descriptor');
  if (descriptor == null) throw new TypeError('WebAssembly.Memory(): a descriptor {initial, maximum} is required');
  let initial = d.initial;
  const maximumValue = d.maximum;
  if (initial === undefined) initial = d.minimum;
  if (initial === undefined) throw new TypeError('WebAssembly.Memory(): descriptor.initial is required');
  initial = enforceU32(initial, 'WebAssembly.Memory(): descriptor.initial');
  const maximum = maximumValue === undefined ? -1 : enforceU32(maximumValue, 'WebAssembly.Memory(): descriptor.maximum');
  if (d.shared) throw new TypeError('WebAssembly.Memory(): shared memories are not supported by this engine');
  if (initial > MAX_PAGES) throw new RangeError('WebAssembly.Memory(): descriptor.initial ' + initial + ' exceeds 65536 pages');
  if (maximum > MAX_PAGES) throw new RangeError('WebAssembly.Memory(): descriptor.maximum ' + maximum + ' exceeds 65536 pages');
  if (maximum >= 0 && maximum < initial) {
    throw new RangeError('WebAssembly.Memory(): descriptor.maximum ' + maximum + ' is below descriptor.initial ' + initial);
  }
  const handle = bridge.newMemory(initial, maximum);
  if (handle === null) throw failure();
  handles.set(this, handle);
  memories.set(handle, this);
}
defineInterface(Memory, 'WebAssembly.Memory', {
  grow(delta) {
    const h = handleOf(this, 'grow');
    const d = enforceU32(delta, 'WebAssembly.Memory.grow(): delta');
    const old = bridge.memoryGrow(h, d > 0x7fffffff ? -1 : d);
    if (old < 0) throw new RangeError('WebAssembly.Memory.grow(): cannot grow by ' + d + ' pages (maximum reached)');
    return old;
  },
  get buffer() {
    return bridge.memoryBuffer(handleOf(this, 'buffer'));
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
