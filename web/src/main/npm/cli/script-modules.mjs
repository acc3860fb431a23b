// The module files a spec-test script names, read only from inside the script's folder and with a size limit.
// The rules and messages are the JVM's (dev.teawasi.demo.ScriptModules).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readModuleFile, ModuleFileError } from './module-file.mjs';

/** Largest module file a script may name. */
export const SCRIPT_MODULE_LIMIT = 64 * 1024 * 1024;

/** Returns read(name) -> Uint8Array, or a string saying why the file is refused. */
export function scriptModules(script) {
  const dir = path.dirname(path.resolve(script));
  let realDir;
  try { realDir = fs.realpathSync(dir); } catch { realDir = dir; }
  return (name) => {
    const parts = name.split('/');
    if (!name || name.startsWith('/') || name.includes('\\') || name.includes('\0')
        || parts.some((p) => p === '..' || p === '')) {
      return `module file name '${name}' leaves the script's folder`;
    }
    const file = path.join(dir, name);
    let real;
    try {
      real = fs.realpathSync(file);
    } catch {
      return `cannot read ${name}: no such file`;
    }
    if (!real.startsWith(realDir + path.sep)) return `module file ${name} leaves the script's folder`;
    try {
      return readModuleFile(real, SCRIPT_MODULE_LIMIT);
    } catch (e) {
      if (!(e instanceof ModuleFileError)) throw e;
      return `cannot read ${name}: ${e.message.startsWith('no such file') ? 'no such file' : e.message}`;
    }
  };
}
