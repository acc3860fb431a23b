#!/usr/bin/env node
// Runs a WASI command under node's own node:wasi with the same flags as `teawasi run`, so tests can compare the
// two runtimes line by line: node-wasi-run.mjs [--dir HOST[::GUEST]]... [--env KEY=VALUE]... FILE.wasm [ARGS...]
// A trap prints "trap: MESSAGE" to stderr and exits 134 (as teawasi and wasmtime do).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { WASI } from 'node:wasi';

process.removeAllListeners('warning'); // node:wasi's "experimental" warning would pollute stderr

const argv = process.argv.slice(2);
const preopens = {};
const env = {};
let i = 0;
for (; i < argv.length && argv[i].startsWith('--'); i++) {
  const flag = argv[i];
  const value = argv[++i];
  if (value === undefined) { console.error(`missing value for ${flag}`); process.exit(2); }
  if (flag === '--dir') {
    const sep = value.indexOf('::');
    preopens[sep < 0 ? value : value.slice(sep + 2)] = sep < 0 ? value : value.slice(0, sep);
  } else if (flag === '--env') {
    const eq = value.indexOf('=');
    env[value.slice(0, eq)] = value.slice(eq + 1);
  } else { console.error(`unknown flag ${flag}`); process.exit(2); }
}
const file = argv[i];
if (!file) { console.error('usage: node-wasi-run.mjs [--dir HOST::GUEST]... [--env K=V]... FILE.wasm [ARGS...]'); process.exit(2); }
const wasi = new WASI({ version: 'preview1', args: [basename(file), ...argv.slice(i + 1)], env, preopens, returnOnExit: true });
try {
  const module = await WebAssembly.compile(readFileSync(file));
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  process.exitCode = wasi.start(instance);
} catch (e) {
  if (e instanceof WebAssembly.RuntimeError) {
    process.stderr.write(`trap: ${e.message}\n`);
    process.exitCode = 134;
  } else {
    process.stderr.write(`error: ${e.message}\n`);
    process.exitCode = 1;
  }
}
