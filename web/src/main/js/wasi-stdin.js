// The guest's stdin as the WASI layer reads it: read(max) gives bytes now, an empty array when nothing is ready
// yet (the guest's read then waits: see wasi-wait.js) or null at the end; ready() is a promise for "a read will
// not wait". Sources: fixed bytes or text, a function called for more, a ReadableStream or an async iterable.
// (Constructor functions, not class syntax: the classic build must load in HtmlUnit's Rhino too.)
import { describe, textOrBytes } from './wasi-bytes.js';

const EMPTY = new Int8Array(0);

/** value: as the `stdin` option (undefined/null: no input, the guest reads end of file). */
export function Stdin(value, option = 'stdin') {
  this.chunks = [];
  this.head = 0;
  this.eof = false;
  this.pending = null;
  this.error = null;
  this.pull = null;
  if (value === undefined || value === null) {
    this.eof = true;
    return;
  }
  const fixed = textOrBytes(value);
  if (fixed) {
    if (fixed.length) this.chunks.push(fixed);
    this.eof = true;
    return;
  }
  if (typeof value === 'function') {
    this.pull = () => value();
    return;
  }
  if (typeof ReadableStream === 'function' && value instanceof ReadableStream) {
    const reader = value.getReader();
    this.pull = () => reader.read().then((r) => (r.done ? null : r.value));
    return;
  }
  if (value && typeof value[Symbol.asyncIterator] === 'function') {
    const it = value[Symbol.asyncIterator]();
    this.pull = () => it.next().then((r) => (r.done ? null : r.value));
    return;
  }
  throw new TypeError(`${option} must be a string, bytes (Uint8Array or ArrayBuffer), a function, a ReadableStream `
    + `or an async iterable, got ${describe(value)}`);
}

/** Appends what a pull gave: text or bytes, null/undefined for the end; anything else is a TypeError. */
Stdin.prototype.accept = function accept(value) {
  if (value === null || value === undefined) {
    this.eof = true;
    return;
  }
  const bytes = textOrBytes(value);
  if (!bytes) {
    this.error = new TypeError(`stdin gave ${describe(value)}; it must give a string, bytes `
      + '(Uint8Array or ArrayBuffer), or null at the end of input');
    this.eof = true;
    return;
  }
  if (bytes.length) this.chunks.push(bytes.slice());
};

/** Starts a pull when nothing is buffered; a synchronous answer is buffered at once. */
Stdin.prototype.fill = function fill() {
  if (this.chunks.length || this.eof || this.pending || !this.pull) return;
  let got;
  try {
    got = this.pull();
  } catch (e) {
    this.error = e;
    this.eof = true;
    return;
  }
  if (got && typeof got.then === 'function') {
    this.pending = Promise.resolve(got).then((v) => this.accept(v), (e) => { this.error = e; this.eof = true; })
      .finally(() => { this.pending = null; });
  } else {
    this.accept(got);
  }
};

/** Up to max bytes as an Int8Array (the Java side's type), empty when nothing is ready, null at the end. */
Stdin.prototype.read = function read(max) {
  this.fill();
  if (this.error) {
    const e = this.error;
    this.error = null;
    throw e;
  }
  if (!this.chunks.length) return this.eof ? null : EMPTY;
  const c = this.chunks[0];
  const n = Math.min(max, c.length - this.head);
  const out = new Int8Array(c.buffer, c.byteOffset + this.head, n);
  this.head += n;
  if (this.head === c.length) {
    this.chunks.shift();
    this.head = 0;
  }
  return out;
};

/** Bytes a read gives without waiting; -1 at the end. */
Stdin.prototype.available = function available() {
  this.fill();
  if (this.chunks.length) return this.chunks[0].length - this.head;
  return this.eof ? -1 : 0;
};

/** Resolves when a read will not wait (data or the end is there). */
Stdin.prototype.ready = function ready() {
  this.fill();
  return this.pending || Promise.resolve();
};

/** Whether a stdin option may make a read wait for a promise (a function may return one; streams do). */
export function stdinMayWait(value) {
  return typeof value === 'function' || (value !== null && typeof value === 'object' && !textOrBytes(value)
    && (typeof value.getReader === 'function' || typeof value[Symbol.asyncIterator] === 'function'));
}
