// teawasi.FileSystem under node: behaviour of the node:fs-like API, compared with node:fs itself where node's
// behaviour is the specification (same error codes, messages and results on a real temporary directory).
// Usage: node filesystem-api.mjs TEAWASI_JS_URL TMPDIR; prints "passed N" and exits 0, or throws.
import assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import path from 'node:path';

const { FileSystem } = await import(process.argv[2]);
const real = process.argv[3];
let passed = 0;
const tests = [];
const test = (name, fn) => tests.push([name, fn]);
const text = (b) => new TextDecoder().decode(b);

// Runs op on a fresh teawasi FileSystem and on node:fs in a fresh real directory; both must give the same result
// or the same error (code, syscall, and the message with the real directory prefix taken out).
let n = 0;
function same(setup, op) {
  const fs = new FileSystem();
  const dir = path.join(real, 'case' + n++);
  nodeFs.mkdirSync(dir);
  const p = (x) => dir + x;
  const nfs = {
    mkdirSync: (x, o) => { const r = nodeFs.mkdirSync(p(x), o); return r === undefined ? r : r.slice(dir.length); },
    writeFileSync: (x, d, o) => nodeFs.writeFileSync(p(x), d, o),
    appendFileSync: (x, d, o) => nodeFs.appendFileSync(p(x), d, o),
    readFileSync: (x, o) => { const r = nodeFs.readFileSync(p(x), o); return typeof r === 'string' ? r : new Uint8Array(r); },
    readdirSync: (x, o) => nodeFs.readdirSync(p(x), o),
    rmSync: (x, o) => nodeFs.rmSync(p(x), o),
    rmdirSync: (x) => nodeFs.rmdirSync(p(x)),
    unlinkSync: (x) => nodeFs.unlinkSync(p(x)),
    renameSync: (a, b) => nodeFs.renameSync(p(a), p(b)),
    symlinkSync: (t, x) => nodeFs.symlinkSync(t, p(x)),
    readlinkSync: (x) => nodeFs.readlinkSync(p(x)),
    linkSync: (a, b) => nodeFs.linkSync(p(a), p(b)),
    existsSync: (x) => nodeFs.existsSync(p(x)),
    statSync: (x, o) => nodeFs.statSync(p(x), o),
    lstatSync: (x, o) => nodeFs.lstatSync(p(x), o),
    truncateSync: (x, l) => nodeFs.truncateSync(p(x), l),
    copyFileSync: (a, b, m) => nodeFs.copyFileSync(p(a), p(b), m),
  };
  const outcome = (f) => {
    setup(f);
    try {
      return { value: op(f) };
    } catch (e) {
      return { code: e.code, syscall: e.syscall, message: String(e.message).split(dir).join('') };
    }
  };
  const ours = outcome(fs);
  const theirs = outcome(nfs);
  assert.deepEqual(ours, theirs);
  return ours;
}

test('readFile/writeFile/appendFile with strings, bytes, ArrayBuffer and encodings', () => {
  const fs = new FileSystem();
  fs.writeFileSync('/a.txt', 'héllo');
  assert.equal(fs.readFileSync('/a.txt', 'utf8'), 'héllo');
  assert.equal(fs.readFileSync('/a.txt', { encoding: 'utf-8' }), 'héllo');
  assert.deepEqual(fs.readFileSync('/a.txt'), new TextEncoder().encode('héllo'));
  fs.writeFileSync('/b', new Uint8Array([1, 2, 3]).buffer);
  fs.appendFileSync('/b', new Uint16Array([0x0504]));
  assert.deepEqual(Array.from(fs.readFileSync('/b')), [1, 2, 3, 4, 5]);
  fs.writeFileSync('/h', '00ff10', 'hex');
  assert.equal(fs.readFileSync('/h', 'base64'), 'AP8Q');
  assert.equal(fs.readFileSync('/h', 'hex'), '00ff10');
  fs.appendFileSync('/new', 'x');
  assert.equal(fs.readFileSync('/new', 'latin1'), 'x');
  assert.throws(() => fs.writeFileSync('/c', 42), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.writeFileSync('/c', {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.readFileSync(7), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.readFileSync('/a\0b'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.readFileSync('/a.txt', 'klingon'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new FileSystem({ maxbytes: 5 }), /unknown option 'maxbytes'/);
  assert.throws(() => FileSystem(), TypeError);
});

test('the same results and errors as node:fs', () => {
  const none = () => {};
  const tree = (f) => { f.mkdirSync('/d/e', { recursive: true }); f.writeFileSync('/d/f', 'data'); };
  same(none, (f) => f.readFileSync('/missing'));
  same(tree, (f) => f.readFileSync('/d'));
  same(tree, (f) => f.readFileSync('/d/f/x'));
  same(tree, (f) => f.writeFileSync('/nodir/x', 'a'));
  same(tree, (f) => f.writeFileSync('/d/f', 'b', { flag: 'wx' }));
  same(tree, (f) => f.mkdirSync('/d'));
  same(tree, (f) => f.mkdirSync('/x/y'));
  same(tree, (f) => f.mkdirSync('/d/e/g/h', { recursive: true }));
  same(tree, (f) => f.mkdirSync('/d/e', { recursive: true }));
  same(tree, (f) => f.mkdirSync('/d/f/g', { recursive: true }));
  same(tree, (f) => f.rmdirSync('/d'));
  same(tree, (f) => f.rmdirSync('/d/f'));
  same(tree, (f) => f.unlinkSync('/d'));
  same(tree, (f) => f.rmSync('/missing'));
  same(tree, (f) => f.rmSync('/missing', { force: true }));
  same(tree, (f) => { f.rmSync('/d', { recursive: true }); return f.existsSync('/d'); });
  same(tree, (f) => f.renameSync('/missing', '/x'));
  same(tree, (f) => f.renameSync('/d', '/d/e/inside'));
  same(tree, (f) => f.renameSync('/d/f', '/d/e'));
  same(tree, (f) => f.renameSync('/d/e', '/d/f'));
  same(tree, (f) => { f.renameSync('/d/f', '/g'); return f.readdirSync('/d'); });
  same(tree, (f) => f.symlinkSync('f', '/d/f'));
  same(tree, (f) => { f.symlinkSync('f', '/d/s'); return [f.readlinkSync('/d/s'), f.readFileSync('/d/s', 'utf8')]; });
  same(tree, (f) => f.readlinkSync('/d/f'));
  same(tree, (f) => f.linkSync('/d', '/d2'));
  same(tree, (f) => { f.linkSync('/d/f', '/d/g'); return [f.statSync('/d/g').nlink, f.statSync('/d/f').ino === f.statSync('/d/g').ino]; });
  same(tree, (f) => f.linkSync('/d/f', '/d/e'));
  same(tree, (f) => [f.existsSync('/d/f'), f.existsSync('/d/nope'), f.existsSync('/d/f/x')]);
  same(tree, (f) => { f.symlinkSync('nowhere', '/d/dangling'); return [f.existsSync('/d/dangling'), f.lstatSync('/d/dangling').isSymbolicLink()]; });
  same(tree, (f) => f.statSync('/d/nope'));
  same(tree, (f) => f.lstatSync('/d/nope'));
  same(tree, (f) => f.statSync('/d/nope', { throwIfNoEntry: false }));
  same(tree, (f) => { f.truncateSync('/d/f', 2); return f.readFileSync('/d/f', 'utf8'); });
  same(tree, (f) => { f.truncateSync('/d/f', 6); return Array.from(f.readFileSync('/d/f')); });
  same(tree, (f) => f.copyFileSync('/d/f', '/d/e', 0));
  same(tree, (f) => { f.copyFileSync('/d/f', '/copy'); return f.readFileSync('/copy', 'utf8'); });
  same(tree, (f) => { f.writeFileSync('/d/f', 'more', { flag: 'a' }); return f.readFileSync('/d/f', 'utf8'); });
  same(tree, (f) => f.readdirSync('/d/f'));
  same(tree, (f) => f.readdirSync('/d', { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink()]).sort());
  same(tree, (f) => f.readdirSync('/d', { recursive: true }).sort());
  same(tree, (f) => { const s = f.statSync('/d/f'); return [s.size, s.isFile(), s.isDirectory(), s.mode & 0o170000]; });
  same(tree, (f) => { const s = f.lstatSync('/d'); return [s.isDirectory(), s.mode & 0o170000]; });
  same(tree, (f) => f.rmSync('/d'));
  same(tree, (f) => { f.mkdirSync('/x/y', { recursive: true }); f.writeFileSync('/x/y/z', ''); f.renameSync('/d/e', '/x'); });
  same(tree, (f) => { f.symlinkSync('d', '/sd'); return [f.readdirSync('/sd').sort(), f.statSync('/sd').isDirectory(), f.lstatSync('/sd').isDirectory()]; });
  same(tree, (f) => { f.symlinkSync('d', '/sd'); f.writeFileSync('/sd/new', 'via link'); return f.readFileSync('/d/new', 'utf8'); });
  same(tree, (f) => { f.symlinkSync('d/e', '/se'); f.writeFileSync('/se', 'x'); });
  same(tree, (f) => { f.symlinkSync('target-file', '/dangling'); f.writeFileSync('/dangling', 'made'); return f.readFileSync('/target-file', 'utf8'); });
  same(tree, (f) => { f.symlinkSync('loop', '/loop'); return f.readFileSync('/loop'); });
  same(tree, (f) => f.rmdirSync('/missing'));
  same(tree, (f) => f.unlinkSync('/missing'));
  same(tree, (f) => f.readlinkSync('/missing'));
  same(tree, (f) => f.renameSync('/d/f', '/d/f'));
  same(tree, (f) => { f.renameSync('/d/e', '/d/e2'); return f.readdirSync('/d').sort(); });
  same(tree, (f) => f.mkdirSync('/d/f', { recursive: true }));
  same(tree, (f) => f.statSync('/d/f/x'));
});

test('stat fields, times and modes', () => {
  const fs = new FileSystem();
  const before = Date.now();
  fs.writeFileSync('/f', 'abc', { mode: 0o600 });
  const s = fs.statSync('/f');
  assert.equal(s.mode, 0o100600);
  assert.ok(s.mtimeMs >= before - 1 && s.mtimeMs <= Date.now() + 1, String(s.mtimeMs));
  assert.ok(s.mtime instanceof Date);
  assert.equal(s.uid, 0);
  fs.utimesSync('/f', 1000, new Date(2000000));
  const b = fs.statSync('/f', { bigint: true });
  assert.equal(b.mtimeNs, 2000000000000n);
  assert.equal(b.atimeNs, 1000000000000n);
  assert.equal(b.size, 3n);
  assert.equal(fs.statSync('/f').mtimeMs, 2000000);
  fs.chmodSync('/f', 0o755);
  assert.equal(fs.statSync('/f').mode & 0o7777, 0o755);
  fs.mkdirSync('/m', { mode: 0o700 });
  assert.equal(fs.statSync('/m').mode, 0o40700);
  fs.symlinkSync('/f', '/l');
  assert.equal(fs.lstatSync('/l').mode, 0o120777);
  assert.equal(fs.statSync('/l').ino, fs.statSync('/f').ino);
  assert.equal(fs.realpathSync('/l'), '/f');
  assert.equal(fs.mkdirSync('/p/q/r', { recursive: true }), '/p');
  assert.equal(fs.readFileSync('p/../f', 'utf8'), 'abc'); // relative paths start at '/'
});

test('promise forms', async () => {
  const fs = new FileSystem();
  await fs.promises.mkdir('/a/b', { recursive: true });
  await fs.promises.writeFile('/a/b/c', 'promised');
  assert.equal(await fs.promises.readFile('/a/b/c', 'utf8'), 'promised');
  assert.deepEqual(await fs.promises.readdir('/a'), ['b']);
  assert.equal((await fs.promises.stat('/a/b/c')).size, 8);
  assert.equal(await fs.promises.exists('/a/b/c'), true);
  await assert.rejects(fs.promises.readFile('/none'), { code: 'ENOENT', syscall: 'open', path: '/none',
    message: "ENOENT: no such file or directory, open '/none'" });
  await fs.promises.rm('/a', { recursive: true });
  assert.deepEqual(fs.readdirSync('/'), []);
});

test('limits: ENOSPC for bytes and inodes, usage', () => {
  const fs = new FileSystem({ maxBytes: 100000, maxInodes: 5 });
  fs.writeFileSync('/big', new Uint8Array(60000));
  assert.throws(() => fs.writeFileSync('/big2', new Uint8Array(60000)), { code: 'ENOSPC', syscall: 'open' });
  fs.mkdirSync('/a');
  fs.mkdirSync('/b');
  assert.throws(() => fs.mkdirSync('/c'), { code: 'ENOSPC', message: "ENOSPC: no space left on device, mkdir '/c'" });
  const u = fs.usage();
  assert.equal(u.usedInodes, 5);
  assert.equal(u.maxInodes, 5);
  assert.equal(u.maxBytes, 100000);
  fs.setLimits({ maxBytes: Infinity, maxInodes: Infinity });
  assert.equal(fs.usage().maxBytes, Infinity);
  fs.mkdirSync('/c');
  assert.throws(() => fs.setLimits({ maxBytes: -1 }), RangeError);
  assert.throws(() => fs.setLimits({ maxInodes: 0 }), RangeError);
  assert.equal(new FileSystem().usage().maxBytes, 1 << 30);
});

test('watch: create/modify/delete, recursive or not, close', async () => {
  const fs = new FileSystem();
  fs.mkdirSync('/w/sub', { recursive: true });
  const flat = [];
  const deep = [];
  const w1 = fs.watch('/w', (e) => flat.push(`${e.type} ${e.path} ${e.kind}`));
  const w2 = fs.watch('/w', { recursive: true }, (e) => deep.push(`${e.type} ${e.path}`));
  fs.writeFileSync('/w/a', 'x');
  for (let i = 0; i < 1000; i++) fs.appendFileSync('/w/a', 'y');
  fs.writeFileSync('/w/sub/b', 'x');
  fs.writeFileSync('/outside', 'x');
  fs.renameSync('/w/a', '/w/c');
  fs.rmSync('/w/sub', { recursive: true });
  assert.deepEqual(flat, []); // delivered later, in a microtask
  await Promise.resolve();
  assert.deepEqual(flat, ['create /w/a file', 'modify /w/a file', 'delete /w/a file', 'create /w/c file',
    'delete /w/sub dir']);
  assert.deepEqual(deep, ['create /w/a', 'modify /w/a', 'create /w/sub/b', 'modify /w/sub/b', 'delete /w/a',
    'create /w/c', 'delete /w/sub/b', 'delete /w/sub']);
  w1.close();
  w1.close();
  fs.unlinkSync('/w/c');
  fs.flushEvents();
  assert.equal(flat.length, 5);
  assert.equal(deep[deep.length - 1], 'delete /w/c');
  w2.close();
  fs.writeFileSync('/w/d', 'x');
  await Promise.resolve();
  assert.equal(deep[deep.length - 1], 'delete /w/c');
  const file = [];
  const w3 = fs.watch('/w/d', (e) => file.push(e.type));
  fs.utimesSync('/w/d', 1, 2);
  fs.chmodSync('/w/d', 0o600);
  fs.writeFileSync('/w/e', '');
  await Promise.resolve();
  assert.deepEqual(file, ['modify']); // one change: the same file twice in a row
  w3.close();
  assert.throws(() => fs.watch('/w'), { code: 'ERR_INVALID_ARG_TYPE' });
});

for (const [name, fn] of tests) {
  try {
    await fn();
    passed++;
  } catch (e) {
    console.error(`FAILED: ${name}`);
    throw e;
  }
}
console.log(`passed ${passed}`);
