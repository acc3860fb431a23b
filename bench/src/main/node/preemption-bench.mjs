// The cost of preempting native WebAssembly (not a test): teawasi.run on the native WebAssembly with each corpus
// program as it is, and rewritten for preemption (web/src/main/java/dev/teawasi/web/NativeRewriter.java: a count-down
// at every function entry and loop header that calls a yield import), alternating in one process or page, medians.
//   node bench/src/main/node/preemption-bench.mjs [--where node|chromium] [--runs N] [--programs a,b]
//     [--corpus DIR] [--npm web/target/npm] [--out FILE]
// node (20, no JSPI): rewritten with limits.timeout (the yield only checks the clock). chromium: rewritten with a
// signal (JSPI: the yield suspends the run for one task every 8 ms), in one headless page (playwright-core,
// /usr/bin/chromium). The time is the whole run(): the rewrite and the compile included.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';
import http from 'node:http';
import path from 'node:path';
import { benchProgram } from './preemption-bench-core.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const opts = { where: 'node', runs: '5', programs: '', corpus: '/work/shared/bench', npm: path.join(root, 'web/target/npm'), out: '' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  if (!argv[i].startsWith('--') || i + 1 >= argv.length || !(argv[i].slice(2) in opts)) throw new Error('bad arguments: ' + argv.join(' '));
  opts[argv[i].slice(2)] = argv[i + 1];
}
const rows = readFileSync(path.join(opts.corpus, 'PROGRAMS.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((l) => l.split('\t')).map(([program, wasm, size, checksum]) => ({ program, wasm, size, checksum }))
  .filter((r) => r.program !== 'hello' && (!opts.programs || opts.programs.split(',').includes(r.program)));
const runs = Number(opts.runs);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const loadBefore = load();
const results = [];

if (opts.where === 'node') {
  const teawasi = await import(pathToFileURL(path.join(opts.npm, 'teawasi.js')).href);
  for (const r of rows) {
    const bytes = new Uint8Array(readFileSync(path.join(opts.corpus, 'wasm', r.wasm)));
    results.push({ ...r, ...(await benchProgram(teawasi, bytes, r.program, r.size, r.checksum, 'timeout', runs)) });
    console.error(r.program, JSON.stringify(results[results.length - 1]));
  }
} else {
  const { chromium } = await import('playwright-core');
  const files = { '/teawasi.js': path.join(opts.npm, 'teawasi.js'), '/core.mjs': path.join(here, 'preemption-bench-core.mjs') };
  const server = http.createServer((q, s) => {
    const u = q.url.split('?')[0];
    if (u === '/') { s.writeHead(200, { 'content-type': 'text/html' }); s.end('<!doctype html><title>preemption bench</title>'); return; }
    const f = files[u] || (u.startsWith('/wasm/') ? path.join(opts.corpus, 'wasm', path.basename(u)) : null);
    try {
      const body = readFileSync(f);
      s.writeHead(200, { 'content-type': u.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' });
      s.end(body);
    } catch {
      s.writeHead(404); s.end();
    }
  }).listen(0);
  const port = server.address().port;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    for (const r of rows) {
      const m = await page.evaluate(async ([r, n]) => {
        const teawasi = await import('/teawasi.js');
        const { benchProgram: bench } = await import('/core.mjs');
        const bytes = new Uint8Array(await (await fetch('/wasm/' + r.wasm)).arrayBuffer());
        return bench(teawasi, bytes, r.program, r.size, r.checksum, 'signal', n);
      }, [r, runs]);
      results.push({ ...r, ...m });
      console.error(r.program, JSON.stringify(results[results.length - 1]));
    }
  } finally {
    await browser.close();
    server.close();
  }
}

const lines = [`preemption-bench --where ${opts.where} --runs ${runs}; load average ${loadBefore} before, ${load()} after`, '',
  '| program | size | plain ms | rewritten ms | rewritten / plain |', '|---|---:|---:|---:|---:|'];
let logSum = 0;
for (const r of results) {
  const ratio = r.rewritten / r.plain;
  logSum += Math.log(ratio);
  lines.push(`| ${r.program} | ${r.size} | ${r.plain.toFixed(1)} | ${r.rewritten.toFixed(1)} | ${ratio.toFixed(2)} |`);
}
lines.push(`| **geometric mean** | | | | **${Math.exp(logSum / results.length).toFixed(2)}** |`);
console.log(lines.join('\n'));
if (opts.out) writeFileSync(opts.out, lines.join('\n') + '\n');
