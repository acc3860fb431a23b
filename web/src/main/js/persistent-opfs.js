// The OPFS store of a persistent directory: under the origin's private file system root,
// teawasi-fs/<name>/tree holds the files and directories as real OPFS entries, and teawasi-fs/<name>/meta.json
// what OPFS cannot hold: symlinks, permission bits and nanosecond mtimes, and file sizes so that mounting needs no
// look at each file ({version: 1, entries: {path: {kind, mode, mtimeNs, size?, target?}}}). Files are written as
// they change; meta.json at each commit. load() lists the tree without reading contents; read(rel) reads one file
// (readOpfsFileSync: the same in a Worker, synchronously). Promise chains, no async syntax (see promise-steps.js).
import { sequence, collect } from './promise-steps.js';

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

function openOpfsBase(name) {
  let base;
  return navigator.storage.getDirectory()
    .then((root) => root.getDirectoryHandle('teawasi-fs', { create: true }))
    .then((all) => all.getDirectoryHandle(storageName(name), { create: true }))
    .then((b) => {
      base = b;
      return base.getDirectoryHandle('tree', { create: true });
    })
    .then((tree) => ({ base, tree }));
}

/** The file handle of rel under a store's tree directory. */
function fileHandle(tree, rel) {
  const parts = rel.split('/');
  const last = parts.pop();
  let dir = Promise.resolve(tree);
  for (const part of parts) dir = dir.then((d) => d.getDirectoryHandle(part));
  return dir.then((d) => d.getFileHandle(last));
}



export function openOpfsStore(name) {
  return openOpfsBase(name).then(({ base, tree }) => new OpfsStore(base, tree, name));
}

function OpfsStore(base, tree, name) {
  this.name = name;
  this.base = base;
  this.tree = tree;
  // directory handles by relative path, found while loading: a file's first read then needs no walk from the
  // root (cleared when the store removes anything; a read through a stale one walks again)
  this.dirs = new Map([['', tree]]);
  this.meta = {};
  this.metaDirty = false;
}

function isNotFound(e) {
  return e && (e.name === 'NotFoundError' || e.name === 'TypeMismatchError');
}

function readFileBytes(handle) {
  return handle.getFile().then((f) => f.arrayBuffer()).then((b) => new Uint8Array(b));
}

function writeFileBytes(handle, bytes) {
  return handle.createWritable().then((w) => w.write(bytes).then(() => w.close(), (e) => {
    const fail = () => { throw e; };
    return w.abort().then(fail, fail);
  }));
}

const byName = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Where file rel's content is, for a loader elsewhere (a Worker). */
OpfsStore.prototype.source = function (rel) {
  return { backend: 'opfs', name: this.name, rel };
};

/** The content of file rel. */
OpfsStore.prototype.read = function (rel) {
  const slash = rel.lastIndexOf('/');
  const dir = this.dirs.get(slash < 0 ? '' : rel.slice(0, slash));
  if (!dir) return fileHandle(this.tree, rel).then(readFileBytes);
  // a cached directory may have been replaced since (then it is not found): walk from the root again
  return dir.getFileHandle(rel.slice(slash + 1)).catch(() => fileHandle(this.tree, rel)).then(readFileBytes);
};

OpfsStore.prototype.load = function () {
  const out = [];
  const queue = [['', this.tree]];
  const walk = () => {
    if (queue.length === 0) return Promise.resolve();
    const [rel, dir] = queue.shift();
    return collect(dir.entries()).then((children) => {
      children.sort(byName);
      return sequence(children.map(([childName, handle]) => () => {
        const path = rel === '' ? childName : rel + '/' + childName;
        const m = this.meta[path] || {};
        if (handle.kind === 'directory') {
          this.dirs.set(path, handle);
          out.push({ path, kind: 'dir', mode: m.mode, mtimeNs: m.mtimeNs });
          queue.push([path, handle]);
          return undefined;
        }
        // the size from meta.json; a file written after the last commit is asked (no content is read)
        if (m.kind === 'file' && typeof m.size === 'number') {
          out.push({ path, kind: 'file', mode: m.mode, mtimeNs: m.mtimeNs, size: m.size });
          return undefined;
        }
        return handle.getFile().then((f) => {
          out.push({ path, kind: 'file', mode: m.mode, mtimeNs: m.mtimeNs !== undefined ? m.mtimeNs : String(BigInt(f.lastModified) * 1000000n), size: f.size });
        });
      }));
    }).then(walk);
  };
  return this.base.getFileHandle('meta.json').then(readFileBytes).then((bytes) => {
    const parsed = JSON.parse(new TextDecoder().decode(bytes));
    if (parsed && parsed.version === 1 && parsed.entries && typeof parsed.entries === 'object') this.meta = parsed.entries;
  }, (e) => {
    if (!isNotFound(e)) throw e;
  }).catch((e) => {
    // a damaged meta.json costs the symlinks, modes and times, not the files
    if (!(e instanceof SyntaxError)) throw e;
  }).then(walk).then(() => {
    for (const path of Object.keys(this.meta)) {
      const m = this.meta[path];
      if (m && m.kind === 'symlink') out.push({ path, kind: 'symlink', mode: m.mode, mtimeNs: m.mtimeNs, target: m.target });
    }
    // parents first
    out.sort((a, b) => a.path.split('/').length - b.path.split('/').length);
    return out;
  });
};

/** The directory handle of rel's parent (created when missing, or null) and rel's last name. */
OpfsStore.prototype.parentOf = function (rel, create) {
  const parts = rel.split('/');
  const name = parts.pop();
  let dir = this.tree;
  const step = (part) => () => {
    if (dir === null) return undefined;
    return dir.getDirectoryHandle(part, { create }).then((d) => { dir = d; }, (e) => {
      if (!create && isNotFound(e)) {
        dir = null;
        return undefined;
      }
      if (!(e && e.name === 'TypeMismatchError')) throw e;
      // a file where a directory belongs now (the tree changed kind): replace it
      return dir.removeEntry(part).then(() => dir.getDirectoryHandle(part, { create: true })).then((d) => { dir = d; });
    });
  };
  return sequence(parts.map(step)).then(() => (dir === null ? null : { dir, name }));
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

/** Replaces whatever is at name when it has the wrong kind (TypeMismatchError), then retries. */
function handleOfKind(dir, name, directory) {
  const get = () => (directory ? dir.getDirectoryHandle(name, { create: true }) : dir.getFileHandle(name, { create: true }));
  return get().catch((e) => {
    if (!(e && e.name === 'TypeMismatchError')) throw e;
    return dir.removeEntry(name, { recursive: true }).then(get);
  });
}

OpfsStore.prototype.put = function (record) {
  return this.parentOf(record.path, true).then(({ dir, name }) => {
    const meta = { kind: record.kind, mode: record.mode, mtimeNs: record.mtimeNs };
    let stored;
    if (record.kind === 'symlink') {
      meta.target = record.target;
      stored = removeQuietly(dir, name);
    } else if (record.kind === 'dir') {
      stored = handleOfKind(dir, name, true);
    } else {
      meta.size = record.data.length;
      stored = handleOfKind(dir, name, false).then((h) => writeFileBytes(h, record.data));
    }
    return stored.then(() => {
      // everything below a path that is stored as a non-directory now is gone
      if (record.kind !== 'dir') dropMetaBelow(this.meta, record.path);
      this.meta[record.path] = meta;
      this.metaDirty = true;
    });
  });
};

OpfsStore.prototype.remove = function (rel) {
  this.dirs = new Map([['', this.tree]]);
  return this.parentOf(rel, false).then((p) => (p ? removeQuietly(p.dir, p.name) : undefined)).then(() => {
    delete this.meta[rel];
    dropMetaBelow(this.meta, rel);
    this.metaDirty = true;
  });
};

OpfsStore.prototype.clear = function () {
  this.dirs = new Map([['', this.tree]]);
  return collect(this.tree.keys()).then((names) => sequence(names.map((n) => () => removeQuietly(this.tree, n))))
    .then(() => {
      this.meta = {};
      this.metaDirty = true;
    });
};

OpfsStore.prototype.commit = function () {
  if (!this.metaDirty) return Promise.resolve();
  this.metaDirty = false;
  const json = new TextEncoder().encode(JSON.stringify({ version: 1, entries: this.meta }));
  return this.base.getFileHandle('meta.json', { create: true }).then((h) => writeFileBytes(h, json));
};
