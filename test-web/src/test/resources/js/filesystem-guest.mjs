// A guest C program and teawasi.FileSystem under node, on node's native WebAssembly and on teawasi's interpreter
// (teawasi.run with engine 'native' / 'interpreter'): a quota gives the guest ENOSPC (never a host crash) and space
// comes back after deleting; a watcher sees the guest's changes. The same outputs as on the JVM
// (wasi-polyfill's GuestFileSystemTest).
// Usage: node filesystem-guest.mjs TEAWASI_JS_URL FS_QUOTA_WASM FS_EVENTS_WASM; prints "passed N".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { FileSystem, run } = await import(process.argv[2]);
const quotaWasm = readFileSync(process.argv[3]);
const eventsWasm = readFileSync(process.argv[4]);
const text = (b) => new TextDecoder().decode(b);
let passed = 0;

for (const engine of ['native', 'interpreter']) {
  // 256 KiB of data and names; 12 inodes: root, /sandbox, fill, then 9 more
  const fs = new FileSystem({ maxBytes: 256 * 1024, maxInodes: 12 });
  let out = '';
  const r = await run(quotaWasm, { engine, fs, args: ['fs_quota'], preopens: { '/sandbox': '/sandbox' },
    stdout: (b) => { out += text(b); }, stderr: null });
  assert.equal(r.exitCode, 0, engine + ': ' + out);
  assert.equal(out, [
    'wrote 229376 bytes, then: No space left on device',
    'fill has 229376 bytes',
    'created 9 files, then: No space left on device',
    'mkdir: No space left on device',
    'symlink: No space left on device',
    'after freeing: wrote 100, mkdir: ok',
    ''].join('\n'), engine);
  assert.equal(fs.usage().usedInodes, 11);
  assert.deepEqual(fs.readdirSync('/sandbox').sort(), ['d', 'f0', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8']);
  passed++;

  const fs2 = new FileSystem();
  const seen = [];
  const w = fs2.watch('/', { recursive: true }, (e) => seen.push(`${e.type} ${e.path}`));
  const r2 = await run(eventsWasm, { engine, fs: fs2, args: ['fs_events'], preopens: { '/sandbox': '/sandbox' },
    stdout: null, stderr: null });
  assert.equal(r2.exitCode, 0);
  fs2.flushEvents();
  w.close();
  // a run may let events be delivered between its slices: repeated modifications are coalesced per delivery, so
  // the 1000 appends give a few 'modify' events, not 1000
  const appends = seen.filter((e) => e === 'modify /sandbox/dir/log').length;
  assert.ok(appends >= 1 && appends <= 50, `${appends} modify events for 1000 appends`);
  const collapsed = seen.filter((e, i) => e !== seen[i - 1]);
  assert.deepEqual(collapsed, [
    'create /sandbox',
    'create /sandbox/dir',
    'create /sandbox/dir/log',
    'modify /sandbox/dir/log',
    'delete /sandbox/dir/log',
    'create /sandbox/dir/log.1',
    'create /sandbox/dir/current',
    'create /sandbox/hard',
    'modify /sandbox/hard',
    'delete /sandbox/dir/current',
    'delete /sandbox/dir/log.1',
    'delete /sandbox/dir'], engine);
  passed++;
}
console.log(`passed ${passed}`);
