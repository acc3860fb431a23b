// A Worker run's file changes, sent to the page while the run goes on. In the Worker, a ChangeRecorder watches the
// Worker's copy of the FileSystem and, when flushed, sends the current state of every path that changed since the
// last batch: {path, kind: 'delete'} or {path, kind: 'dir' | 'symlink' | 'file' | 'pending', mode, mtimeNs, target?,
// data?, source?, size?} ('pending': a file whose content the Worker never loaded, still in persistent storage at
// source). On the page, applyChanges writes a batch into the page's FileSystem, which fires its change events and
// writes persistent directories through. Hard links arrive as separate files.
import { pendingLoader } from './filesystem.js';

/** Records the changes of fs (the Worker's) and posts them as batches through post(records, transfer). */
export function ChangeRecorder(fs, post) {
  this.fs = fs;
  this.post = post;
  this.dirty = new Map(); // path -> true when its whole subtree is to be sent (a created directory: a rename)
  this.overflowed = false;
  this.last = 0;
  this.watcher = fs.watch('/', { recursive: true }, (e) => {
    if (e.type === 'overflow') {
      this.overflowed = true;
      return;
    }
    const tree = e.type === 'create' && e.kind === 'dir';
    this.dirty.set(e.path, this.dirty.get(e.path) === true || tree);
  });
}

/** Sends what changed since the last batch (nothing when nothing did). */
ChangeRecorder.prototype.flush = function () {
  this.fs.flushEvents();
  this.last = performance.now();
  if (this.dirty.size === 0) return;
  const dirty = this.dirty;
  this.dirty = new Map();
  const records = [];
  const transfer = [];
  const paths = Array.from(dirty.keys()).sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  const sent = new Set();
  for (const path of paths) {
    if (sent.has(path)) continue;
    const r = recordOf(this.fs, path, transfer);
    records.push(r);
    sent.add(path);
    if (dirty.get(path) && r.kind === 'dir') {
      for (const rel of this.fs.readdirSync(path, { recursive: true })) {
        const p = path === '/' ? '/' + rel : path + '/' + rel;
        if (!sent.has(p)) {
          records.push(recordOf(this.fs, p, transfer));
          sent.add(p);
        }
      }
    }
  }
  this.post(records, transfer);
};

/** Flushes when the last batch is at least ms old. */
ChangeRecorder.prototype.flushAfter = function (ms) {
  if (performance.now() - this.last >= ms) this.flush();
};

ChangeRecorder.prototype.close = function () {
  this.watcher.close();
};

function depth(p) {
  let n = 0;
  for (let i = 0; i < p.length; i++) if (p.charCodeAt(i) === 47) n++;
  return n;
}

function recordOf(fs, path, transfer) {
  const st = fs.lstatSync(path, { bigint: true, throwIfNoEntry: false });
  if (!st) return { path, kind: 'delete' };
  const r = { path, kind: 'dir', mode: Number(st.mode) & 0o7777, mtimeNs: String(st.mtimeNs) };
  if (st.isSymbolicLink()) {
    r.kind = 'symlink';
    r.target = fs.readlinkSync(path);
  } else if (!st.isDirectory()) {
    try {
      r.data = fs.readFileSync(path);
      r.kind = 'file';
      transfer.push(r.data.buffer);
    } catch (e) {
      const loader = e && e.code === 'ERR_FS_NOT_LOADED' ? pendingLoader(fs, e.pendingId) : undefined;
      if (!loader || !loader.source) throw e;
      r.kind = 'pending';
      r.source = loader.source;
      r.size = Number(st.size);
    }
  }
  return r;
}

/**
 * Writes a batch of a Worker's changes into the page's FileSystem fs: removals first (deepest first), then the
 * entries parents first; addPending(fs, path, size, source) makes a 'pending' record a file loaded on demand.
 */
export function applyChanges(fs, records, addPending) {
  const deletes = records.filter((r) => r.kind === 'delete').sort((a, b) => depth(b.path) - depth(a.path));
  for (const r of deletes) fs.rmSync(r.path, { recursive: true, force: true });
  const upserts = records.filter((r) => r.kind !== 'delete');
  for (const r of upserts) {
    const had = fs.lstatSync(r.path, { throwIfNoEntry: false });
    const hadKind = !had ? null : had.isDirectory() ? 'dir' : had.isSymbolicLink() ? 'symlink' : 'file';
    const kind = r.kind === 'pending' ? 'file' : r.kind;
    if (had && hadKind !== kind) fs.rmSync(r.path, { recursive: true, force: true });
    const exists = had && hadKind === kind;
    if (kind === 'dir') {
      if (!exists) fs.mkdirSync(r.path, { recursive: true });
    } else {
      const parent = r.path.slice(0, r.path.lastIndexOf('/')) || '/';
      fs.mkdirSync(parent, { recursive: true });
      if (kind === 'symlink') {
        if (exists && fs.readlinkSync(r.path) === r.target) continue;
        if (exists) fs.rmSync(r.path);
        fs.symlinkSync(r.target, r.path);
      } else if (r.kind === 'pending') {
        addPending(fs, r.path, r.size, r.source);
      } else {
        fs.writeFileSync(r.path, r.data);
      }
    }
    fs.lchmodSync(r.path, r.mode);
  }
  // times last, deepest first: creating entries changes their directory's mtime
  for (let i = upserts.length - 1; i >= 0; i--) {
    const r = upserts[i];
    const ns = BigInt(r.mtimeNs);
    fs.lutimesSync(r.path, ns, ns);
  }
}
