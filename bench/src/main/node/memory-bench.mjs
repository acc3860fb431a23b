// memory.copy / memory.fill micro-benchmark under node: teawasi's TeaVM build (startWasi on a generated command
// module whose _start repeats one bulk op) and V8's own wasm, against Uint8Array.copyWithin / fill of the same
// lengths. Prints a markdown table of 10^9 bytes per second.  node memory-bench.mjs --module web/target/npm/cli/node-core.js
import { pathToFileURL } from 'node:url';

const opts = { seconds: '0.5' };
const argv = process.argv.slice(2);
for (let i = 0; i + 1 < argv.length; i += 2) opts[argv[i].slice(2)] = argv[i + 1];
if (!opts.module) throw new Error('missing --module PATH/cli/node-core.js');
const { startWasi } = await import(pathToFileURL(opts.module).href);

const DST = 2 << 20;
const LENGTHS = [64, 4096, 65536, 1 << 20];

function sleb(v) {
  const out = [];
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

function uleb(v) {
  const out = [];
  do { let b = v & 0x7f; v >>>= 7; if (v) b |= 0x80; out.push(b); } while (v);
  return out;
}

function section(id, content) {
  return [id, ...uleb(content.length), ...content];
}

/** (memory 64) (func (export "_start") (local i32) reps x { op(DST, srcOrValue, len) }) */
function module(op, srcOrValue, len, reps) {
  const opBytes = op === 'copy' ? [0xfc, 0x0a, 0, 0] : [0xfc, 0x0b, 0];
  const body = [1, 1, 0x7f, 0x41, ...sleb(reps), 0x21, 0, 0x03, 0x40,
    0x41, ...sleb(DST), 0x41, ...sleb(srcOrValue), 0x41, ...sleb(len), ...opBytes,
    0x20, 0, 0x41, 1, 0x6b, 0x22, 0, 0x0d, 0, 0x0b, 0x0b];
  const name = [...'_start'].map((c) => c.charCodeAt(0));
  const mem = [...'memory'].map((c) => c.charCodeAt(0));
  return new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 0]), ...section(3, [1, 0]), ...section(5, [1, 0, 64]),
    ...section(7, [2, name.length, ...name, 0, 0, mem.length, ...mem, 2, 0]),
    ...section(10, [1, ...uleb(body.length), ...body])]);
}

const runners = {
  teavm(op, sv, len, reps) {
    const run = startWasi(module(op, sv, len, reps), {});
    const t0 = performance.now();
    const status = run.step(-1);
    const t = performance.now() - t0;
    if (status !== 'exited') throw new Error('teavm: ' + status + ' ' + run.trap());
    return t;
  },
  v8(op, sv, len, reps) {
    const inst = new WebAssembly.Instance(new WebAssembly.Module(module(op, sv, len, reps)), {});
    const t0 = performance.now();
    inst.exports._start();
    return performance.now() - t0;
  },
  js(op, sv, len, reps) {
    const a = new Uint8Array(64 << 16);
    const t0 = performance.now();
    if (op === 'copy') for (let i = 0; i < reps; i++) a.copyWithin(DST, sv, sv + len);
    else for (let i = 0; i < reps; i++) a.fill(sv + i, DST, DST + len);
    return performance.now() - t0;
  },
};

function gbPerSecond(runner, op, sv, len) {
  const targetMs = Number(opts.seconds) * 1000;
  let reps = 1;
  let t = 0;
  while (t < Math.min(50, targetMs / 4) && reps < (1 << 30)) { reps *= 2; t = runner(op, sv, len, reps); }
  let total = 0, bytes = 0;
  while (total < targetMs) { total += runner(op, sv, len, reps); bytes += len * reps; }
  return bytes / (total * 1e6);
}

console.log('| op | length | teawasi TeaVM GB/s | V8 wasm GB/s | JS typed array GB/s | teawasi / JS |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [op, sv, what] of [['copy', 0, 'memory.copy vs copyWithin'], ['fill', 0x5a, 'memory.fill vs fill']]) {
  for (const len of LENGTHS) {
    const t = gbPerSecond(runners.teavm, op, sv, len);
    const v = gbPerSecond(runners.v8, op, sv, len);
    const j = gbPerSecond(runners.js, op, sv, len);
    console.log(`| ${what} | ${len} | ${t.toFixed(2)} | ${v.toFixed(2)} | ${j.toFixed(2)} | ${(t / j).toFixed(2)} |`);
  }
}
