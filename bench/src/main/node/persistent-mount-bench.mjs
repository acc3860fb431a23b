// Mount time and first-read time of a persistent directory (FileSystem.mountPersistent) in headless Chromium, for
// one or more builds of the npm package side by side: each build stores FILES files of about MB/FILES bytes in
// 20 directories (OPFS and IndexedDB), then after a page reload a fresh FileSystem mounts the store (timed), reads
// one file through fs.promises.readFile (timed: first read), and, where the build has it, loads the rest with
// fs.ready() (timed). Median of --runs reloads. Each build gets its own fresh browser profile.
//
// Usage: node bench/src/main/node/persistent-mount-bench.mjs [--files 2000] [--mb 50] [--runs 3]
//          [--backends opfs,indexeddb] LABEL=NPM_DIR [LABEL=NPM_DIR ...]
// e.g.   node bench/src/main/node/persistent-mount-bench.mjs before=/tmp/npm-before after=web/target/npm
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const { chromium } = createRequire(import.meta.url)(path.join(root, 'node_modules/playwright-core'));

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf('--' + name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const files = Number(opt('files', 2000));
const mb = Number(opt('mb', 50));
const runs = Number(opt('runs', 3));
const backends = opt('backends', 'opfs,indexeddb').split(',');
const builds = args.map((a) => {
  const eq = a.indexOf('=');
  if (eq < 0) throw new Error(`expected LABEL=NPM_DIR, got ${a}`);
  return { label: a.slice(0, eq), dir: path.resolve(a.slice(eq + 1)) };
});
if (builds.length === 0) throw new Error('usage: persistent-mount-bench.mjs [options] LABEL=NPM_DIR ...');

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><title>bench</title>');
      return;
    }
    try {
      const body = readFileSync(path.join(dir, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, '')));
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

console.log(`# persistent directory: ${files} files, ${mb} MB, median of ${runs} reloads; load average ${load()}`);
console.log('| build | backend | mount ms | first read ms | ready() ms (all contents) |');
console.log('|---|---|---:|---:|---:|');
for (const build of builds) {
  const server = await serve(build.dir);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'teawasi-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] || await context.newPage();
  const origin = `http://localhost:${server.address().port}`;
  await page.goto(origin + '/');
  for (const backend of backends) {
    await page.evaluate(async ({ backend, files, mb }) => {
      const { FileSystem } = await import('/teawasi.js');
      const fs = new FileSystem({ maxBytes: Infinity });
      const m = await fs.mountPersistent('/p', { backend, name: 'bench-' + backend });
      const size = Math.floor((mb * 1024 * 1024) / files);
      for (let d = 0; d < 20; d++) fs.mkdirSync('/p/d' + d);
      for (let i = 0; i < files; i++) {
        const data = new Uint8Array(size);
        for (let k = 0; k < size; k += 64) data[k] = (i + k) & 255;
        fs.writeFileSync(`/p/d${i % 20}/f${i}`, data);
        if (i % 200 === 199) await m.flush();
      }
      await m.unmount();
    }, { backend, files, mb });
    const mount = [];
    const first = [];
    const ready = [];
    for (let r = 0; r < runs; r++) {
      await page.reload();
      const t = await page.evaluate(async ({ backend, files }) => {
        const { FileSystem } = await import('/teawasi.js');
        const fs = new FileSystem({ maxBytes: Infinity });
        const t0 = performance.now();
        await fs.mountPersistent('/p', { backend, name: 'bench-' + backend });
        const t1 = performance.now();
        const bytes = await fs.promises.readFile(`/p/d7/f${files - 13}`);
        const t2 = performance.now();
        let t3 = t2;
        if (typeof fs.ready === 'function') {
          await fs.ready('/p');
          t3 = performance.now();
        }
        if (bytes.length === 0 || fs.readdirSync('/p/d3').length !== files / 20) throw new Error('wrong contents');
        return { mount: t1 - t0, first: t2 - t1, ready: typeof fs.ready === 'function' ? t3 - t2 : null };
      }, { backend, files });
      mount.push(t.mount);
      first.push(t.first);
      if (t.ready !== null) ready.push(t.ready);
    }
    console.log(`| ${build.label} | ${backend} | ${median(mount).toFixed(0)} | ${median(first).toFixed(1)} | `
      + `${ready.length ? median(ready).toFixed(0) : '- (loaded when mounted)'} |`);
  }
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`load average after: ${load()}`);
