// Measures one benchmark program under node, as bench/src/main/java/dev/teawasi/bench/MeasureOne.java does on the
// JVM: load and compile once (start-up, reported apart), warm-up runs at about a tenth of the size, then the measured
// runs; only the guest's _start is timed. Every run's "checksum: ..." line is checked. Prints one line:
//   RESULT <tab> engine <tab> program <tab> compile ms <tab> instantiate ms <tab> run ms,run ms,...
// --engine teavm: teawasi's TeaVM build (web/target/npm/cli/node-core.js, the build the node CLI uses); --engine v8: node:wasi on V8.
import { readFileSync, mkdtempSync, rmSync, openSync, closeSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const opts = { warmup: '1', runs: '1', size: '', 'warmup-size': '' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new Error('bad arguments: ' + argv.join(' '));
  opts[argv[i].slice(2)] = argv[i + 1];
}
for (const k of ['engine', 'program', 'wasm', 'checksum']) {
  if (!opts[k]) throw new Error('missing --' + k);
}

function checksumIn(text) {
  let found = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('checksum: ')) found = line.slice('checksum: '.length).trim();
  }
  return found;
}

function guestArgs(size) {
  return size === '' ? [opts.program + '.wasm'] : [opts.program + '.wasm', size];
}

const bytes = new Uint8Array(readFileSync(opts.wasm));
const engine = await loadEngine(opts.engine);

const c0 = performance.now();
const compiled = await engine.compile(bytes);
const compileMs = performance.now() - c0;

function runChecked(size, expected) {
  const r = engine.run(compiled, guestArgs(size));
  const sum = checksumIn(r.stdout);
  if (r.exitCode !== 0 || sum === null || (expected !== null && sum !== expected)) {
    throw new Error(`${opts.engine} ${opts.program} ${size}: exit ${r.exitCode}, checksum ${sum}` +
      (expected !== null ? ` (expected ${expected})` : '') + '; output tail: ' + r.stdout.slice(-300));
  }
  return r;
}

for (let i = 0; i < Number(opts.warmup); i++) runChecked(opts['warmup-size'], null);
const times = [];
let inst = Infinity;
for (let i = 0; i < Number(opts.runs); i++) {
  const r = runChecked(opts.size, opts.checksum);
  times.push(r.executeMs.toFixed(1));
  inst = Math.min(inst, r.instantiateMs);
}
console.log(['RESULT', opts.engine, opts.program, compileMs.toFixed(1), inst.toFixed(1), times.join(',')].join('\t'));

async function loadEngine(name) {
  if (name === 'v8') return v8Engine();
  if (name === 'teavm') return teavmEngine(await import(pathToFileURL(opts.module).href));
  throw new Error('unknown engine ' + name);
}

// node's own WASI on V8 (reference only). stdout goes to a file: node:wasi writes to real file descriptors.
async function v8Engine() {
  const { WASI } = await import('node:wasi');
  return {
    compile: (b) => WebAssembly.compile(b),
    run(module, args) {
      const dir = mkdtempSync(join(tmpdir(), 'teawasi-bench-'));
      try {
        const outPath = join(dir, 'stdout');
        const fd = openSync(outPath, 'w');
        const errPath = join(dir, 'stderr');
        const errFd = openSync(errPath, 'w');
        const sandbox = join(dir, 'sandbox');
        mkdirSync(sandbox);
        const wasi = new WASI({ version: 'preview1', args, preopens: { '/sandbox': sandbox }, stdout: fd,
          stderr: errFd, returnOnExit: true });
        const t0 = performance.now();
        const instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasi.wasiImport });
        const t1 = performance.now();
        const exitCode = wasi.start(instance);
        const t2 = performance.now();
        closeSync(fd);
        closeSync(errFd);
        return { exitCode, stdout: readFileSync(outPath, 'utf8') + readFileSync(errPath, 'utf8'), instantiateMs: t1 - t0, executeMs: t2 - t1 };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// teawasi's TeaVM build through startWasi (cli/node-core.js) (which decodes, validates and instantiates; timed apart
// from step(), which runs _start). /sandbox is an empty mount of its in-memory file system.
function teavmEngine(mod) {
  if (typeof mod.startWasi !== 'function') {
    throw new Error('the TeaVM build exports no startWasi (exports: ' + Object.keys(mod).join(', ') + ')');
  }
  const decoder = new TextDecoder();
  const errDecoder = new TextDecoder();
  return {
    compile: (b) => b,
    run(wasm, args) {
      const chunks = [];
      const errChunks = [];
      const t0 = performance.now();
      const run = mod.startWasi(wasm, { args, mounts: [{ guestPath: '/sandbox', entries: [] }],
        stdout: (b) => chunks.push(decoder.decode(b, { stream: true })),
        stderr: (b) => errChunks.push(errDecoder.decode(b, { stream: true })) });
      const t1 = performance.now();
      const status = run.step(-1);
      const t2 = performance.now();
      if (status !== 'exited') {
        throw new Error(`teavm ${opts.program}: ${status}` + (run.trap() ? ': ' + run.trap() : ''));
      }
      return { exitCode: run.exitCode(), stdout: chunks.join('') + errChunks.join(''), instantiateMs: t1 - t0, executeMs: t2 - t1 };
    },
  };
}
