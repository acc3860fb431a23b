// Benchmark (not a test): teawasi's WASI against browser_wasi_shim 0.4.2 on Chromium's own WebAssembly, same page,
// same run, programs of the shared bench corpus (PROGRAMS.tsv) plus appends (one million 10-byte fd_write appends
// to a file in /sandbox). Alternates the two per program; prints median _start times and the ratio teawasi/shim.
//   node bench/src/main/node/wasi-browser-bench.mjs [--corpus DIR] [--runs N] [--programs a,b] [--out FILE] [--npm DIR]
// Needs web/target/npm (mvn -pl web -am package), /usr/bin/chromium, playwright-core (top-level node_modules).
import http from 'node:http';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const sharedCorpus = path.join(root, '../shared/bench');
const opts = { corpus: existsSync(path.join(sharedCorpus, 'PROGRAMS.tsv')) ? sharedCorpus : '/work/shared/bench', runs: '5', programs: '', out: '', npm: path.join(root, 'web/target/npm') };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) opts[argv[i].replace(/^--/, '')] = argv[i + 1];
const runs = Number(opts.runs);

const programs = readFileSync(path.join(opts.corpus, 'PROGRAMS.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((l) => l.split('\t')).map(([name, wasm, size, checksum]) => ({ name, file: path.join(opts.corpus, 'wasm', wasm), size, checksum }))
  .filter((p) => p.name !== 'hello' && !p.name.endsWith('.bulk'));
const appendsWasm = path.join(os.tmpdir(), 'teawasi-appends.wasm');
execFileSync('/usr/bin/clang', ['--target=wasm32-wasi', '-O2', '-o', appendsWasm, path.join(root, 'bench/src/main/c/appends.c')]);
// browser_wasi_shim copies the whole file on every append (quadratic): it gets 20,000 appends, teawasi a million
programs.push({ name: 'appends', file: appendsWasm, size: '1000000', shimSize: '20000', checksum: null });
const wanted = opts.programs ? opts.programs.split(',') : null;

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.wasm': 'application/wasm' };
const mounts = {
  '/teawasi/': opts.npm,
  '/shim/': path.join(root, 'node_modules/@bjorn3/browser_wasi_shim/dist'),
  '/page/': path.join(root, 'bench/src/main/browser'),
};
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = null;
  if (url.startsWith('/wasm/')) file = programs.find((p) => p.name === url.slice(6))?.file;
  for (const [prefix, dir] of Object.entries(mounts)) if (url.startsWith(prefix)) file = path.join(dir, url.slice(prefix.length));
  if (!file || !existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
const page = await browser.newPage();
await page.goto(`${base}/page/wasi-page.html`);
await page.waitForFunction(() => window.ready === true);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const lines = [`Chromium ${browser.version()}, ${runs} runs each (alternating), load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`,
  '| program | teawasi WASI ms | browser_wasi_shim ms | ratio |', '|---|---:|---:|---:|'];
const ratios = [];
// (appends is reported apart: the two runtimes get different sizes)
for (const p of programs) {
  if (wanted && !wanted.includes(p.name)) continue;
  const times = { teawasi: [], shim: [] };
  for (let i = 0; i < runs; i++) {
    for (const engine of i % 2 ? ['shim', 'teawasi'] : ['teawasi', 'shim']) {
      const size = engine === 'shim' && p.shimSize ? p.shimSize : p.size;
      const r = await page.evaluate(([e, u, a]) => window.bench(e, u, a, 1), [engine, `${base}/wasm/${p.name}`, [p.name, size]]);
      if (p.checksum && r.checksum !== p.checksum) throw new Error(`${p.name} on ${engine}: checksum ${r.checksum}, expected ${p.checksum}`);
      if (r.code !== 0) throw new Error(`${p.name} on ${engine}: exit ${r.code}`);
      times[engine].push(r.times[0]);
    }
  }
  const a = median(times.teawasi);
  const b = median(times.shim);
  if (p.shimSize) {
    lines.push(`| ${p.name} ${p.size} (shim: ${p.shimSize}) | ${a.toFixed(1)} | ${b.toFixed(1)} | not comparable |`);
    console.log(lines[lines.length - 1]);
    continue;
  }
  ratios.push(a / b);
  lines.push(`| ${p.name} ${p.size} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a / b).toFixed(2)} |`);
  console.log(lines[lines.length - 1]);
}
const geo = ratios.length === 0 ? NaN : Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
lines.push(`geometric mean of the ratios: ${geo.toFixed(2)}; load after: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(lines.join('\n'));
if (opts.out) writeFileSync(opts.out, lines.join('\n') + '\n');
await browser.close();
server.close();
