// One million 10-byte fd_write appends by a guest (bench/src/main/c/appends.c) through teawasi's WASI class on
// node's WebAssembly, into a teawasi.FileSystem: the fd_write -> Vfs path of the JS build without a browser.
//   node bench/src/main/node/guest-appends.mjs [web/target/npm/teawasi.js ...] [--count N]
// Several builds given: interleaved runs, best of 5 each (the machines are shared, so all see the same load).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const args = process.argv.slice(2);
const countAt = args.indexOf('--count');
const count = countAt >= 0 ? args.splice(countAt, 2)[1] : '1000000';
const libs = args.length ? args : [path.join(root, 'web/target/npm/teawasi.js')];
const wasmPath = path.join(os.tmpdir(), 'teawasi-appends.wasm');
execFileSync('/usr/bin/clang', ['--target=wasm32-wasi', '-O2', '-o', wasmPath, path.join(root, 'bench/src/main/c/appends.c')]);
const module = await WebAssembly.compile(readFileSync(wasmPath));

async function once(lib) {
  const fs = new lib.FileSystem();
  fs.mkdirSync('/sandbox');
  let out = '';
  const wasi = new lib.WASI({ args: ['appends', count], fs, preopens: { '/sandbox': '/sandbox' },
    stdout: (b) => { out += new TextDecoder().decode(b); }, returnOnExit: true });
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  const t0 = performance.now();
  const code = wasi.start(instance);
  const ms = performance.now() - t0;
  if (code !== 0 || out.trim() !== `size ${Number(count) * 10}`) throw new Error(`exit ${code}: ${out}`);
  return ms;
}

const loaded = [];
for (const l of libs) loaded.push(await import(pathToFileURL(path.resolve(l)).href));
const best = libs.map(() => Infinity);
for (let r = 0; r < 5; r++) {
  for (let i = 0; i < libs.length; i++) best[i] = Math.min(best[i], await once(loaded[i]));
}
for (let i = 0; i < libs.length; i++) console.log(`${libs[i]}: ${count} appends of 10 bytes, best of 5: ${best[i].toFixed(0)} ms`);
