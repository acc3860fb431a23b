// Runs suite.mjs in node on the teawasi ES module: node run-node.mjs TEAWASI_JS WASM_DIR [FILTER]
// Prints one line per case: PASS NAME, or FAIL NAME :: MESSAGE (on one line).
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { run } from './suite.mjs';

const [teawasiJs, wasmDir, only] = process.argv.slice(2);
const { WebAssembly: W } = await import(pathToFileURL(teawasiJs).href);
const wasm = async (name) => new Uint8Array(await readFile(path.join(wasmDir, name + '.wasm')));
const env = {
  wasm,
  response: async (name, type, status) => new Response(await wasm(name), { status, headers: { 'Content-Type': type } }),
};
for (const r of await run(W, env, only)) {
  console.log(r.ok ? `PASS ${r.name}` : `FAIL ${r.name} :: ${r.message.replace(/\s*\n\s*/g, ' | ')}`);
}
