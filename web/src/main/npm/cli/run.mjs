// `teawasi run [--dir HOST[::GUEST]]... [--env KEY[=VALUE]]... [--fuel N] FILE.wasm [ARGS...]` on the TeaVM build.
// Same flags, exit codes and host-directory semantics as `java -jar teawasi.jar run`: each --dir is read into the
// virtual file system before the run and what the guest changed is written back after it (also after a trap or
// proc_exit); paths are checked so the write-back never leaves the mount (no symlink on the way is followed).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomFillSync } from 'node:crypto';
import { startWasi } from '../teawasi.js';

const USAGE = 'usage: run [--dir HOST[::GUEST]]... [--env KEY=VALUE]... [--fuel N] FILE.wasm [ARGS...]';
const TRAP_EXIT = 134;
const MOUNT_LIMIT = Number(process.env.TEAWASI_MOUNT_LIMIT || 1024 * 1024 * 1024);

class UsageError extends Error {}

export function parse(argv) {
  const o = { dirs: [], env: [], fuel: -1, file: null, args: [] };
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    let name = a, value = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { name = a.slice(0, eq); value = a.slice(eq + 1); }
    if (!['--dir', '--env', '--fuel'].includes(name)) throw new UsageError(`unknown option '${a}'`);
    if (value === null) {
      if (i + 1 >= argv.length) throw new UsageError(`option ${name} needs a value`);
      value = argv[++i];
    }
    i++;
    if (name === '--dir') {
      const sep = value.indexOf('::');
      const host = sep < 0 ? value : value.slice(0, sep);
      const guest = sep < 0 ? value : value.slice(sep + 2);
      if (!host || !guest) throw new UsageError(`--dir needs HOST or HOST::GUEST, got '${value}'`);
      o.dirs.push({ host, guest });
    } else if (name === '--env') {
      const e = value.indexOf('=');
      const key = e < 0 ? value : value.slice(0, e);
      if (!key) throw new UsageError(`--env needs KEY=VALUE, got '${value}'`);
      o.env.push(e < 0 ? `${key}=${process.env[key] ?? ''}` : value);
    } else {
      if (!/^[0-9]+$/.test(value) || Number(value) <= 0) {
        throw new UsageError(`--fuel needs a positive number of instructions, got '${value}'`);
      }
      o.fuel = Number(value);
    }
  }
  if (i >= argv.length) throw new UsageError('missing the .wasm file to run');
  o.file = argv[i];
  o.args = argv.slice(i + 1);
  return o;
}

const ns = (big) => big.toString();

/** Reads a host directory into mount entries: parents first, names sorted, hard links by (dev, ino). */
function readHostDir(root, budget) {
  const entries = [];
  const seen = new Map();
  const walk = (dir, prefix) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const rel = prefix + name;
      const st = fs.lstatSync(p, { bigint: true });
      const times = { atimeNs: ns(st.atimeNs), mtimeNs: ns(st.mtimeNs) };
      if (st.isDirectory()) {
        entries.push({ path: rel, kind: 'dir', ...times });
        walk(p, rel + '/');
        continue;
      }
      if (!st.isFile() && !st.isSymbolicLink()) continue;
      const kind = st.isSymbolicLink() ? 'symlink' : 'file';
      const key = `${st.dev}:${st.ino}`;
      if (st.nlink > 1n && seen.has(key)) {
        entries.push({ path: rel, kind, linkTo: seen.get(key) });
        continue;
      }
      seen.set(key, rel);
      if (kind === 'symlink') {
        entries.push({ path: rel, kind, target: fs.readlinkSync(p), ...times });
      } else {
        budget.bytes += Number(st.size);
        if (budget.bytes > MOUNT_LIMIT) {
          throw new Error(`--dir ${root} holds more than ${MOUNT_LIMIT >> 20} MiB of files; mounts are loaded into`
            + ' memory (raise the limit with TEAWASI_MOUNT_LIMIT=BYTES)');
        }
        const data = fs.readFileSync(p);
        entries.push({ path: rel, kind, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), ...times });
      }
    }
  };
  walk(root, '');
  return entries;
}

/** The host path of a mount-relative path, or null when a directory on the way is not a real directory. */
function resolveInside(root, rel) {
  const parts = rel.split('/');
  let p = root;
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i];
    if (!c || c === '.' || c === '..' || c.includes('\0')) return null;
    p = path.join(p, c);
    if (i < parts.length - 1) {
      let st;
      try { st = fs.lstatSync(p); } catch { return null; }
      if (!st.isDirectory()) return null;
    }
  }
  return p;
}

function removeIfExists(p) {
  let st;
  try { st = fs.lstatSync(p); } catch { return; }
  if (st.isDirectory()) fs.rmdirSync(p); else fs.unlinkSync(p);
}

function setTimes(p, e) {
  const a = Number(BigInt(e.atimeNs) / 1000n) / 1e6, m = Number(BigInt(e.mtimeNs) / 1000n) / 1e6;
  try { fs.lutimesSync(p, a, m); } catch { /* not every platform sets symlink times */ }
}

/** Makes the host directory hold the exported tree; returns warnings for entries that could not be written. */
function writeBack(root, before, after) {
  const warnings = [];
  const beforeBy = new Map(before.map((e) => [e.path, e]));
  const afterBy = new Map(after.map((e) => [e.path, e]));
  for (let i = before.length - 1; i >= 0; i--) {
    const b = before[i];
    const a = afterBy.get(b.path);
    const unchangedFile = a && a.kind === 'file' && !a.data && !a.linkTo;
    const keep = a && a.kind === b.kind && !a.linkTo && (a.kind === 'dir' || unchangedFile
      || (a.kind === 'symlink' && !b.linkTo && a.target === b.target));
    if (keep) continue;
    const p = resolveInside(root, b.path);
    try { if (p) removeIfExists(p); } catch (e) { warnings.push(`cannot remove ${b.path}: ${e.message}`); }
  }
  for (const a of after) {
    const b = beforeBy.get(a.path);
    const p = resolveInside(root, a.path);
    if (!p) { warnings.push(`not written (a directory on its path is not a directory): ${a.path}`); continue; }
    try {
      if (a.linkTo) {
        const target = resolveInside(root, a.linkTo);
        if (target) { removeIfExists(p); fs.linkSync(target, p); }
        continue;
      }
      if (a.kind === 'dir') {
        let st = null;
        try { st = fs.lstatSync(p); } catch { /* missing */ }
        if (!st || !st.isDirectory()) { if (st) removeIfExists(p); fs.mkdirSync(p); }
        continue;
      }
      if (a.kind === 'symlink') {
        let st = null;
        try { st = fs.lstatSync(p); } catch { /* missing */ }
        if (!st || !st.isSymbolicLink()) { if (st) removeIfExists(p); fs.symlinkSync(a.target, p); }
      } else if (a.data) {
        removeIfExists(p);
        // 'wx' = O_CREAT|O_EXCL: never follows a symlink planted at p
        fs.writeFileSync(p, a.data, { flag: 'wx' });
      }
      if (b && !a.data && b.atimeNs === a.atimeNs && b.mtimeNs === a.mtimeNs) continue;
      setTimes(p, a);
    } catch (e) {
      warnings.push(`cannot write ${a.path}: ${e.message}`);
    }
  }
  for (let i = after.length - 1; i >= 0; i--) {
    const a = after[i];
    if (a.kind !== 'dir') continue;
    const p = resolveInside(root, a.path);
    if (p) setTimes(p, a);
  }
  return warnings;
}

/** Blocking stdin for the guest: reads fd 0 synchronously, waiting out EAGAIN on non-blocking terminals/pipes. */
function readStdin(max) {
  const buf = Buffer.alloc(Math.max(1, Math.min(max, 65536)));
  for (;;) {
    try {
      const n = fs.readSync(0, buf, 0, buf.length, null);
      return n === 0 ? null : new Uint8Array(buf.buffer, buf.byteOffset, n);
    } catch (e) {
      if (e.code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); continue; }
      if (e.code === 'EOF') return null;
      return null;
    }
  }
}

const closed = new Set();

function writeAll(fd, bytes) {
  let off = 0;
  while (off < bytes.length && !closed.has(fd)) {
    try {
      off += fs.writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if (e.code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1); continue; }
      // a closed pipe (e.g. `| head`): drop the rest of this stream, keep running (the JVM gives the guest EIO)
      if (e.code === 'EPIPE') { closed.add(fd); return; }
      throw e;
    }
  }
}

export function main(argv) {
  let o;
  try {
    o = parse(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`teawasi run: ${e.message} (${USAGE})`);
      return 2;
    }
    throw e;
  }
  let bytes;
  try {
    bytes = fs.readFileSync(o.file);
  } catch (e) {
    console.error(`teawasi: cannot read ${o.file}: ${e.code === 'ENOENT' ? 'no such file ' + o.file : e.message}`);
    return 1;
  }
  const mounts = [];
  try {
    const budget = { bytes: 0 };
    for (const d of o.dirs) {
      let st;
      try { st = fs.statSync(d.host); } catch { st = null; }
      if (!st || !st.isDirectory()) throw new Error(`--dir ${d.host}: not a directory`);
      const root = fs.realpathSync(d.host);
      mounts.push({ root, guestPath: d.guest, entries: readHostDir(root, budget) });
    }
  } catch (e) {
    console.error(`teawasi: ${e.message}`);
    return 2;
  }
  let run;
  try {
    run = startWasi(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      args: [o.file, ...o.args],
      env: o.env,
      mounts: mounts.map((m) => ({ guestPath: m.guestPath, entries: m.entries })),
      stdin: readStdin,
      // a blocking stdin: a read never fails, so poll reports it ready (as for a regular file)
      stdinAvailable: () => 1,
      stdout: (b) => writeAll(1, b),
      stderr: (b) => writeAll(2, b),
      random: (b) => randomFillSync(b),
      stdioTerminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    });
  } catch (e) {
    console.error(`teawasi: ${o.file}: ${e.message}`);
    return 1;
  }
  let status;
  try {
    status = run.step(o.fuel);
  } catch (e) {
    console.error(`teawasi: ${o.file}: ${e.message}`);
    status = 'failed';
  } finally {
    const after = run.mounts();
    for (let i = 0; i < mounts.length; i++) {
      for (const w of writeBack(mounts[i].root, mounts[i].entries, after[i].entries)) {
        console.error(`teawasi: --dir ${mounts[i].root}: ${w}`);
      }
    }
  }
  if (status === 'failed') {
    return 1;
  }
  if (status === 'trapped') {
    const stack = run.wasmStack();
    process.stderr.write(`teawasi: wasm trap: ${run.trap()}\n`
      + (stack.length ? 'wasm backtrace:\n' + stack.map((f, i) => `  ${i}: ${f}\n`).join('') : ''));
    return TRAP_EXIT;
  }
  if (status === 'out-of-fuel') {
    console.error(`teawasi: out of fuel: the run used up --fuel ${o.fuel} instructions`);
    return TRAP_EXIT;
  }
  if (status !== 'exited') {
    // not reached: stdin blocks and the clock sleeps
    console.error(`teawasi: the run stopped: ${status}`);
    return TRAP_EXIT;
  }
  return run.exitCode();
}
