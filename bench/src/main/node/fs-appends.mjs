// Cost of teawasi.FileSystem appends and of the change-event hook, in one process (node):
//   node bench/src/main/node/fs-appends.mjs [web/target/npm/teawasi.js] [COUNT]
// Times COUNT 10-byte appendFileSync calls to one file with no watcher, then with a recursive watcher on '/' (the
// Vfs listener, coalescing in Java, one event per drain), and prints the ratio. Interleaved, best of 5 per variant.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const lib = process.argv[2] || 'web/target/npm/teawasi.js';
const count = Number(process.argv[3] || 1000000);
const { FileSystem } = await import(pathToFileURL(path.resolve(lib)).href);
const chunk = new Uint8Array(10).fill(65);

function once(watch) {
  const fs = new FileSystem();
  fs.writeFileSync('/log', '');
  let events = 0;
  const w = watch ? fs.watch('/', { recursive: true }, () => { events++; }) : null;
  const t0 = performance.now();
  for (let i = 0; i < count; i++) fs.appendFileSync('/log', chunk);
  const ms = performance.now() - t0;
  fs.flushEvents();
  if (w) w.close();
  if (fs.statSync('/log').size !== count * 10) throw new Error('wrong size');
  return { ms, events };
}

// interleaved, best of 5 each: the machines are shared, so both variants see the same load
once(false); // warm-up
let plain = null;
let watched = null;
for (let i = 0; i < 5; i++) {
  const a = once(false);
  const b = once(true);
  if (!plain || a.ms < plain.ms) plain = a;
  if (!watched || b.ms < watched.ms) watched = b;
}
console.log(`${count} appends of 10 bytes: no watcher ${plain.ms.toFixed(0)} ms, watcher ${watched.ms.toFixed(0)} ms`
  + ` (${watched.events} event(s)), ratio ${(watched.ms / plain.ms).toFixed(2)}`);
