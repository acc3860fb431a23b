// Files loaded on demand (FileSystem.createLazyFile, the mechanism persistent directories use) in node: the sync
// methods refuse with ERR_FS_NOT_LOADED, the promise forms and ready() load; a guest (test-web's file-actions.c)
// that opens such a file waits for it on the interpreter (suspension), and a run that cannot wait (node's own
// WebAssembly has no JSPI) loads the preopened ones first; wasi.start() names fs.ready() instead.
// Usage: node filesystem-lazy.mjs TEAWASI_JS_URL FILE_ACTIONS_WASM; prints "passed N".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const [url, wasmPath] = process.argv.slice(2);
const { FileSystem, run, WASI } = await import(url);
const wasm = readFileSync(wasmPath);
const text = (s) => new TextEncoder().encode(s);
let passed = 0;

function lazyFs(files) {
  const fs = new FileSystem();
  const loads = [];
  fs.mkdirSync('/d');
  for (const [name, content] of Object.entries(files)) {
    fs.createLazyFile('/d/' + name, text(content).length, () => {
      loads.push(name);
      if (content === null) return Promise.reject(new Error('storage failed'));
      return new Promise((resolve) => setTimeout(() => resolve(text(content)), 5));
    });
  }
  return { fs, loads };
}

// ---- JS: sync methods refuse, promise forms and ready() load (once) ----
{
  const { fs, loads } = lazyFs({ 'a.txt': 'alpha', 'b.txt': 'beta', bad: null });
  assert.equal(fs.statSync('/d/a.txt').size, 5);
  assert.deepEqual(fs.readdirSync('/d'), ['a.txt', 'b.txt', 'bad']);
  for (const f of [() => fs.readFileSync('/d/a.txt'), () => fs.appendFileSync('/d/a.txt', 'x'),
    () => fs.copyFileSync('/d/a.txt', '/c'), () => fs.exportTar('/d'), () => fs.truncateSync('/d/a.txt', 2)]) {
    assert.throws(f, (e) => e.code === 'ERR_FS_NOT_LOADED' && /await fs\.ready\('\/d\/a\.txt'\)/.test(e.message)
      && /fs\.promises/.test(e.message), String(f));
  }
  assert.deepEqual(loads, []);
  const [x, y] = await Promise.all([fs.promises.readFile('/d/a.txt', 'utf8'), fs.promises.readFile('/d/a.txt', 'utf8')]);
  assert.deepEqual([x, y, loads], ['alpha', 'alpha', ['a.txt']]);
  assert.equal(fs.readFileSync('/d/a.txt', 'utf8'), 'alpha');
  // renamed before it is loaded: loads under its new name; replaced whole: never loads
  fs.renameSync('/d/b.txt', '/d/moved');
  await fs.promises.copyFile('/d/moved', '/copy');
  assert.equal(fs.readFileSync('/copy', 'utf8'), 'beta');
  await assert.rejects(fs.promises.readFile('/d/bad'), /storage failed/);
  fs.writeFileSync('/d/bad', 'replaced');
  assert.equal(fs.readFileSync('/d/bad', 'utf8'), 'replaced');
  assert.deepEqual(loads, ['a.txt', 'b.txt', 'bad']);
  assert.throws(() => fs.createLazyFile('/z', -1, () => null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.createLazyFile('/z', 1, 'no'), { code: 'ERR_INVALID_ARG_TYPE' });
  const r = lazyFs({ one: '1', two: '22' });
  await r.fs.ready('/d');
  assert.deepEqual(r.loads.sort(), ['one', 'two']);
  assert.equal(r.fs.exportTar('/d').length > 0, true);
  passed++;
}

// ---- a guest on the interpreter waits for the one file it opens ----
{
  const { fs, loads } = lazyFs({ 'a.txt': 'alpha\n', 'b.txt': 'never read\n', 'c.txt': 'old', 'w.txt': 'replaced' });
  let out = '';
  const r = await run(wasm, { engine: 'interpreter', fs, preopens: { '/d': '/d' },
    args: ['fa', 'cat', '/d/a.txt', 'append', '/d/c.txt', '+new', 'write', '/d/w.txt', 'fresh', 'rename', '/d/b.txt', '/d/b2'],
    stdout: (b) => { out += new TextDecoder().decode(b); }, stderr: null });
  assert.equal(r.exitCode, 0);
  assert.equal(out, 'alpha\n');
  assert.deepEqual(loads, ['a.txt', 'c.txt'], 'only the files opened without truncation are loaded');
  assert.equal(fs.readFileSync('/d/c.txt', 'utf8'), 'old+new');
  assert.equal(fs.readFileSync('/d/w.txt', 'utf8'), 'fresh');
  assert.equal(await fs.promises.readFile('/d/b2', 'utf8'), 'never read\n');
  passed++;
}

// ---- a storage failure is EIO for the guest ----
{
  const { fs } = lazyFs({ bad: null });
  let err = '';
  const r = await run(wasm, { engine: 'interpreter', fs, preopens: { '/d': '/d' }, args: ['fa', 'cat', '/d/bad'],
    stdout: null, stderr: (b) => { err += new TextDecoder().decode(b); } });
  assert.equal(r.exitCode, 3);
  assert.match(err, /open: I\/O error/);
  passed++;
}

// ---- node's WebAssembly has no JSPI: run loads the preopened files first; wasi.start() says what to do ----
{
  const { fs, loads } = lazyFs({ 'a.txt': 'alpha\n' });
  fs.mkdirSync('/elsewhere');
  fs.createLazyFile('/elsewhere/x', 1, () => { loads.push('x'); return text('x'); });
  let out = '';
  const r = await run(wasm, { engine: 'native', fs, preopens: { '/d': '/d' }, args: ['fa', 'cat', '/d/a.txt'],
    stdout: (b) => { out += new TextDecoder().decode(b); } });
  assert.deepEqual([r.engine, r.exitCode, out, loads], ['native', 0, 'alpha\n', ['a.txt']]);

  const again = lazyFs({ 'a.txt': 'alpha\n' });
  const wasi = new WASI({ fs: again.fs, preopens: { '/d': '/d' }, args: ['fa', 'cat', '/d/a.txt'], stdout: null });
  const { instance } = await WebAssembly.instantiate(wasm, wasi.getImportObject());
  assert.throws(() => wasi.start(instance), (e) => /the guest opens '\/d\/a\.txt'.*await fs\.ready\('\/d\/a\.txt'\)/.test(e.message));
  passed++;
}

console.log(`passed ${passed}`);
