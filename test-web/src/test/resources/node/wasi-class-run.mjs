// Runs a WASI command through teawasi's WASI class, with the flags of `teawasi run` the C-suite harness passes:
//   node wasi-class-run.mjs TEAWASI_JS [--engine native|interpreter] [--dir HOST::GUEST]... [--env K=V]... FILE ARGS
// native: node's own WebAssembly; interpreter: teawasi.WebAssembly. stdin is fd 0 read to its end first. --dir
// only makes the guest path a preopened (empty) directory of the run's file system. A trap prints
// "teawasi: wasm trap: MESSAGE" and exits 134, as the CLIs do. native-preempted: teawasi.run on node's own
// WebAssembly with limits.timeout, so the module is rewritten to be preemptible (exit 99 if it was not).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { randomFillSync } from 'node:crypto';

const [moduleFile, ...argv] = process.argv.slice(2);
const teawasi = await import(pathToFileURL(moduleFile).href);
let engine = 'native';
const env = [];
const preopens = {};
let i = 0;
for (; i < argv.length && argv[i].startsWith('--'); i += 2) {
  const value = argv[i + 1];
  if (argv[i] === '--engine') engine = value;
  else if (argv[i] === '--env') env.push(value);
  else if (argv[i] === '--dir') { const sep = value.indexOf('::'); preopens[value.slice(sep + 2)] = '/mnt' + value.slice(sep + 2); }
  else throw new Error(`unknown flag ${argv[i]}`);
}
const file = argv[i];
const WA = engine === 'interpreter' ? teawasi.WebAssembly : WebAssembly;
const stdin = readFileSync(0);
const options = {
  args: [file, ...argv.slice(i + 1)], env, preopens, stdin, terminal: false,
  stdout: (b) => process.stdout.write(b), stderr: (b) => process.stderr.write(b), random: (b) => randomFillSync(b),
};
try {
  if (engine === 'native-preempted') {
    const r = await teawasi.run(readFileSync(file), { ...options, engine: 'native', limits: { timeout: 600000 } });
    process.exitCode = r.rewritten === true && r.engine === 'native' ? r.exitCode : 99;
  } else {
    const wasi = new teawasi.WASI(options);
    const { instance } = await WA.instantiate(readFileSync(file), wasi.getImportObject());
    process.exitCode = wasi.start(instance);
  }
} catch (e) {
  if (e instanceof WA.RuntimeError) {
    process.stderr.write(`teawasi: wasm trap: ${e.message}\n`);
    process.exitCode = 134;
  } else {
    process.stderr.write(`error: ${e && e.stack}\n`);
    process.exitCode = 1;
  }
}
