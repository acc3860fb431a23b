// The OPFS store of a persistent directory: under the origin's private file system root,
// teawasi-fs/<name>/tree holds the files and directories as real OPFS entries, and teawasi-fs/<name>/meta.json
// what OPFS cannot hold: symlinks, permission bits and nanosecond mtimes ({version: 1, entries: {path: {kind, mode,
// mtimeNs, target?}}}). Files are written as they change; meta.json at each commit.
import { run } from './generator-run.js';

/** Resolves to true when OPFS with createWritable works here (a secure context in a current browser). */
export function opfsAvailable() {
  if (typeof navigator === 'undefined' || !navigator.storage || typeof navigator.storage.getDirectory !== 'function'
      || typeof FileSystemFileHandle === 'undefined' || typeof FileSystemFileHandle.prototype.createWritable !== 'function') {
    return Promise.resolve(false);
  }
  return navigator.storage.getDirectory().then(() => true, () => false);
}

// storage names must be OPFS entry names: keep letters, digits, '-', '_' and '.', escape the rest
function storageName(name) {
  return name.replace(/[^A-Za-z0-9_.-]/g, (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

export function openOpfsStore(name) {
  return run((function* () {
    const root = yield navigator.storage.getDirectory();
    const all = yield root.getDirectoryHandle('teawasi-fs', { create: true });
    const base = yield all.getDirectoryHandle(storageName(name), { create: true });
    const tree = yield base.getDirectoryHandle('tree', { create: true });
    return new OpfsStore(base, tree);
  })());
}

function OpfsStore(base, tree) {
  this.base = base;
  this.tree = tree;
  this.meta = {};
  this.metaDirty = false;
}

function isNotFound(e) {
  return e && (e.name === 'NotFoundError' || e.name === 'TypeMismatchError');
}

function readFileBytes(handle) {
  return handle.getFile().then((f) => f.arrayBuffer()).then((b) => new Uint8Array(b));
}

OpfsStore.prototype.load = function () {
  const self = this;
  return run((function* () {
    try {
      const h = yield self.base.getFileHandle('meta.json');
      const text = new TextDecoder().decode(yield readFileBytes(h));
      const parsed = JSON.parse(text);
      if (parsed && parsed.version === 1 && parsed.entries && typeof parsed.entries === 'object') self.meta = parsed.entries;
    } catch (e) {
      if (!isNotFound(e) && !(e instanceof SyntaxError)) throw e;
    }
    const out = [];
    const queue = [['', self.tree]];
    while (queue.length) {
      const [rel, dir] = queue.shift();
      const children = [];
      const it = dir.entries();
      for (let r = yield it.next(); !r.done; r = yield it.next()) children.push(r.value);
      children.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (const [childName, handle] of children) {
        const path = rel === '' ? childName : rel + '/' + childName;
        const m = self.meta[path] || {};
        if (handle.kind === 'directory') {
          out.push({ path, kind: 'dir', mode: m.mode, mtimeNs: m.mtimeNs });
          queue.push([path, handle]);
        } else {
          out.push({ path, kind: 'file', mode: m.mode, mtimeNs: m.mtimeNs, data: yield readFileBytes(handle) });
        }
      }
    }
    for (const path of Object.keys(self.meta)) {
      const m = self.meta[path];
      if (m && m.kind === 'symlink') out.push({ path, kind: 'symlink', mode: m.mode, mtimeNs: m.mtimeNs, target: m.target });
    }
    // parents first
    out.sort((a, b) => a.path.split('/').length - b.path.split('/').length);
    return out;
  })());
};

/** The directory handle of rel's parent (created when missing) and rel's last name. */
OpfsStore.prototype.parentOf = function (rel, create) {
  const self = this;
  return run((function* () {
    const parts = rel.split('/');
    let dir = self.tree;
    for (let i = 0; i < parts.length - 1; i++) {
      try {
        dir = yield dir.getDirectoryHandle(parts[i], { create });
      } catch (e) {
        if (!create && isNotFound(e)) return null;
        if (e && e.name === 'TypeMismatchError') {
          // a file where a directory belongs now (the tree changed kind): replace it
          yield dir.removeEntry(parts[i]);
          dir = yield dir.getDirectoryHandle(parts[i], { create: true });
        } else {
          throw e;
        }
      }
    }
    return { dir, name: parts[parts.length - 1] };
  })());
};

OpfsStore.prototype.put = function (record) {
  const self = this;
  return run((function* () {
    const { dir, name } = yield self.parentOf(record.path, true);
    self.metaDirty = true;
    const meta = { kind: record.kind, mode: record.mode, mtimeNs: record.mtimeNs };
    if (record.kind === 'symlink') {
      meta.target = record.target;
      yield removeQuietly(dir, name);
    } else if (record.kind === 'dir') {
      try {
        yield dir.getDirectoryHandle(name, { create: true });
      } catch (e) {
        if (!(e && e.name === 'TypeMismatchError')) throw e;
        yield dir.removeEntry(name);
        yield dir.getDirectoryHandle(name, { create: true });
      }
    } else {
      let handle;
      try {
        handle = yield dir.getFileHandle(name, { create: true });
      } catch (e) {
        if (!(e && e.name === 'TypeMismatchError')) throw e;
        yield dir.removeEntry(name, { recursive: true });
        handle = yield dir.getFileHandle(name, { create: true });
      }
      const w = yield handle.createWritable();
      try {
        yield w.write(record.data);
        yield w.close();
      } catch (e) {
        try { yield w.abort(); } catch { /* already failed */ }
        throw e;
      }
    }
    // everything below a path that is re-stored as a non-directory is gone
    if (record.kind !== 'dir') dropMetaBelow(self.meta, record.path);
    self.meta[record.path] = meta;
  })());
};

function removeQuietly(dir, name) {
  return dir.removeEntry(name, { recursive: true }).catch((e) => {
    if (!isNotFound(e)) throw e;
  });
}

function dropMetaBelow(meta, rel) {
  const prefix = rel + '/';
  for (const k of Object.keys(meta)) if (k.startsWith(prefix)) delete meta[k];
}

OpfsStore.prototype.remove = function (rel) {
  const self = this;
  return run((function* () {
    const p = yield self.parentOf(rel, false);
    if (p) yield removeQuietly(p.dir, p.name);
    delete self.meta[rel];
    dropMetaBelow(self.meta, rel);
    self.metaDirty = true;
  })());
};

OpfsStore.prototype.clear = function () {
  const self = this;
  return run((function* () {
    const names = [];
    const it = self.tree.keys();
    for (let r = yield it.next(); !r.done; r = yield it.next()) names.push(r.value);
    for (const n of names) yield removeQuietly(self.tree, n);
    self.meta = {};
    self.metaDirty = true;
  })());
};

OpfsStore.prototype.commit = function () {
  const self = this;
  if (!this.metaDirty) return Promise.resolve();
  this.metaDirty = false;
  return run((function* () {
    const h = yield self.base.getFileHandle('meta.json', { create: true });
    const w = yield h.createWritable();
    yield w.write(new TextEncoder().encode(JSON.stringify({ version: 1, entries: self.meta })));
    yield w.close();
  })());
};
