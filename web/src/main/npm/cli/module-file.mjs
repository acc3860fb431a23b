// Reads a .wasm file with a size limit: a regular file or a pipe, never a device (/dev/zero as a module would
// never end) and never more than the limit. The messages are the JVM's (dev.teawasi.demo.ModuleFile).
import * as fs from 'node:fs';

export const DEFAULT_MODULE_LIMIT = 256 * 1024 * 1024;

export class ModuleFileError extends Error {}

/** The bytes as a Uint8Array; throws ModuleFileError whose message says why not (without the file name). */
export function readModuleFile(file, limit = DEFAULT_MODULE_LIMIT) {
  let st;
  try {
    st = fs.statSync(file);
  } catch (e) {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw new ModuleFileError(`no such file ${file}`);
    if (e.code === 'EACCES') throw new ModuleFileError('permission denied');
    throw new ModuleFileError(e.message);
  }
  if (st.isDirectory()) throw new ModuleFileError('is a directory');
  if (st.isFile() && st.size > limit) throw tooLarge(limit);
  if (!st.isFile() && !st.isFIFO()) throw new ModuleFileError('not a regular file');
  let fd;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw new ModuleFileError(e.code === 'EACCES' ? 'permission denied' : e.message);
  }
  try {
    const pieces = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      let n;
      try {
        n = fs.readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if (e.code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); continue; }
        throw new ModuleFileError(e.message);
      }
      if (n === 0) break;
      pieces.push(buf.subarray(0, n));
      total += n;
      if (total > limit) throw tooLarge(limit);
    }
    const all = Buffer.concat(pieces, total);
    return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
  } finally {
    fs.closeSync(fd);
  }
}

function tooLarge(limit) {
  return new ModuleFileError(`larger than the module size limit of ${limit} bytes`);
}
