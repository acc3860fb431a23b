// Byte-like values as the public API accepts them: an ArrayBuffer is as good as a Uint8Array (so is any typed
// array, a DataView or a SharedArrayBuffer). A string is not bytes: where text is accepted the caller says so.

/** A Uint8Array over the same memory (no copy), or null when value is not byte-like. */
export function asBytes(value) {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer) return new Uint8Array(value);
  return null;
}

/** What a value is, for error messages ("a string", "an object", "null"). */
export function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  if (t === 'object') {
    const name = value.constructor && value.constructor.name;
    if (!name || name === 'Object') return 'an object';
    return `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}`;
  }
  return t === 'undefined' ? 'undefined' : `a ${t}`;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string, or the bytes of a byte-like value; null otherwise. */
export function textOrBytes(value) {
  return typeof value === 'string' ? encoder.encode(value) : asBytes(value);
}
