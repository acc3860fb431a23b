// The module bytes run() accepts: bytes, an ArrayBuffer, a Response, a URL (fetched), or a promise of one.
import { asBytes, describe } from './wasi-bytes.js';

/** Module bytes from bytes, an ArrayBuffer, a Response, a URL (fetched) or a promise of one of those. */
export async function loadBytes(wasm, signal) {
  const value = await wasm;
  const bytes = asBytes(value);
  if (bytes) return bytes;
  if (typeof value === 'string' || (typeof URL === 'function' && value instanceof URL)) {
    if (typeof fetch !== 'function') throw new TypeError('wasm: a URL needs fetch, which this environment lacks; pass the bytes');
    return loadBytes(fetch(value, signal ? { signal } : undefined), signal);
  }
  if (value && typeof value.arrayBuffer === 'function' && typeof value.ok === 'boolean') {
    if (!value.ok) throw new TypeError(`wasm: the response for ${value.url || 'the module'} has HTTP status ${value.status}`);
    return new Uint8Array(await value.arrayBuffer());
  }
  throw new TypeError(`wasm must be the module's bytes (Uint8Array or ArrayBuffer), a Response or a URL, got ${describe(value)}`);
}
