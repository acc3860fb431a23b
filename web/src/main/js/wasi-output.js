// Where stdout and stderr go: a function receiving each chunk (a Uint8Array the callee may keep), a
// WritableStream, any object with write(chunk) (e.g. node's process.stdout), null to discard, or by default the
// console, line by line. Each maker returns {write(int8View), flush()}; the view is the Java side's scratch
// buffer, copied here before it leaves.
import { describe } from './wasi-bytes.js';

/** A Uint8Array copy of bytes[off..off+len) (a loop for short chunks: cheaper than creating a view to set from). */
function copy(bytes, off, len) {
  const out = new Uint8Array(len);
  if (len <= 128) {
    for (let i = 0; i < len; i++) out[i] = bytes[off + i];
  } else {
    out.set(new Uint8Array(bytes.buffer, bytes.byteOffset + off, len));
  }
  return out;
}

function consoleLines(log) {
  const decoder = new TextDecoder();
  let line = '';
  return {
    write(bytes, off, len) {
      line += decoder.decode(copy(bytes, off, len), { stream: true });
      let nl;
      while ((nl = line.indexOf('\n')) >= 0) {
        log(line.slice(0, nl));
        line = line.slice(nl + 1);
      }
    },
    flush() {
      line += decoder.decode();
      if (line) log(line);
      line = '';
    },
  };
}

export function makeOutput(value, option) {
  if (value === undefined) {
    // eslint-disable-next-line no-console
    return consoleLines(option === 'stderr' ? (s) => console.error(s) : (s) => console.log(s));
  }
  if (value === null) return { write() {}, flush() {} };
  if (typeof value === 'function') return { write: (bytes, off, len) => { value(copy(bytes, off, len)); }, flush() {} };
  if (typeof WritableStream === 'function' && value instanceof WritableStream) {
    const writer = value.getWriter();
    // the writer queues: order is kept without waiting here; errors surface on the stream's own promises
    return {
      write: (bytes, off, len) => { writer.write(copy(bytes, off, len)).catch(() => {}); },
      flush() {},
      close: () => writer.close().catch(() => {}),
    };
  }
  if (value && typeof value.write === 'function') {
    return { write: (bytes, off, len) => { value.write(copy(bytes, off, len)); }, flush() {} };
  }
  throw new TypeError(`${option} must be a function receiving Uint8Array chunks, a WritableStream, an object with `
    + `write(chunk), or null to discard, got ${describe(value)}`);
}
