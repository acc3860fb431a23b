// Host directories for `run --dir` on node: loading them into mount entries, and writing back what the guest left
// in them without losing anything stored there. The same rules and messages as the JVM's
// (dev.teawasi.demo.HostMount and MountWriteBack):
// - each new or changed file is streamed (read(offset, length), no array of the whole file) into a temporary
//   file beside it and renamed over the host file: the host file is either as it was or complete, and a failed
//   write (a full disk) leaves it as it was;
// - a path the host changed during the run (kind, size or mtime differ from when it was loaded) is left alone;
// - removals, and replacing a directory by a non-directory or the reverse, happen only when everything else was
//   written, so a file the guest renamed is never deleted at its old name while the new name failed;
// - a new symlink whose target leaves the mount is not created.
// Every change not written becomes one problem line naming the file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { clip } from './trap-report.mjs';

const BUFFER = 1 << 20;

/** What a host path holds now (never following a symlink), or null when nothing is there. */
export function hostState(p) {
  let st;
  try {
    st = fs.lstatSync(p, { bigint: true });
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
  const kind = st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : 'o';
  // a directory's size and mtime move whenever an entry inside changes: only its kind matters
  if (kind === 'd') return { kind, size: 0n, mtimeNs: 0n, target: null };
  return { kind, size: st.size, mtimeNs: st.mtimeNs, target: kind === 'l' ? fs.readlinkSync(p) : null };
}

function same(x, y) {
  if (!x || !y) return !x && !y;
  return x.kind === y.kind && x.size === y.size && x.mtimeNs === y.mtimeNs && x.target === y.target;
}

const ns = (big) => big.toString();

/**
 * Reads a host directory: {root, entries, states, bytes}; entries parents first, names sorted, hard links by
 * (dev, ino); states: path -> hostState at load. budget.bytes counts file bytes against limit.
 */
export function readHostDir(root, budget, limit) {
  const entries = [];
  const states = new Map();
  const seen = new Map();
  const walk = (dir, prefix) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const rel = prefix + name;
      const st = fs.lstatSync(p, { bigint: true });
      const times = { atimeNs: ns(st.atimeNs), mtimeNs: ns(st.mtimeNs) };
      if (st.isDirectory()) {
        entries.push({ path: rel, kind: 'dir', ...times });
        states.set(rel, hostState(p));
        walk(p, rel + '/');
        continue;
      }
      if (!st.isFile() && !st.isSymbolicLink()) continue;
      states.set(rel, hostState(p));
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
        if (budget.bytes > limit) {
          throw new Error(`--dir ${root} holds more than ${Math.floor(limit / 1048576)} MiB of files; mounts are`
            + ' loaded into memory (raise the limit with TEAWASI_MOUNT_LIMIT=BYTES)');
        }
        const data = fs.readFileSync(p);
        entries.push({ path: rel, kind, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), ...times });
      }
    }
  };
  walk(root, '');
  return { root, entries, states };
}

/** The host path of a mount-relative path, or null when a directory on the way is not a real directory. */
export function resolveInside(root, rel) {
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

/** True when a symlink at rel with this target text points outside the mount (absolute, or too many ".."). */
export function leavesMount(rel, target) {
  if (!target || target.startsWith('/')) return true;
  let depth = rel.split('/').length - 1;
  for (const c of target.split('/')) {
    if (!c || c === '.') continue;
    depth += c === '..' ? -1 : 1;
    if (depth < 0) return true;
  }
  return false;
}


function conflict(expected, host) {
  if (!expected) return 'the host created it during the run';
  if (!host) return 'the host removed it during the run';
  return 'the host changed it during the run';
}

function reason(e) {
  // node's messages look like "ENOSPC: no space left on device, write": keep the readable part
  const m = /^[A-Z]+: (.*?)(, [a-z]+( '.*')?)?$/.exec(e.message);
  if (!m) return e.message;
  return m[1].charAt(0).toUpperCase() + m[1].slice(1);
}

function tempBeside(p) {
  return path.join(path.dirname(p), `.teawasi-${randomBytes(8).toString('hex')}.tmp`);
}

function deleteQuietly(p) {
  try { fs.unlinkSync(p); } catch { /* a leftover .teawasi-*.tmp is harmless and recognizable */ }
}

function setTimes(p, e) {
  const a = Number(BigInt(e.atimeNs) / 1000n) / 1e6, m = Number(BigInt(e.mtimeNs) / 1000n) / 1e6;
  try { fs.lutimesSync(p, a, m); } catch { /* not every platform sets symlink times */ }
}

/** Streams an exported file (size + read(offset, length), or data) into a new file. */
function writeContent(tmp, e, replaces) {
  const fd = fs.openSync(tmp, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY
    | fs.constants.O_NOFOLLOW, 0o666);
  try {
    if (e.read) {
      const size = Number(e.size);
      for (let pos = 0; pos < size;) {
        const piece = e.read(pos, Math.min(BUFFER, size - pos));
        if (!piece || piece.length === 0) break;
        for (let off = 0; off < piece.length;) off += fs.writeSync(fd, piece, off, piece.length - off);
        pos += piece.length;
      }
    } else if (e.data) {
      for (let off = 0; off < e.data.length;) off += fs.writeSync(fd, e.data, off, e.data.length - off);
    }
    if (replaces) fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const isDir = (e) => e.kind === 'dir';

/** Writes back one mount ({root, entries, states} from readHostDir); returns the problems (empty: all written). */
export function writeBack(mount, after) {
  const { root } = mount;
  const before = new Map(mount.entries.map((e) => [e.path, e]));
  const now = new Map(after.map((e) => [e.path, e]));
  const loadedState = (rel) => mount.states.get(rel) || null;
  const problems = [];
  // problems that may have left the guest's data unwritten (a refused symlink is not one) stop the removals
  let blocking = 0;
  const problem = (rel, why) => { problems.push(`${clip(rel, 300)}: ${why}`); blocking++; };
  let prepared = [];
  const deferred = [];
  const deferredDirs = new Set();
  const rewritten = new Set();
  let links = [];
  let afterRemovals = false;

  const underDeferred = (rel) => {
    for (let i = rel.indexOf('/'); i > 0; i = rel.indexOf('/', i + 1)) {
      if (deferredDirs.has(rel.slice(0, i))) return true;
    }
    return false;
  };

  const prepare = (a) => {
    if (!afterRemovals && underDeferred(a.path)) { deferred.push(a); return; }
    const b = before.get(a.path);
    const kindChange = b !== undefined && isDir(b) !== isDir(a);
    const p = resolveInside(root, a.path);
    if (!p) { problem(a.path, 'not written: a directory on its path is not a directory on the host'); return; }
    const expected = afterRemovals && kindChange ? null : loadedState(a.path);
    let host;
    try { host = hostState(p); } catch (e) { problem(a.path, 'not written: ' + reason(e)); return; }
    if (kindChange && !afterRemovals) {
      deferred.push(a);
      if (isDir(a)) deferredDirs.add(a.path);
      return;
    }
    if (isDir(a)) {
      if (!host) {
        try { fs.mkdirSync(p); } catch (e) { problem(a.path, 'cannot create the directory: ' + reason(e)); }
      } else if (host.kind !== 'd') {
        problem(a.path, 'not written: the host created a file there during the run');
      }
      return;
    }
    if (a.linkTo) { links.push(a); return; }
    const changed = a.kind === 'file'
      ? Boolean(a.read || a.data)
      : !b || Boolean(b.linkTo) || b.kind !== a.kind || a.target !== b.target;
    if (!changed) {
      if ((b.atimeNs !== a.atimeNs || b.mtimeNs !== a.mtimeNs) && same(expected, host)) setTimes(p, a);
      return;
    }
    if (!same(expected, host)) { problem(a.path, `not written: ${conflict(expected, host)} (left as the host has it)`); return; }
    if (a.kind === 'symlink' && leavesMount(a.path, a.target)) {
      problems.push(`${clip(a.path, 300)}: symlink to ${clip(a.target, 200)} not created on the host: its target is outside the mount`);
      return;
    }
    const tmp = tempBeside(p);
    try {
      if (a.kind === 'symlink') {
        fs.symlinkSync(a.target, tmp);
      } else {
        writeContent(tmp, a, host !== null);
        if (host && host.kind === 'f') {
          try { fs.chmodSync(tmp, fs.lstatSync(p).mode & 0o7777); } catch { /* content matters most */ }
        }
      }
      setTimes(tmp, a);
      prepared.push({ entry: a, tmp, target: p, expected: host });
    } catch (e) {
      deleteQuietly(tmp);
      problem(a.path, `cannot write: ${reason(e)} (the host file was left as it was)`);
    }
  };

  const commit = (c) => {
    try {
      const host = hostState(c.target);
      if (!same(c.expected, host)) { deleteQuietly(c.tmp); problem(c.entry.path, `not written: ${conflict(c.expected, host)} (left as the host has it)`); return; }
      fs.renameSync(c.tmp, c.target);
      rewritten.add(c.entry.path);
    } catch (e) {
      deleteQuietly(c.tmp);
      problem(c.entry.path, `cannot write: ${reason(e)} (the host file was left as it was)`);
    }
  };

  const link = (a) => {
    const b = before.get(a.path);
    if (b && a.linkTo === b.linkTo && !rewritten.has(a.linkTo)) return;
    const p = resolveInside(root, a.path);
    const target = resolveInside(root, a.linkTo);
    if (!p || !target) { problem(a.path, 'not written: a directory on its path is not a directory on the host'); return; }
    const tmp = tempBeside(p);
    try {
      const expected = afterRemovals && b && isDir(b) ? null : loadedState(a.path);
      const host = hostState(p);
      if (!same(expected, host)) { problem(a.path, `not written: ${conflict(expected, host)} (left as the host has it)`); return; }
      fs.linkSync(target, tmp);
      fs.renameSync(tmp, p);
      deleteQuietly(tmp); // rename does nothing when both names are the same file already
    } catch (e) {
      deleteQuietly(tmp);
      problem(a.path, `cannot link to ${a.linkTo}: ${reason(e)}`);
    }
  };

  const remove = (b) => {
    const p = resolveInside(root, b.path);
    if (!p) return; // its directory is gone already
    try {
      const expected = loadedState(b.path);
      const host = hostState(p);
      if (!host) return;
      if (!same(expected, host)) { problem(b.path, `not removed: ${conflict(expected, host)} (left as the host has it)`); return; }
      if (host.kind === 'd') fs.rmdirSync(p); else fs.unlinkSync(p);
    } catch (e) {
      if (e.code === 'ENOTEMPTY') problem(b.path, 'not removed: the host added files to this directory during the run');
      else problem(b.path, 'cannot remove: ' + reason(e));
    }
  };

  for (const a of after) prepare(a);
  for (const c of prepared) commit(c);
  prepared = [];
  for (const a of links) link(a);
  const removals = [];
  for (let i = mount.entries.length - 1; i >= 0; i--) {
    const b = mount.entries[i];
    const a = now.get(b.path);
    if (!a || isDir(a) !== isDir(b)) removals.push(b);
  }
  if (blocking === 0) {
    for (const b of removals) remove(b);
    links = [];
    afterRemovals = true;
    for (const a of deferred) prepare(a);
    for (const c of prepared) commit(c);
    for (const a of links) link(a);
  } else if (removals.length + deferred.length > 0) {
    problems.push(`because of the problems above, ${removals.length + deferred.length} removals and replacements`
      + ' were not done (nothing the program moved is lost)');
  }
  for (let i = after.length - 1; i >= 0; i--) {
    const a = after[i];
    if (!isDir(a)) continue;
    const p = resolveInside(root, a.path);
    if (p) {
      let st = null;
      try { st = fs.lstatSync(p); } catch { /* gone */ }
      if (st && st.isDirectory()) setTimes(p, a);
    }
  }
  return problems;
}
