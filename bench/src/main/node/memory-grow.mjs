// memory.grow in the TeaVM build (not a test): a module grows its memory 40 times by 64 pages (to 160 MiB), called
// from JS, touching one byte of each new part; prints the time per teawasi.js given (run old and new side by side).
//
//   node bench/src/main/node/memory-grow.mjs web/target/npm/teawasi.js [OTHER/teawasi.js ...]
import { pathToFileURL } from 'node:url';
import path from 'node:path';

// (module (memory (export "memory") 1)
//   (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
//   (func (export "touch") (param i32) (i32.store8 (local.get 0) (i32.const 1))))
const GROW_WASM = '0061736d01000000010a0260017f017f60017f0003030200010503010001071903066d656d6f727902000467726f77000005746f75636800010a12020600200040000b0900200041013a00000b';
const bytes = new Uint8Array(GROW_WASM.match(/../g).map((h) => parseInt(h, 16)));

for (const file of process.argv.slice(2)) {
  const { WebAssembly: W } = await import(pathToFileURL(path.resolve(file)).href);
  const { instance } = await W.instantiate(bytes);
  const t0 = performance.now();
  for (let i = 0; i < 40; i++) {
    instance.exports.grow(64);
    instance.exports.touch(i * 64 * 65536);
  }
  const ms = performance.now() - t0;
  console.log(`${file}: 40 grows by 4 MiB to ${instance.exports.memory.buffer.byteLength >> 20} MiB in ${ms.toFixed(0)} ms`);
}
