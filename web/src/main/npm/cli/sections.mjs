// `teawasi sections FILE.wasm` on the TeaVM build.
import { sections } from '../teawasi.js';
import { cli } from './node-core.js';
import { createHostFiles } from './host-files.mjs';

// the JVM's ModuleFile.DEFAULT_LIMIT
const MODULE_LIMIT = 256 * 1024 * 1024;

export function main(args) {
  if (args.length !== 1) {
    console.error('usage: teawasi sections FILE.wasm');
    return 2;
  }
  let bytes;
  try {
    bytes = cli().readModuleFile(args[0], MODULE_LIMIT, createHostFiles());
  } catch (e) {
    if (e.name !== 'ModuleFileError') throw e;
    console.error(`teawasi: cannot read ${args[0]}: ${e.message}`);
    return 1;
  }
  try {
    for (const s of sections(bytes)) {
      console.log(`${s.id} ${s.name} offset=${s.offset} size=${s.size}`);
    }
    return 0;
  } catch (e) {
    console.error(`teawasi: ${args[0]}: ${e.message}`);
    return 1;
  }
}
