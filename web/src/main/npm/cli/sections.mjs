// `teawasi sections FILE.wasm` on the TeaVM build.
import { readFileSync } from 'node:fs';
import { sections } from '../teawasi.js';

export function main(args) {
  if (args.length !== 1) {
    console.error('usage: teawasi sections FILE.wasm');
    return 2;
  }
  let bytes;
  try {
    bytes = readFileSync(args[0]);
  } catch (e) {
    console.error(`teawasi: cannot read ${args[0]}: ${e.message}`);
    return 1;
  }
  try {
    for (const s of sections(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))) {
      console.log(`${s.id} ${s.name} offset=${s.offset} size=${s.size}`);
    }
    return 0;
  } catch (e) {
    console.error(`teawasi: ${args[0]}: ${e.message}`);
    return 1;
  }
}
