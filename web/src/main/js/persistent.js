// A directory of a teawasi.FileSystem kept in the browser's persistent storage (OPFS, or IndexedDB where OPFS is
// missing): mountPersistent reads the stored tree's metadata (names, kinds, sizes, modes, mtimes, symlink targets)
// when it is called; a file's content is loaded when first needed (filesystem.js: pending files). Every change under
// the directory (by JS or by a guest) is written through in the background, batched per task; mount.flush() waits
// until all is stored. A storage key a pending file still needs is never removed or overwritten before that file
// is loaded. No async functions or generators (see promise-steps.js): the asynchronous steps are promise chains.
import { openOpfsStore, opfsAvailable } from './persistent-opfs.js';
import { openIndexedDbStore, indexedDbAvailable } from './persistent-indexeddb.js';
import { sequence } from './promise-steps.js';
import { addPendingFile, pendingLoader, loadPending } from './filesystem.js';
import { sourceLoader } from './persistent-source.js';

const MOUNTS = Symbol('teawasi.FileSystem.persistentMounts');

function optionsOf(options) {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object') {
    throw new TypeError('mountPersistent: options must be an object, e.g. {backend: \'auto\'}');
  }
  for (const k of Object.keys(options)) {
    if (!['backend', 'name', 'onError'].includes(k)) {
      throw new TypeError(`mountPersistent: unknown option '${k}' (known: backend, name, onError)`);
    }
  }
  const backend = options.backend === undefined ? 'auto' : options.backend;
  if (!['auto', 'opfs', 'indexeddb'].includes(backend)) {
    throw new TypeError(`mountPersistent: backend must be 'auto', 'opfs' or 'indexeddb', got ${JSON.stringify(backend)}`);
  }
  if (options.name !== undefined && (typeof options.name !== 'string' || options.name === '')) {
    throw new TypeError('mountPersistent: name must be a non-empty string');
  }
  if (options.onError !== undefined && typeof options.onError !== 'function') {
    throw new TypeError('mountPersistent: onError must be a function');
  }
  return { backend, name: options.name, onError: options.onError };
}

/** See FileSystem.mountPersistent in teawasi.d.ts. */
export function mountPersistent(fs, path, options) {
  let opts;
  try {
    opts = optionsOf(options);
  } catch (e) {
    return Promise.reject(e);
  }
  const overlap = (fs[MOUNTS] || []).find((m) => m.path === path || path.startsWith(m.path === '/' ? '/' : m.path + '/')
    || m.path.startsWith(path === '/' ? '/' : path + '/'));
  if (overlap) {
    return Promise.reject(new Error(`mountPersistent: '${path}' overlaps the persistent directory '${overlap.path}'`));
  }
  const name = opts.name !== undefined ? opts.name : path;
  let backend;
  return chooseBackend(opts.backend).then((b) => {
    backend = b;
    fs.mkdirSync(path, { recursive: true });
    if (!fs.statSync(path).isDirectory()) throw new Error(`mountPersistent: '${path}' is not a directory`);
    if (fs.readdirSync(path).length !== 0) {
      throw new Error(`mountPersistent: '${path}' is not empty (a persistent directory is mounted on an empty one)`);
    }
    return backend === 'opfs' ? openOpfsStore(name) : openIndexedDbStore(name);
  }).then((store) => store.load().then((entries) => {
    fs.flushEvents(); // changes so far go to the watchers that exist now, not to the write-through below
    let loaded = 0;
    const sources = new Map();
    for (const e of entries) {
      if (restore(fs, path, e, store, sources)) loaded++;
    }
    // directory times last (their entries changed them)
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i];
      if (e.kind === 'dir') setTime(fs, join(path, e.path), e.mtimeNs);
    }
    fs.flushEvents();
    if (!fs[MOUNTS]) Object.defineProperty(fs, MOUNTS, { value: [] });
    const mount = new PersistentMount(fs, path, backend, name, store, opts.onError, loaded, sources);
    fs[MOUNTS].push(mount);
    return mount;
  }));
}

/**
 * Makes path a file loaded on demand from source (a stored file, see persistent-source.js), e.g. a file a Worker
 * run renamed without reading it. When source belongs to a directory mounted in fs, its write-through keeps the
 * stored content until the file is loaded (as for the files it loaded itself).
 */
export function addPendingFromSource(fs, path, size, source) {
  const mount = (fs[MOUNTS] || []).find((m) => m.name === source.name && m.backend === source.backend);
  if (!mount) {
    addPendingFile(fs, path, size, sourceLoader(source));
    return;
  }
  const s = mount._s;
  const id = addPendingFile(fs, path, size, { load: () => s.store.read(source.rel), source });
  s.sources.set(id, source.rel);
}

/** The backend to use: the one asked for if it works here, or for 'auto' OPFS, else IndexedDB. */
function chooseBackend(asked) {
  return opfsAvailable().then((opfs) => {
    if (asked === 'auto') {
      if (opfs) return 'opfs';
      if (indexedDbAvailable()) return 'indexeddb';
      throw new Error('mountPersistent: this browser offers neither OPFS (navigator.storage.getDirectory with'
        + ' createWritable) nor IndexedDB, so nothing can be stored persistently');
    }
    if (asked === 'opfs' && !opfs) {
      throw new Error('mountPersistent: OPFS is not available here (needs navigator.storage.getDirectory and'
        + ' FileSystemFileHandle.createWritable, in a secure context: https or http://localhost)');
    }
    if (asked === 'indexeddb' && !indexedDbAvailable()) throw new Error('mountPersistent: IndexedDB is not available here');
    return asked;
  });
}

function join(root, rel) {
  if (rel === '') return root;
  return root === '/' ? '/' + rel : root + '/' + rel;
}

function setTime(fs, p, mtimeNs) {
  if (mtimeNs === undefined) return;
  try {
    const ns = BigInt(mtimeNs);
    fs.lutimesSync(p, ns, ns);
  } catch {
    // a damaged time is not worth failing the mount
  }
}

/**
 * Puts one stored entry into the file system; false if it cannot be (a damaged record is skipped). A file without
 * data becomes a pending file loaded from the store on first use (sources: pending id -> its storage key).
 */
function restore(fs, root, e, store, sources) {
  if (typeof e.path !== 'string' || e.path === '' || e.path.split('/').some((c) => c === '' || c === '.' || c === '..')) {
    return false;
  }
  const p = join(root, e.path);
  try {
    if (e.kind === 'dir') fs.mkdirSync(p);
    else if (e.kind === 'symlink') fs.symlinkSync(String(e.target), p);
    else if (e.kind === 'file' && e.data instanceof Uint8Array) fs.writeFileSync(p, e.data);
    else if (e.kind === 'file') {
      const rel = e.path;
      const size = typeof e.size === 'number' && e.size >= 0 ? e.size : 0;
      const loader = { load: () => store.read(rel), source: store.source(rel) };
      sources.set(addPendingFile(fs, p, size, loader), rel);
    } else return false;
    if (typeof e.mode === 'number') fs.lchmodSync(p, e.mode & 0o7777);
    if (e.kind !== 'dir') setTime(fs, p, e.mtimeNs);
    return true;
  } catch (err) {
    if (err && (err.code === 'ENOSPC' || err.code === 'EDQUOT')) throw err;
    return false;
  }
}

/** A mounted persistent directory (returned by FileSystem.mountPersistent). */
function PersistentMount(fs, path, backend, name, store, onError, loaded, sources) {
  this.path = path;
  this.backend = backend;
  this.name = name;
  this.loadedEntries = loaded;
  Object.defineProperty(this, '_s', {
    value: {
      fs, store, onError, sources, dirty: new Map(), resync: false, writing: null, timer: null, error: null, closed: false,
    },
  });
  const s = this._s;
  s.watcher = fs.watch(path, { recursive: true }, (ev) => {
    if (ev.type === 'overflow') s.resync = true;
    else if (ev.path !== path) {
      const rel = ev.path.slice(path === '/' ? 1 : path.length + 1);
      // a created directory may come with contents (a rename): store its whole subtree
      const prev = s.dirty.get(rel);
      s.dirty.set(rel, prev === 'tree' || (ev.type === 'create' && ev.kind === 'dir') ? 'tree' : 'entry');
    }
    schedule(this);
  });
}

function schedule(mount) {
  const s = mount._s;
  if (s.timer === null && !s.closed) s.timer = setTimeout(() => { s.timer = null; writeOut(mount); }, 0);
}

/** Starts writing the dirty entries (one write-out at a time); returns the promise of the current write-out. */
function writeOut(mount) {
  const s = mount._s;
  // wait for the write-out in flight, then for whatever is (still or again) pending: a second caller may have
  // started the next batch meanwhile, and this promise must not resolve before that one is stored either
  if (s.writing) return s.writing.then(() => writeOut(mount));
  if (s.dirty.size === 0 && !s.resync) return Promise.resolve();
  const batch = s.dirty;
  const resync = s.resync;
  s.dirty = new Map();
  s.resync = false;
  s.writing = writeBatch(mount, batch, resync).then(() => {
    s.writing = null;
  }, (e) => {
    s.writing = null;
    s.error = e;
    if (s.onError) {
      try { s.onError(e); } catch { /* the callback's own failure has nowhere to go */ }
    }
  });
  return s.writing;
}

function writeBatch(mount, batch, resync) {
  const s = mount._s;
  const fs = s.fs;
  if (resync) batch = new Map([['', 'tree']]);
  // parents before children, so that stores that keep real directories (OPFS) have them
  const paths = Array.from(batch.keys()).sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  const steps = [];
  if (resync) steps.push(() => s.store.clear());
  if (resync) steps.push(() => loadSourcesUnder(s, ''));
  for (const rel of paths) {
    // the stored entries at and below rel are about to be replaced or removed: pending files that still load from
    // there are loaded first; then the records are taken from the file system as it is at that moment
    steps.push(() => loadSourcesUnder(s, rel).then(() => recordsOf(mount, rel, batch.get(rel) === 'tree')).then((puts) => {
      if (puts === null) return s.store.remove(rel);
      return sequence(puts.map((rec) => () => s.store.put(rec)));
    }));
  }
  steps.push(() => s.store.commit());
  return sequence(steps);
}

/** Loads the pending files of this mount whose storage key is rel or below it ('' : all of them). */
function loadSourcesUnder(s, rel) {
  if (s.sources.size === 0) return Promise.resolve();
  const waits = [];
  for (const [id, key] of s.sources) {
    if (!pendingLoader(s.fs, id)) {
      s.sources.delete(id);
      continue;
    }
    if (rel === '' || key === rel || key.startsWith(rel + '/')) waits.push(loadPending(s.fs, id).then(() => s.sources.delete(id)));
  }
  return Promise.all(waits);
}

/**
 * The records to store for rel (with tree: also everything below it), or null when rel does not exist any more.
 * A file whose content is not loaded yet (renamed, or with new metadata) is loaded first.
 */
function recordsOf(mount, rel, tree) {
  const fs = mount._s.fs;
  const attempt = (tries) => {
    try {
      const p = join(mount.path, rel);
      const st = rel === '' ? fs.lstatSync(p) : fs.lstatSync(p, { throwIfNoEntry: false });
      if (!st) return Promise.resolve(null);
      const puts = [];
      if (rel !== '') puts.push(record(fs, rel, p, st));
      if (tree && st.isDirectory()) {
        for (const r of fs.readdirSync(p, { recursive: true })) {
          const full = rel === '' ? r : rel + '/' + r;
          const fp = join(mount.path, full);
          puts.push(record(fs, full, fp, fs.lstatSync(fp)));
        }
      }
      return Promise.resolve(puts);
    } catch (e) {
      if (!(e && e.code === 'ERR_FS_NOT_LOADED' && e.pendingId) || tries > 10000) return Promise.reject(e);
      return loadPending(fs, e.pendingId).then(() => attempt(tries + 1));
    }
  };
  return attempt(0);
}

function depth(rel) {
  let n = 0;
  for (let i = 0; i < rel.length; i++) if (rel.charCodeAt(i) === 47) n++;
  return rel === '' ? -1 : n;
}

function record(fs, rel, p, st) {
  const kind = st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : 'file';
  const r = { path: rel, kind, mode: st.mode & 0o7777, mtimeNs: String(fs.lstatSync(p, { bigint: true }).mtimeNs) };
  if (kind === 'file') r.data = fs.readFileSync(p);
  if (kind === 'symlink') r.target = fs.readlinkSync(p);
  return r;
}

const mountMethods = {
  /** Resolves when every change made so far is stored; rejects with the storage's error if writing failed. */
  flush() {
    const s = this._s;
    if (s.timer !== null) {
      clearTimeout(s.timer);
      s.timer = null;
    }
    s.fs.flushEvents();
    return writeOut(this).then(() => {
      if (s.error) {
        const e = s.error;
        s.error = null;
        throw e;
      }
    });
  },

  /** Stores what is pending, then stops writing through (the files stay in the FileSystem, no longer persistent). */
  unmount() {
    const s = this._s;
    // the files stay in the FileSystem: what is still to be loaded from storage is loaded now
    return this.flush().then(() => loadSourcesUnder(s, '')).then(() => {
      s.closed = true;
      s.watcher.close();
      const list = s.fs[MOUNTS];
      list.splice(list.indexOf(this), 1);
    });
  },
};
for (const name of Object.keys(mountMethods)) {
  Object.defineProperty(PersistentMount.prototype, name, { value: mountMethods[name], writable: true, configurable: true });
}
