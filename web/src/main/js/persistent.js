// A directory of a teawasi.FileSystem kept in the browser's persistent storage (OPFS, or IndexedDB where OPFS is
// missing): mountPersistent loads what was stored when it is called, then every change under the directory (by JS
// or by a guest) is written through in the background, batched per task; mount.flush() waits until all is stored.
// No async functions or generators (see promise-steps.js): the asynchronous steps are promise chains.
import { openOpfsStore, opfsAvailable } from './persistent-opfs.js';
import { openIndexedDbStore, indexedDbAvailable } from './persistent-indexeddb.js';
import { sequence } from './promise-steps.js';

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
    for (const e of entries) {
      if (restore(fs, path, e)) loaded++;
    }
    // directory times last (their entries changed them)
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i];
      if (e.kind === 'dir') setTime(fs, join(path, e.path), e.mtimeNs);
    }
    fs.flushEvents();
    if (!fs[MOUNTS]) Object.defineProperty(fs, MOUNTS, { value: [] });
    const mount = new PersistentMount(fs, path, backend, name, store, opts.onError, loaded);
    fs[MOUNTS].push(mount);
    return mount;
  }));
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

/** Puts one stored entry into the file system; false if it cannot be (a damaged record is skipped). */
function restore(fs, root, e) {
  if (typeof e.path !== 'string' || e.path === '' || e.path.split('/').some((c) => c === '' || c === '.' || c === '..')) {
    return false;
  }
  const p = join(root, e.path);
  try {
    if (e.kind === 'dir') fs.mkdirSync(p);
    else if (e.kind === 'symlink') fs.symlinkSync(String(e.target), p);
    else if (e.kind === 'file') fs.writeFileSync(p, e.data instanceof Uint8Array ? e.data : new Uint8Array(0));
    else return false;
    if (typeof e.mode === 'number') fs.lchmodSync(p, e.mode & 0o7777);
    if (e.kind !== 'dir') setTime(fs, p, e.mtimeNs);
    return true;
  } catch (err) {
    if (err && (err.code === 'ENOSPC' || err.code === 'EDQUOT')) throw err;
    return false;
  }
}

/** A mounted persistent directory (returned by FileSystem.mountPersistent). */
function PersistentMount(fs, path, backend, name, store, onError, loaded) {
  this.path = path;
  this.backend = backend;
  this.name = name;
  this.loadedEntries = loaded;
  Object.defineProperty(this, '_s', {
    value: { fs, store, onError, dirty: new Map(), resync: false, writing: null, timer: null, error: null, closed: false },
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
  for (const rel of paths) {
    steps.push(() => {
      const p = join(mount.path, rel);
      const st = rel === '' ? fs.lstatSync(p) : fs.lstatSync(p, { throwIfNoEntry: false });
      if (!st) return s.store.remove(rel);
      const puts = [];
      if (rel !== '') puts.push(record(fs, rel, p, st));
      if (batch.get(rel) === 'tree' && st.isDirectory()) {
        for (const r of fs.readdirSync(p, { recursive: true })) {
          const full = rel === '' ? r : rel + '/' + r;
          const fp = join(mount.path, full);
          puts.push(record(fs, full, fp, fs.lstatSync(fp)));
        }
      }
      return sequence(puts.map((rec) => () => s.store.put(rec)));
    });
  }
  steps.push(() => s.store.commit());
  return sequence(steps);
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
    return this.flush().then(() => {
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
