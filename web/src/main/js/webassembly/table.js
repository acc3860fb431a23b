// WebAssembly.Table: a table of funcref or externref elements.
import { bridge, currentConfig } from './bridge.js';
import { failure } from './errors.js';
import { toAddressValue, dictionary, defineInterface, requireNew } from './idl.js';
import { toWasm, toJs, defaultValue, typeCode } from './values.js';
import { addressType } from './memory.js';

const handles = new WeakMap(); // Table -> engine Table
const tables = new WeakMap(); // engine Table -> Table

const MAX_ELEMENTS = 10000000;

export function Table(descriptor, value) {
  requireNew(new.target, 'WebAssembly.Table()');
  if (descriptor == null) throw new TypeError('WebAssembly.Table(): a descriptor {element, initial, maximum} is required');
  const d = dictionary(descriptor, 'WebAssembly.Table(): the descriptor');
  // members are read and converted in WebIDL's order (lexicographic), each TypeError as soon as it is found
  const address64 = addressType(d.address, 'WebAssembly.Table()');
  const element = d.element;
  if (element === undefined) throw new TypeError('WebAssembly.Table(): descriptor.element is required');
  const t = typeCode(element, 're', 'WebAssembly.Table(): descriptor.element');
  let initial = d.initial;
  if (initial === undefined) initial = d.minimum; // the type reflection proposal's name
  if (initial === undefined) throw new TypeError('WebAssembly.Table(): descriptor.initial is required');
  initial = toAddressValue(initial, address64, 'WebAssembly.Table(): descriptor.initial');
  const maximumValue = d.maximum;
  const noMaximum = maximumValue === undefined;
  const maximum = noMaximum ? -1 : toAddressValue(maximumValue, address64, 'WebAssembly.Table(): descriptor.maximum');
  if (initial > MAX_ELEMENTS) throw new RangeError('WebAssembly.Table(): descriptor.initial ' + initial + ' exceeds 10000000 elements');
  // a 64-bit table may declare any u64 maximum (it is matched against imports); the engine caps its growth
  if (!address64 && maximum > MAX_ELEMENTS) throw new RangeError('WebAssembly.Table(): descriptor.maximum ' + maximum + ' exceeds 10000000 elements');
  if (!noMaximum && maximum < initial) {
    throw new RangeError('WebAssembly.Table(): descriptor.maximum ' + maximum + ' is below descriptor.initial ' + initial);
  }
  const init = toWasm(arguments.length < 2 || value === undefined ? defaultValue(t) : value, t);
  const handle = address64
    ? bridge.newTable64(t, Number(initial), !noMaximum, noMaximum ? 0 : Number(BigInt.asIntN(32, maximum >> 32n)),
      noMaximum ? 0 : Number(BigInt.asIntN(32, maximum)), init, currentConfig)
    : bridge.newTable(t, initial, maximum > 0x7fffffff ? -1 : maximum, init, currentConfig);
  if (handle === null) throw failure();
  handles.set(this, handle);
  tables.set(handle, this);
}
defineInterface(Table, 'WebAssembly.Table', {
  get length() {
    const h = handleOf(this, 'length');
    const length = bridge.tableLength(h);
    return bridge.tableAddress64(h) ? BigInt(length) : length;
  },
  grow(delta, value) {
    const h = handleOf(this, 'grow');
    const address64 = bridge.tableAddress64(h);
    const d = toAddressValue(delta, address64, 'WebAssembly.Table.grow(): delta');
    const t = bridge.tableElement(h);
    const init = toWasm(arguments.length < 2 || value === undefined ? defaultValue(t) : value, t);
    const old = bridge.tableGrow(h, d > 0x7fffffff ? -1 : Number(d), init);
    if (old < 0) throw new RangeError('WebAssembly.Table.grow(): cannot grow by ' + d + ' elements (its maximum or the limit of its WebAssembly namespace reached)');
    return address64 ? BigInt(old) : old;
  },
  get(index) {
    const h = handleOf(this, 'get');
    const i = checkIndex(h, index, 'get');
    return toJs(bridge.tableGet(h, i), bridge.tableElement(h));
  },
  set(index, value) {
    const h = handleOf(this, 'set');
    const i = checkIndex(h, index, 'set');
    const t = bridge.tableElement(h);
    bridge.tableSet(h, i, toWasm(arguments.length < 2 || value === undefined ? defaultValue(t) : value, t));
  },
});

// WebIDL: optional arguments do not count in a function's length
Object.defineProperty(Table.prototype.grow, 'length', { value: 1 });
Object.defineProperty(Table.prototype.set, 'length', { value: 1 });

function checkIndex(h, index, member) {
  const i = toAddressValue(index, bridge.tableAddress64(h), 'WebAssembly.Table.' + member + '(): index');
  const length = bridge.tableLength(h);
  if (i >= length) throw new RangeError('WebAssembly.Table.' + member + '(): index ' + i + ' is out of bounds (length ' + length + ')');
  return Number(i);
}

function handleOf(t, member) {
  const h = handles.get(t);
  if (h === undefined) throw new TypeError('WebAssembly.Table.' + member + ': the receiver is not a WebAssembly.Table');
  return h;
}

/** The engine table of a Table, else undefined. */
export const tableHandle = (t) => handles.get(t);

/** The Table object of an engine table (the same object every time). */
export function tableObject(handle) {
  let t = tables.get(handle);
  if (t === undefined) {
    t = Object.create(Table.prototype);
    handles.set(t, handle);
    tables.set(handle, t);
  }
  return t;
}
