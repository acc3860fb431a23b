// node's counterpart of no-webassembly.html: WebAssembly is deleted before teawasi loads; the test's small WASI shim
// (wasi-shim.js, the page's classic script, evaluated as such) then runs greet.wasm on teawasi.WebAssembly, its stdin
// read suspending (JSPI) until this script supplies a line while timers keep running.
//   node no-webassembly-node.mjs TEAWASI_JS DIR   (DIR holds wasi-shim.js and greet.wasm); prints one JSON report
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [teawasiJs, dir] = process.argv.slice(2);
const nativeWebAssembly = typeof WebAssembly;
delete globalThis.WebAssembly;
const globalsBefore = Object.getOwnPropertyNames(globalThis);
const teawasi = await import(pathToFileURL(teawasiJs).href);
const newGlobals = Object.getOwnPropertyNames(globalThis).filter((n) => !globalsBefore.includes(n));
const deletedWebAssembly = typeof WebAssembly;
globalThis.WebAssembly ??= teawasi.WebAssembly;
(0, eval)(readFileSync(path.join(dir, 'wasi-shim.js'), 'utf8')); // defines makeWasi, as a classic script would

const report = await (async () => {
  const decoder = new TextDecoder();
  let stdout = '';
  let supply;
  let timers = 0;
  const interval = setInterval(() => { timers++; }, 5);
  const wasi = makeWasi({ // eslint-disable-line no-undef
    args: ['greet', 'one', 'two words'],
    env: ['WHO=the page'],
    stdout: (b) => { stdout += decoder.decode(b); },
    readStdin: () => new Promise((resolve) => { supply = resolve; }),
  });
  const bytes = readFileSync(path.join(dir, 'greet.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { wasi_snapshot_preview1: wasi.imports });
  const exit = wasi.start(instance);
  while (supply === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
  const waiting = stdout;
  const timersBefore = timers;
  await new Promise((resolve) => setTimeout(resolve, 100));
  const timersWhileWaiting = timers - timersBefore;
  supply(new TextEncoder().encode('Ada\n'));
  const code = await exit;
  clearInterval(interval);
  return {
    nativeWebAssembly, deletedWebAssembly, newGlobals,
    usesPolyfill: WebAssembly === teawasi.WebAssembly,
    waiting, timersWhileWaiting, code, stdout,
  };
})().catch((e) => ({ error: String(e && e.stack || e) }));
console.log(JSON.stringify(report));
