// `teawasi sections FILE.wasm` on the TeaVM build.
import { sections } from '../teawasi.js';
import { readModuleFile, ModuleFileError } from './module-file.mjs';

export function main(args) {
  if (args.length !== 1) {
    console.error('usage: teawasi sections FILE.wasm');
    return 2;
  }
  let bytes;
  try {
    bytes = readModuleFile(args[0]);
  } catch (e) {
    if (!(e instanceof ModuleFileError)) throw e;
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
