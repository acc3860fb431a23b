// WebAssembly.Tag: an exception tag (exception handling), compared by identity; its parameters are the payload types.
import { bridge } from './bridge.js';
import { dictionary, defineInterface, requireNew, describe } from './idl.js';
import { typeCode } from './values.js';

const handles = new WeakMap(); // Tag -> engine Tag
const tags = new WeakMap(); // engine Tag -> Tag

export function Tag(type) {
  requireNew(new.target, 'WebAssembly.Tag()');
  if (type == null) throw new TypeError('WebAssembly.Tag(): a descriptor {parameters} is required');
  const d = dictionary(type, 'WebAssembly.Tag(): the descriptor');
  const parameters = d.parameters;
  if (parameters === undefined) throw new TypeError('WebAssembly.Tag(): descriptor.parameters is required');
  if (parameters === null || typeof parameters[Symbol.iterator] !== 'function' || typeof parameters === 'string') {
    throw new TypeError('WebAssembly.Tag(): descriptor.parameters must be a sequence of value types, got ' + describe(parameters));
  }
  let codes = '';
  for (const p of parameters) codes += typeCode(p, 'iIfFvre', 'WebAssembly.Tag(): a parameter');
  const handle = bridge.newTag(codes);
  handles.set(this, handle);
  tags.set(handle, this);
}
defineInterface(Tag, 'WebAssembly.Tag', {});

/** The engine tag of a Tag, else undefined. */
export const tagHandle = (t) => (t !== null && typeof t === 'object' ? handles.get(t) : undefined);

/** The Tag object of an engine tag (the same object every time). */
export function tagObject(handle) {
  let t = tags.get(handle);
  if (t === undefined) {
    t = Object.create(Tag.prototype);
    handles.set(t, handle);
    tags.set(handle, t);
  }
  return t;
}
