// teawasi.FileSystem tar export/import under node: a round trip (long and non-ASCII names, symlinks, hard links,
// modes, mtimes with nanoseconds, empty directories), the host's GNU tar reading our archive and writing one we
// read, and hostile archives (each must fail with a clear ERR_TAR error, never escape the target directory).
// Usage: node filesystem-tar.mjs TEAWASI_JS_URL TMPDIR; prints "passed N".
import assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const { FileSystem } = await import(process.argv[2]);
const tmp = process.argv[3];
let passed = 0;
const tests = [];
const test = (name, fn) => tests.push([name, fn]);

const longName = 'd'.repeat(120) + '/' + 'n'.repeat(150) + '.txt';

function sample() {
  const fs = new FileSystem();
  fs.mkdirSync('/src/empty', { recursive: true });
  fs.mkdirSync('/src/' + path.dirname(longName), { recursive: true });
  fs.writeFileSync('/src/' + longName, 'long');
  fs.writeFileSync('/src/héllo wörld.txt', 'unicode');
  fs.writeFileSync('/src/bin', new Uint8Array(70000).map((_, i) => i * 7));
  fs.writeFileSync('/src/exec.sh', '#!/bin/sh\n', { mode: 0o755 });
  fs.symlinkSync('exec.sh', '/src/link');
  fs.symlinkSync('../' + 'x'.repeat(200), '/src/longlink');
  fs.linkSync('/src/bin', '/src/hard');
  fs.utimesSync('/src/exec.sh', 1000, 1234567890n * 1000000000n + 123456789n);
  fs.utimesSync('/src/empty', 5, 5);
  return fs;
}

function describe(fs, root) {
  const out = [];
  for (const rel of fs.readdirSync(root, { recursive: true }).sort()) {
    const p = root + '/' + rel;
    const st = fs.lstatSync(p, { bigint: true });
    const kind = st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink ' + fs.readlinkSync(p)
      : 'file ' + Buffer.from(fs.readFileSync(p)).toString('base64').slice(0, 40) + ' ' + st.size;
    out.push(`${rel} ${kind} ${(Number(st.mode) & 0o7777).toString(8)} ${st.isSymbolicLink() ? '' : st.mtimeNs}`);
  }
  return out;
}

test('round trip keeps names, kinds, content, modes, mtimes and hard links', () => {
  const fs = sample();
  const tar = fs.exportTar('/src');
  assert.equal(tar.length % 512, 0);
  const fs2 = new FileSystem();
  const r = fs2.importTar(tar, '/dst');
  assert.deepEqual(r.skipped, []);
  assert.equal(r.entries, 9);
  assert.deepEqual(describe(fs2, '/dst'), describe(fs, '/src'));
  assert.equal(fs2.statSync('/dst/hard').ino, fs2.statSync('/dst/bin').ino);
  assert.equal(fs2.statSync('/dst/exec.sh', { bigint: true }).mtimeNs, 1234567890123456789n);
  // a single file exports as one entry; an ArrayBuffer imports as well as a Uint8Array
  const one = fs.exportTar('/src/exec.sh');
  const fs3 = new FileSystem();
  assert.equal(fs3.importTar(one.buffer).entries, 1);
  assert.equal(fs3.readFileSync('/exec.sh', 'utf8'), '#!/bin/sh\n');
});

test('the host tar reads our archive, and we read the host tar\'s', () => {
  const fs = sample();
  const file = path.join(tmp, 'ours.tar');
  nodeFs.writeFileSync(file, fs.exportTar('/src'));
  const listing = execFileSync('tar', ['-tvf', file], { encoding: 'utf8' });
  assert.match(listing, /^-rwxr-xr-x .* 2009-02-13 23:31 exec\.sh$/m);
  assert.match(listing, /^lrwxrwxrwx .* link -> exec\.sh$/m);
  assert.match(listing, /^hrw-r--r-- .* hard link to bin$/m);
  assert.ok(listing.includes(longName), listing);
  assert.ok(listing.includes('héllo wörld.txt'), listing);
  const out = path.join(tmp, 'extracted');
  nodeFs.mkdirSync(out);
  execFileSync('tar', ['-xf', file, '-C', out]);
  assert.equal(nodeFs.readFileSync(path.join(out, longName), 'utf8'), 'long');
  assert.equal(nodeFs.readlinkSync(path.join(out, 'longlink')), '../' + 'x'.repeat(200));
  assert.equal(nodeFs.statSync(path.join(out, 'hard')).ino, nodeFs.statSync(path.join(out, 'bin')).ino);
  assert.equal(nodeFs.statSync(path.join(out, 'exec.sh')).mode & 0o777, 0o755);
  // now the other way: GNU tar (gnu format: 'L' long names) and pax format
  for (const format of ['gnu', 'pax']) {
    const theirs = path.join(tmp, format + '.tar');
    execFileSync('tar', ['--format=' + format, '-cf', theirs, '-C', out, '.']);
    const fs2 = new FileSystem();
    const r = fs2.importTar(nodeFs.readFileSync(theirs), '/in');
    assert.deepEqual(r.skipped, []);
    assert.equal(fs2.readFileSync('/in/' + longName, 'utf8'), 'long', format);
    assert.equal(fs2.readlinkSync('/in/longlink'), '../' + 'x'.repeat(200));
    assert.equal(fs2.readFileSync('/in/héllo wörld.txt', 'utf8'), 'unicode');
    assert.deepEqual(fs2.readFileSync('/in/bin'), fs.readFileSync('/src/bin'));
    // gnu format keeps whole seconds; pax format keeps the nanoseconds (host tar restored them on extraction)
    assert.equal(fs2.statSync('/in/exec.sh', { bigint: true }).mtimeNs,
      format === 'gnu' ? 1234567890000000000n : 1234567890123456789n, format);
  }
});

// A minimal ustar header, for hostile archives.
function header(name, { type = '0', size = 0, linkname = '', mode = 0o644, sizeField } = {}) {
  const b = new Uint8Array(512);
  const put = (at, s) => b.set(new TextEncoder().encode(s), at);
  put(0, name);
  put(100, mode.toString(8).padStart(7, '0'));
  put(124, sizeField !== undefined ? sizeField : size.toString(8).padStart(11, '0'));
  put(136, '00000000000');
  b.fill(32, 148, 156);
  b[156] = type.charCodeAt(0);
  put(157, linkname);
  put(257, 'ustar');
  put(263, '00');
  let sum = 0;
  for (const v of b) sum += v;
  put(148, sum.toString(8).padStart(6, '0') + '\0 ');
  return b;
}
const cat = (...parts) => {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { all.set(p, at); at += p.length; }
  return all;
};
const data = (s) => { const d = new TextEncoder().encode(s); const b = new Uint8Array(Math.ceil(d.length / 512) * 512); b.set(d); return b; };
const end = new Uint8Array(1024);

test('hostile archives fail clearly and never leave the target directory', () => {
  const bad = (archive, pattern) => {
    const fs = new FileSystem();
    fs.mkdirSync('/outside');
    fs.writeFileSync('/secret', 'keep');
    assert.throws(() => fs.importTar(archive, '/target'), (e) => e.code === 'ERR_TAR' && pattern.test(e.message), pattern.source);
    assert.equal(fs.readFileSync('/secret', 'utf8'), 'keep');
    assert.deepEqual(fs.readdirSync('/outside'), []);
    return fs;
  };
  bad(cat(header('../secret', { size: 4 }), data('evil'), end), /'\.\.\/secret': '\.\.' would leave the target directory/);
  bad(cat(header('a/../../secret', { size: 4 }), data('evil'), end), /would leave the target directory/);
  // a symlink out, then a file through it
  bad(cat(header('esc', { type: '2', linkname: '/outside' }), header('esc/x', { size: 4 }), data('evil'), end),
    /'esc\/x': would be written through the symlink 'esc'/);
  bad(cat(header('up', { type: '2', linkname: '..' }), header('up/secret', { size: 4 }), data('evil'), end),
    /written through the symlink 'up'/);
  // a hard link to something outside
  bad(cat(header('h', { type: '1', linkname: '../secret' }), end), /would leave the target directory/);
  bad(cat(header('h', { type: '1', linkname: 'missing' }), end), /hard link target 'missing' is not a file extracted before it/);
  // damaged headers and sizes
  const corrupt = header('f', { size: 4 });
  corrupt[0] = 'g'.charCodeAt(0);
  bad(cat(corrupt, data('data'), end), /bad header checksum at offset 0/);
  bad(cat(header('f', { size: 1 << 20 }), data('short')), /truncated archive: entry at offset 0 declares 1048576 bytes of data, 512 left/);
  bad(cat(header('f', { sizeField: '9999x' }), end), /bad size field at offset 0/);
  bad(new Uint8Array(100).fill(65), /truncated archive: a header at offset 0 needs 512 bytes, 100 left/);
  bad(new TextEncoder().encode('hello, this is not a tar archive at all'.repeat(20)), /bad header checksum/);
  const paxBad = new TextEncoder().encode('99999 path=x\n');
  bad(cat(header('p', { type: 'x', size: paxBad.length }), data('99999 path=x\n'), header('f'), end), /malformed pax header record/);
  bad(cat(header('p', { type: 'x', size: 16 }), data('16 path=../../x\n'), header('f'), end), /'\.\.\/\.\.\/x': '\.\.' would leave/);
  bad(cat(header('big', { type: 'L', size: 2 << 20 })), /truncated archive|limit/);
  bad(cat(header('f', { size: 4 }), data('data'), header('f/g', { size: 1 }), data('x'), end), /'f' is a file, not a directory/);
  bad(cat(header('d', { type: '5' }), header('d', { size: 1 }), data('x'), end), /'d': a directory is in the way/);
  // limits: entries and the file system quota
  const many = [];
  for (let i = 0; i < 20; i++) many.push(header('f' + i));
  assert.throws(() => new FileSystem().importTar(cat(...many, end), '/', { maxEntries: 10 }), /more than 10 entries/);
  const small = new FileSystem({ maxBytes: 1000 });
  assert.throws(() => small.importTar(cat(header('big', { size: 4096 }), new Uint8Array(4096), end)),
    (e) => e.code === 'ERR_TAR' && /entry 'big': ENOSPC: no space left on device/.test(e.message) && e.cause.code === 'ENOSPC');
  assert.throws(() => new FileSystem().importTar('not bytes'), { code: 'ERR_INVALID_ARG_TYPE' });
  // leading '/' is dropped (as tar does), devices are skipped and reported, an archive without end blocks is fine
  const fs = new FileSystem();
  const r = fs.importTar(cat(header('/abs/file', { size: 2 }), data('ok'), header('dev/null', { type: '3' })), '/t');
  assert.deepEqual(r, { entries: 1, skipped: ['dev/null'] });
  assert.equal(fs.readFileSync('/t/abs/file', 'utf8'), 'ok');
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
