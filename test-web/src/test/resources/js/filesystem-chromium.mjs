// teawasi.FileSystem in headless Chromium (playwright-core driving /usr/bin/chromium): persistent directories
// (OPFS, IndexedDB, and 'auto') that survive a page reload and a browser restart with the same --user-data-dir,
// change events, and the classic script. Serves the npm folder and a blank page on http://localhost (a secure
// context, so OPFS exists).
// Guest C programs (fs_quota, fs_events from wasi-polyfill/src/test/c-fs) run in the page through teawasi.run on the
// browser's WebAssembly and on the interpreter: ENOSPC under a quota, events from the guest, and a guest's files
// in a persistent directory surviving a reload. Persistent files load on demand: by the promise forms, fs.ready(),
// and a guest's first open (test-web's file-actions.c); an IndexedDB store of the version 1 layout is upgraded.
// Usage: node filesystem-chromium.mjs NPM_DIR PROFILE_DIR PLAYWRIGHT_CORE_DIR WASM_DIR; prints "passed N".
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [npmDir, profile, playwrightDir, wasmDir] = process.argv.slice(2);
const { chromium } = createRequire(import.meta.url)(playwrightDir);

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/' || url.pathname === '/page.html') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!DOCTYPE html><html><head><title>fs</title></head><body></body></html>');
    return;
  }
  const rel = path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, '');
  const file = rel.startsWith('/wasm/') ? path.join(wasmDir, rel.slice(6)) : path.join(npmDir, rel);
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://localhost:${server.address().port}`;

const launch = () => chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

let passed = 0;
let context = await launch();
let page = context.pages()[0] || await context.newPage();
page.on('pageerror', (e) => console.error('page error:', e));
await page.goto(origin + '/page.html');

// Each step runs in the page: a fresh FileSystem mounts the persistent directories again and checks what it sees.
const backends = [['opfs', '/home'], ['indexeddb', '/idb'], ['auto', '/auto']];
const firstVisit = await page.evaluate(async (backends) => {
  const { FileSystem } = await import('/teawasi.js');
  const fs = new FileSystem();
  const out = {};
  for (const [backend, dir] of backends) {
    const m = await fs.mountPersistent(dir, { backend });
    out[backend] = { loaded: m.loadedEntries, backend: m.backend };
    fs.mkdirSync(dir + '/docs/deep', { recursive: true });
    fs.writeFileSync(dir + '/docs/a.txt', 'first version');
    fs.writeFileSync(dir + '/docs/deep/bin', new Uint8Array([0, 1, 2, 255]), { mode: 0o600 });
    fs.symlinkSync('docs/a.txt', dir + '/link');
    fs.writeFileSync(dir + '/gone.txt', 'to be removed');
    for (let i = 0; i < 1000; i++) fs.appendFileSync(dir + '/log', 'line ' + i + '\n');
    fs.utimesSync(dir + '/docs/a.txt', 100, 200);
    await m.flush();
    fs.writeFileSync(dir + '/docs/a.txt', 'second version');
    fs.unlinkSync(dir + '/gone.txt');
    fs.utimesSync(dir + '/docs/a.txt', 100, 300);
    await m.flush();
  }
  // bad options and overlapping mounts are clear errors
  const errors = [];
  for (const bad of [{ backend: 'floppy' }, { bogus: 1 }]) {
    try { await fs.mountPersistent('/x', bad); } catch (e) { errors.push(e.name + ': ' + e.message); }
  }
  try { await fs.mountPersistent('/home/docs'); } catch (e) { errors.push(e.message); }
  fs.writeFileSync('/full.txt', 'x');
  try { await fs.mountPersistent('/', { name: 'other' }); } catch (e) { errors.push(e.message); }
  out.errors = errors;
  return out;
}, backends);
assert.deepEqual(firstVisit.opfs, { loaded: 0, backend: 'opfs' });
assert.deepEqual(firstVisit.indexeddb, { loaded: 0, backend: 'indexeddb' });
assert.deepEqual(firstVisit.auto, { loaded: 0, backend: 'opfs' });
assert.deepEqual(firstVisit.errors, [
  "TypeError: mountPersistent: backend must be 'auto', 'opfs' or 'indexeddb', got \"floppy\"",
  "TypeError: mountPersistent: unknown option 'bogus' (known: backend, name, onError)",
  "mountPersistent: '/home/docs' overlaps the persistent directory '/home'",
  "mountPersistent: '/' overlaps the persistent directory '/home'",
]);
passed++;

const check = () => page.evaluate(async (backends) => {
  const { FileSystem } = await import('/teawasi.js');
  const fs = new FileSystem();
  const out = {};
  for (const [backend, dir] of backends) {
    const m = await fs.mountPersistent(dir, { backend });
    const st = fs.statSync(dir + '/docs/deep/bin');
    // contents are loaded on demand: sizes are known, a sync read says to wait
    let notLoaded = '';
    try { fs.readFileSync(dir + '/docs/a.txt'); } catch (e) { notLoaded = e.code; }
    const aSize = fs.statSync(dir + '/docs/a.txt').size;
    const aByPromise = await fs.promises.readFile(dir + '/docs/a.txt', 'utf8');
    await fs.ready(dir);
    out[backend] = {
      notLoaded, aSize, aByPromise,
      loaded: m.loadedEntries,
      listing: fs.readdirSync(dir, { recursive: true }).sort(),
      a: fs.readFileSync(dir + '/docs/a.txt', 'utf8'),
      aTime: fs.statSync(dir + '/docs/a.txt').mtimeMs,
      bin: Array.from(fs.readFileSync(dir + '/docs/deep/bin')),
      binMode: (st.mode & 0o777).toString(8),
      link: fs.readlinkSync(dir + '/link'),
      logLines: fs.readFileSync(dir + '/log', 'utf8').split('\n').length,
    };
    await m.unmount();
  }
  return out;
}, backends);

const expected = {
  notLoaded: 'ERR_FS_NOT_LOADED',
  aSize: 14,
  aByPromise: 'second version',
  loaded: 6,
  listing: ['docs', 'docs/a.txt', 'docs/deep', 'docs/deep/bin', 'link', 'log'],
  a: 'second version',
  aTime: 300000,
  bin: [0, 1, 2, 255],
  binMode: '600',
  link: 'docs/a.txt',
  logLines: 1001,
};
await page.reload();
let seen = await check();
for (const [backend] of backends) assert.deepEqual(seen[backend], expected, backend + ' after a reload');
passed++;

// renames of a directory with contents and replacing a directory by a file are stored too
await page.evaluate(async (backends) => {
  const { FileSystem } = await import('/teawasi.js');
  const fs = new FileSystem();
  for (const [backend, dir] of backends) {
    const m = await fs.mountPersistent(dir, { backend });
    fs.renameSync(dir + '/docs', dir + '/papers');
    fs.rmSync(dir + '/log');
    fs.mkdirSync(dir + '/log');
    fs.writeFileSync(dir + '/log/inside', 'now a directory');
    await m.flush();
  }
}, backends);
await context.close();
context = await launch(); // a browser restart with the same profile
page = context.pages()[0] || await context.newPage();
await page.goto(origin + '/page.html');
seen = await page.evaluate(async (backends) => {
  const { FileSystem } = await import('/teawasi.js');
  const fs = new FileSystem();
  const out = {};
  for (const [backend, dir] of backends) {
    await fs.mountPersistent(dir, { backend });
    out[backend] = [fs.readdirSync(dir, { recursive: true }).sort(), await fs.promises.readFile(dir + '/papers/a.txt', 'utf8'),
      await fs.promises.readFile(dir + '/log/inside', 'utf8')];
  }
  return out;
}, backends);
for (const [backend] of backends) {
  assert.deepEqual(seen[backend], [['link', 'log', 'log/inside', 'papers', 'papers/a.txt', 'papers/deep',
    'papers/deep/bin'], 'second version', 'now a directory'], backend + ' after a browser restart');
}
passed++;

// change events and the FileSystem API in the page (ES module) and through the classic script
const events = await page.evaluate(async () => {
  const { FileSystem } = await import('/teawasi.js');
  const fs = new FileSystem();
  const seen = [];
  const w = fs.watch('/', { recursive: true }, (e) => seen.push(e.type + ' ' + e.path));
  fs.mkdirSync('/a');
  fs.writeFileSync('/a/f', 'x');
  fs.renameSync('/a/f', '/a/g');
  fs.rmSync('/a', { recursive: true });
  await Promise.resolve();
  w.close();
  return seen;
});
assert.deepEqual(events, ['create /a', 'create /a/f', 'modify /a/f', 'delete /a/f', 'create /a/g', 'delete /a/g', 'delete /a']);
await page.addScriptTag({ url: '/teawasi.classic.js' });
const classic = await page.evaluate(() => {
  const fs = new teawasi.FileSystem();
  fs.writeFileSync('/c', 'classic');
  const copy = new teawasi.FileSystem();
  copy.importTar(fs.exportTar('/'));
  return copy.readFileSync('/c', 'utf8') === 'classic' && copy.statSync('/c').mtimeMs === fs.statSync('/c').mtimeMs;
});
assert.equal(classic, true);
passed++;

// guest programs in the page, on both engines, against FileSystems with a quota, a watcher, a persistent directory
const guest = await page.evaluate(async () => {
  const { FileSystem, run } = await import('/teawasi.js');
  const text = (b) => new TextDecoder().decode(b);
  const out = {};
  for (const engine of ['native', 'interpreter']) {
    const fs = new FileSystem({ maxBytes: 256 * 1024, maxInodes: 12 });
    let stdout = '';
    const r = await run(fetch('/wasm/fs_quota.wasm'), { engine, fs, args: ['fs_quota'],
      preopens: { '/sandbox': '/sandbox' }, stdout: (b) => { stdout += text(b); }, stderr: null });
    const events = new FileSystem();
    const seen = [];
    const w = events.watch('/sandbox', { recursive: true }, (e) => seen.push(e.type + ' ' + e.path));
    events.mkdirSync('/sandbox');
    const m = await events.mountPersistent('/sandbox', { name: 'guest-' + engine });
    await run(fetch('/wasm/fs_events.wasm'), { engine, fs: events, args: ['fs_events'],
      preopens: { '/sandbox': '/sandbox' }, stdout: null, stderr: null });
    events.writeFileSync('/sandbox/kept-by-js', 'js');
    await m.flush();
    w.close();
    out[engine] = { exit: r.exitCode, stdout, events: seen.filter((e, i) => e !== seen[i - 1]),
      stored: events.readdirSync('/sandbox').sort() };
  }
  return out;
});
for (const engine of ['native', 'interpreter']) {
  assert.deepEqual(guest[engine], {
    exit: 0,
    stdout: ['wrote 229376 bytes, then: No space left on device', 'fill has 229376 bytes',
      'created 9 files, then: No space left on device', 'mkdir: No space left on device',
      'symlink: No space left on device', 'after freeing: wrote 100, mkdir: ok', ''].join('\n'),
    events: ['create /sandbox', 'create /sandbox/dir', 'create /sandbox/dir/log', 'modify /sandbox/dir/log', 'delete /sandbox/dir/log',
      'create /sandbox/dir/log.1', 'create /sandbox/dir/current', 'create /sandbox/hard', 'modify /sandbox/hard',
      'delete /sandbox/dir/current', 'delete /sandbox/dir/log.1', 'delete /sandbox/dir', 'create /sandbox/kept-by-js',
      'modify /sandbox/kept-by-js'],
    stored: ['hard', 'kept-by-js'],
  }, engine);
}
await page.reload();
const afterReload = await page.evaluate(async () => {
  const { FileSystem } = await import('/teawasi.js');
  const out = [];
  for (const engine of ['native', 'interpreter']) {
    const fs = new FileSystem();
    await fs.mountPersistent('/p', { name: 'guest-' + engine });
    out.push(fs.readdirSync('/p').sort().join(','), fs.statSync('/p/hard').size, await fs.promises.readFile('/p/kept-by-js', 'utf8'));
  }
  return out;
});
// the guest's hard link (10000 bytes, truncated to 5 through its other name) and the file JS wrote
assert.deepEqual(afterReload, ['hard,kept-by-js', 5, 'js', 'hard,kept-by-js', 5, 'js']);
passed++;

// 'auto' falls back to IndexedDB where OPFS cannot write (here: createWritable taken away, as in older Safari)
const fallback = await page.evaluate(async () => {
  const { FileSystem } = await import('/teawasi.js');
  delete FileSystemFileHandle.prototype.createWritable;
  const fs = new FileSystem();
  const m = await fs.mountPersistent('/fb', { name: 'fallback' });
  fs.writeFileSync('/fb/x', 'kept');
  await m.flush();
  let opfsError = '';
  try { await fs.mountPersistent('/o', { backend: 'opfs' }); } catch (e) { opfsError = e.message; }
  const again = new FileSystem();
  await again.mountPersistent('/elsewhere', { name: 'fallback', backend: 'indexeddb' });
  return [m.backend, await again.promises.readFile('/elsewhere/x', 'utf8'), opfsError];
});
assert.deepEqual(fallback, ['indexeddb', 'kept', 'mountPersistent: OPFS is not available here (needs'
  + ' navigator.storage.getDirectory and FileSystemFileHandle.createWritable, in a secure context: https or'
  + ' http://localhost)']);
passed++;

await page.reload(); // (createWritable is back)

// guests load persistent files on first open (native WebAssembly with JSPI, and the interpreter): a file no guest
// opened stays unloaded; a guest's write, append, rename and delete of unloaded files are stored across a reload
for (const backend of ['opfs', 'indexeddb']) {
  await page.evaluate(async (backend) => {
    const { FileSystem } = await import('/teawasi.js');
    const fs = new FileSystem();
    const m = await fs.mountPersistent('/g', { backend, name: 'lazy-guest-' + backend });
    for (const f of ['shown', 'appended', 'renamed', 'deleted', 'untouched', 'replaced']) fs.writeFileSync('/g/' + f, f + ' content');
    await m.flush();
  }, backend);
  await page.reload();
  const lazy = await page.evaluate(async (backend) => {
    const { FileSystem, run } = await import('/teawasi.js');
    const out = {};
    for (const engine of ['native', 'interpreter']) {
      const fs = new FileSystem();
      const name = 'lazy-guest-' + backend;
      const dir = '/g-' + engine;
      const m = await fs.mountPersistent(dir, { backend, name });
      let stdout = '';
      const r = await run(fetch('/wasm/file-actions.wasm'), { engine, fs, preopens: { '/g': dir },
        args: engine === 'native'
          ? ['fa', 'cat', '/g/shown', 'append', '/g/appended', '+more', 'rename', '/g/renamed', '/g/now-named',
            'rm', '/g/deleted', 'write', '/g/replaced', 'new']
          : ['fa', 'cat', '/g/shown'],
        stdout: (b) => { stdout += new TextDecoder().decode(b); }, stderr: null });
      const unloaded = [];
      // (the write-through of the guest's rename loads the renamed file in the background: not checked on native)
      for (const f of fs.readdirSync(dir).sort().filter((n) => engine !== 'native' || n !== 'now-named')) {
        try { fs.readFileSync(dir + '/' + f); } catch (e) { if (e.code === 'ERR_FS_NOT_LOADED') unloaded.push(f); }
      }
      await m.unmount();
      out[engine] = { engine: r.engine, exit: r.exitCode, stdout, unloaded: unloaded.join(',') };
    }
    return out;
  }, backend);
  assert.deepEqual(lazy, {
    native: { engine: 'native', exit: 0, stdout: 'shown content', unloaded: 'untouched' },
    interpreter: { engine: 'interpreter', exit: 0, stdout: 'shown content', unloaded: 'appended,now-named,replaced,untouched' },
  }, backend);
  await page.reload();
  const stored = await page.evaluate(async (backend) => {
    const { FileSystem } = await import('/teawasi.js');
    const fs = new FileSystem();
    await fs.mountPersistent('/s', { backend, name: 'lazy-guest-' + backend });
    await fs.ready();
    return fs.readdirSync('/s').sort().map((f) => f + '=' + fs.readFileSync('/s/' + f, 'utf8')).join(';');
  }, backend);
  assert.equal(stored, 'appended=appended content+more;now-named=renamed content;replaced=new;shown=shown content;'
    + 'untouched=untouched content', backend);
}
passed++;

// an IndexedDB store of the earlier layout (contents inside the entries, version 1) is upgraded when mounted
const migrated = await page.evaluate(async () => {
  const { FileSystem } = await import('/teawasi.js');
  await new Promise((resolve, reject) => {
    const open = indexedDB.open('teawasi-fs:v1-store', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('entries', { keyPath: 'path' });
    open.onsuccess = () => {
      const tx = open.result.transaction('entries', 'readwrite');
      tx.objectStore('entries').put({ path: 'd', kind: 'dir', mode: 0o755, mtimeNs: '1000000000' });
      tx.objectStore('entries').put({ path: 'd/f', kind: 'file', mode: 0o640, mtimeNs: '2000000000', data: new TextEncoder().encode('old layout') });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
  const fs = new FileSystem();
  await fs.mountPersistent('/m', { backend: 'indexeddb', name: 'v1-store' });
  const st = fs.statSync('/m/d/f');
  return [st.size, (st.mode & 0o777).toString(8), st.mtimeMs, await fs.promises.readFile('/m/d/f', 'utf8')];
});
assert.deepEqual(migrated, [10, '640', 2000, 'old layout']);
passed++;

await context.close();
server.close();
console.log(`passed ${passed}`);
