// The WebAssembly namespace benchmark (issue 8; not a test): the same WASI glue (@bjorn3/browser_wasi_shim 0.4.2)
// runs the corpus programs on three `WebAssembly` implementations: node's native one (V8), teawasi's polyfill
// (web/target/npm/teawasi.js, the interpreter) and npm polywasm 0.2.0 (which translates wasm to JS). One fresh
// process per program and engine; only `_start` is timed (compile and instantiate apart); every checksum is checked.
// Then the call benchmark: ns per call of an (i32, i32) -> i32 export called from JS, and of a JS import called from
// a wasm loop, on the same three.
//
//   node bench/src/main/node/webassembly-bench.mjs [--programs fib,sieve] [--engines native,teawasi,polywasm]
//     [--corpus DIR] [--module web/target/npm/teawasi.js] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const opts = {
  programs: '', engines: 'native,teawasi,polywasm', corpus: '/work/shared/bench',
  module: path.join(root, 'web/target/npm/teawasi.js'), out: '', child: '',
};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new Error('bad arguments: ' + argv.join(' '));
  opts[argv[i].slice(2)] = argv[i + 1];
}

async function namespace(engine) {
  if (engine === 'native') return globalThis.WebAssembly;
  if (engine === 'teawasi') return (await import(pathToFileURL(path.resolve(opts.module)).href)).WebAssembly;
  if (engine === 'polywasm') return (await import('polywasm')).WebAssembly;
  throw new Error('unknown engine ' + engine);
}

// ---- child: one program on one engine

async function runProgram() {
  const W = await namespace(opts.engine);
  const { WASI, File, OpenFile, ConsoleStdout, PreopenDirectory } = await import('@bjorn3/browser_wasi_shim');
  const bytes = new Uint8Array(readFileSync(opts.wasm));
  let t = performance.now();
  const module = await W.compile(bytes);
  const compileMs = performance.now() - t;
  // printf_lines writes its checksum to stderr (its stdout is meant for /dev/null): both are searched
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const fds = [
    new OpenFile(new File([])),
    new ConsoleStdout((b) => { stdout += decoder.decode(b, { stream: true }); }),
    new ConsoleStdout((b) => { stderr += new TextDecoder().decode(b); }),
    new PreopenDirectory('/sandbox', new Map()),
  ];
  const args = [opts.program + '.wasm'].concat(opts.size === '' ? [] : [opts.size]);
  const wasi = new WASI(args, [], fds);
  t = performance.now();
  const instance = await W.instantiate(module, { wasi_snapshot_preview1: wasi.wasiImport });
  const instantiateMs = performance.now() - t;
  t = performance.now();
  const code = wasi.start(instance);
  const runMs = performance.now() - t;
  const sums = (stdout + '\n' + stderr).split('\n').filter((l) => l.startsWith('checksum: '));
  const sum = sums.length ? sums[sums.length - 1].slice(10).trim() : null;
  if (code !== 0 || sum !== opts.checksum) {
    throw new Error(`${opts.engine} ${opts.program}: exit ${code}, checksum ${sum}, expected ${opts.checksum}`);
  }
  console.log(['RESULT', compileMs.toFixed(1), instantiateMs.toFixed(1), runMs.toFixed(1)].join('\t'));
}

// ---- child: the call benchmark on one engine

// (module (import "env" "f" (func $f (param i32 i32) (result i32)))
//   (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
//   (func (export "callImport") (param i32) (result i32) (local i32)
//     (loop $l (local.set 1 (call $f (local.get 1) (i32.const 1))) (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
//     (local.get 1)))
const CALLS_WASM = '0061736d01000000010c0260027f7f017f60017f017f02090103656e760166000003030200010714020361646400010a'
  + '63616c6c496d706f727400020a22020700200020016a0b1801017f0340200141011000210120012000490d000b20010b';

async function runCalls() {
  const W = await namespace(opts.engine);
  const bytes = new Uint8Array(CALLS_WASM.match(/../g).map((h) => parseInt(h, 16)));
  const { instance } = await W.instantiate(bytes, { env: { f: (a, b) => (a + b) | 0 } });
  const { add, callImport } = instance.exports;
  // Warm up for about a second (the JIT needs several rounds to settle on the boundary code), then the median of
  // five rounds.
  const measure = (fn, n) => {
    const round = Math.max(1, Math.floor(n / 5));
    for (const until = performance.now() + 1000; performance.now() < until;) fn(round);
    const ns = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      fn(round);
      ns.push(((performance.now() - t) * 1e6) / round);
    }
    return ns.sort((a, b) => a - b)[2];
  };
  const jsToWasm = (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s = add(s, 1);
    if (s !== n) throw new Error('add gave ' + s);
  };
  const wasmToJs = (n) => {
    if (callImport(n) !== n) throw new Error('callImport failed');
  };
  const n = opts.engine === 'teawasi' ? 300000 : 3000000;
  console.log(['RESULT', measure(jsToWasm, n).toFixed(1), measure(wasmToJs, n).toFixed(1)].join('\t'));
}

// ---- driver

function child(args) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {
    encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'], cwd: root,
  });
  const line = out.split('\n').find((l) => l.startsWith('RESULT\t'));
  if (!line) throw new Error('no result: ' + out);
  return line.split('\t').slice(1).map(Number);
}

const geomean = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

function driver() {
  const engines = opts.engines.split(',');
  const rows = readFileSync(path.join(opts.corpus, 'PROGRAMS.tsv'), 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split('\t')).filter(([name]) => name !== 'hello')
    .filter(([name]) => !opts.programs || opts.programs.split(',').includes(name));
  const lines = [];
  const say = (s) => { lines.push(s); console.log(s); };
  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  say(`node ${process.version}; load average before: ${load()}`);
  say('');
  say(`| program | size | ${engines.map((e) => e + ' ms').join(' | ')} | ${engines.slice(1).map((e) => e + ' / ' + engines[0]).join(' | ')} |`);
  say(`|---|---:|${engines.map(() => '---:').join('|')}|${engines.slice(1).map(() => '---:').join('|')}|`);
  const ratios = engines.slice(1).map(() => []);
  for (const [name, wasm, size, checksum] of rows) {
    const ms = engines.map((engine) => {
      try {
        return child(['--child', 'run', '--engine', engine, '--program', name, '--wasm', path.join(opts.corpus, 'wasm', wasm),
          '--size', size, '--checksum', checksum, '--module', opts.module])[2];
      } catch (e) {
        console.error(`${engine} ${name}: ${String(e.stderr || e.message).split('\n').slice(0, 3).join(' ')}`);
        return NaN;
      }
    });
    const r = ms.slice(1).map((m) => m / ms[0]);
    r.forEach((x, i) => { if (Number.isFinite(x)) ratios[i].push(x); });
    say(`| ${name} | ${size} | ${ms.map((m) => (Number.isFinite(m) ? m.toFixed(0) : 'failed')).join(' | ')} | ${r.map((x) => (Number.isFinite(x) ? x.toFixed(1) : '-')).join(' | ')} |`);
  }
  say(`| **geometric mean** | | ${engines.map(() => '').join(' | ')} | ${ratios.map((xs) => '**' + geomean(xs).toFixed(1) + '**').join(' | ')} |`);
  say('');
  say('| calls, ns per call | ' + engines.join(' | ') + ' |');
  say('|---|' + engines.map(() => '---:').join('|') + '|');
  const calls = engines.map((engine) => child(['--child', 'calls', '--engine', engine, '--module', opts.module]));
  say('| JS -> wasm -> JS: an (i32, i32) -> i32 export called from JS | ' + calls.map((c) => c[0].toFixed(0)).join(' | ') + ' |');
  say('| wasm -> JS -> wasm: an (i32, i32) -> i32 JS import called from a wasm loop | ' + calls.map((c) => c[1].toFixed(0)).join(' | ') + ' |');
  say('');
  say(`load average after: ${load()}`);
  if (opts.out) writeFileSync(opts.out, lines.join('\n') + '\n');
}

if (opts.child === 'run') await runProgram();
else if (opts.child === 'calls') await runCalls();
else driver();
