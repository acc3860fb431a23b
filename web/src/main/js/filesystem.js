// teawasi.FileSystem: the in-memory file system (the Java Vfs, through FileSystemJs) with node:fs's methods,
// sync and promise forms, node-shaped errors, change events, tar import/export and persistent mounts.
import { createFileSystem } from './core.js';
import { fsError, translateError, argTypeError, argValueError } from './filesystem-errors.js';
import { Stats, Dirent } from './filesystem-stats.js';
import { exportTar, importTar } from './tar.js';
import { mountPersistent } from './persistent.js';

const CORE = Symbol('teawasi.FileSystem.core');
const WATCH = Symbol('teawasi.FileSystem.watchers');
const LAZY = Symbol('teawasi.FileSystem.pending');

/**
 * Internal (not exported by index.js): the Java core (FileSystemJs) of a FileSystem, for the other bridges (the
 * WASI class passes it to Java, which takes the Vfs from it).
 */
export function coreOf(fs) {
  if (!(fs instanceof FileSystem)) {
    throw argTypeError('fs', 'an instance of teawasi.FileSystem', fs);
  }
  return fs[CORE];
}

export const constants = Object.freeze({
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, COPYFILE_EXCL: 1,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o040000, S_IFLNK: 0o120000,
});

/** The path as the core takes it: absolute, normalized lexically like path.posix.resolve('/', p). */
function normalize(path, name = 'path') {
  if (typeof path !== 'string') {
    if (path instanceof URL && path.protocol === 'file:') {
      path = decodeURIComponent(path.pathname);
    } else {
      throw argTypeError(name, 'of type string or an instance of URL', path);
    }
  }
  if (path.indexOf('\0') >= 0) {
    throw argValueError(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  const out = [];
  for (const c of path.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') out.pop(); else out.push(c);
  }
  return '/' + out.join('/');
}

const ENCODINGS = new Set(['utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'buffer']);

function encodingOf(options, fallback) {
  const enc = typeof options === 'string' ? options : options && options.encoding != null ? options.encoding : fallback;
  if (enc == null) return null;
  if (typeof enc !== 'string' || !ENCODINGS.has(enc.toLowerCase())) {
    throw argValueError('encoding', enc, 'is invalid encoding');
  }
  const e = enc.toLowerCase();
  return e === 'buffer' ? null : e;
}

function decode(bytes, enc) {
  switch (enc) {
    case null: return bytes;
    case 'utf8': case 'utf-8': return new TextDecoder().decode(bytes);
    case 'hex': return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    case 'base64': case 'base64url': {
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      const b64 = btoa(s);
      return enc === 'base64' ? b64 : b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }
    default: { // latin1, binary, ascii
      let s = '';
      const mask = enc === 'ascii' ? 0x7f : 0xff;
      for (let i = 0; i < bytes.length; i += 0x8000) {
        s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000), (b) => b & mask));
      }
      return s;
    }
  }
}

function encode(str, enc) {
  switch (enc) {
    case null: case 'utf8': case 'utf-8': return new TextEncoder().encode(str);
    case 'hex': {
      const n = str.length >> 1;
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const b = parseInt(str.substr(i * 2, 2), 16);
        if (Number.isNaN(b)) return out.subarray(0, i);
        out[i] = b;
      }
      return out;
    }
    case 'base64': case 'base64url': {
      const s = atob(str.replace(/-/g, '+').replace(/_/g, '/').replace(/[^A-Za-z0-9+/]/g, ''));
      return Uint8Array.from(s, (c) => c.charCodeAt(0));
    }
    default: return Uint8Array.from(str, (c) => c.charCodeAt(0) & 0xff);
  }
}

/** File data given to writeFile/appendFile as bytes (a string, any typed array or DataView, an ArrayBuffer). */
function dataBytes(data, options) {
  if (typeof data === 'string') return encode(data, encodingOf(options, 'utf8'));
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && data instanceof SharedArrayBuffer)) {
    return new Uint8Array(data);
  }
  throw argTypeError('data', 'of type string or an instance of Uint8Array, TypedArray, DataView or ArrayBuffer', data);
}

function flagOf(options, fallback) {
  const flag = options && typeof options === 'object' && options.flag != null ? options.flag : fallback;
  if (!['w', 'wx', 'xw', 'a', 'ax', 'xa', 'w+', 'a+', 'wx+', 'ax+'].includes(flag)) {
    throw argValueError('flag', flag, 'is not a supported flag for writing');
  }
  return { append: flag.includes('a'), exclusive: flag.includes('x') };
}

function modeOf(options) {
  const mode = options && typeof options === 'object' ? options.mode : undefined;
  if (mode == null) return undefined;
  const m = typeof mode === 'string' ? parseInt(mode, 8) : mode;
  if (!Number.isInteger(m) || m < 0 || m > 0o7777) throw argValueError('mode', mode, 'must be an integer from 0 to 0o7777');
  return m;
}

/** Nanoseconds since the epoch as a decimal string, from a Date, seconds (number) or a numeric string. */
function timeNs(t, name) {
  // a BigInt is nanoseconds (exact); numbers are seconds, as in node
  if (t instanceof Date) return String(BigInt(t.getTime()) * 1000000n);
  if (typeof t === 'bigint') return String(t);
  if (typeof t === 'string' && /^-?\d+(\.\d+)?$/.test(t)) t = Number(t);
  if (typeof t === 'number' && Number.isFinite(t)) return String(BigInt(Math.round(t * 1e9)));
  throw argTypeError(name, 'of type number or an instance of Date', t);
}

// Written without class syntax (and without async functions): the classic script must also load in engines that
// parse neither, such as HtmlUnit's Rhino. defineMethods gives class-like non-enumerable prototype methods.
export function FileSystem(options) {
  if (!(this instanceof FileSystem)) throw new TypeError("Class constructor FileSystem cannot be invoked without 'new'");
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object') throw argTypeError('options', 'of type object', options);
  for (const k of Object.keys(options)) {
    if (k !== 'maxBytes' && k !== 'maxInodes') {
      throw new TypeError(`FileSystem: unknown option '${k}' (known: maxBytes, maxInodes)`);
    }
  }
  Object.defineProperty(this, CORE, { value: createFileSystem() });
  Object.defineProperty(this, WATCH, { value: { list: [], scheduled: false } });
  Object.defineProperty(this, LAZY, { value: { loaders: new Map(), inflight: new Map() } });
  if (options.maxBytes !== undefined || options.maxInodes !== undefined) this.setLimits(options);
  this.promises = makePromises(this);
  this.constants = constants;
}

defineMethods(FileSystem, {
  // ---- limits ----

  /** Sets the byte and inode limits (ENOSPC beyond them); Infinity for none. */
  setLimits(limits) {
    const check = (name) => {
      const v = limits[name];
      if (v === undefined) return -1;
      if (typeof v !== 'number' || Number.isNaN(v) || v < 0) {
        throw new RangeError(`FileSystem: ${name} must be a number >= 0 (Infinity for no limit), got ${String(v)}`);
      }
      return v === Infinity ? 1e19 : Math.floor(v);
    };
    if (limits === null || typeof limits !== 'object') throw argTypeError('limits', 'of type object', limits);
    const bytes = check('maxBytes');
    const inodes = check('maxInodes');
    if (inodes === 0) throw new RangeError('FileSystem: maxInodes must be >= 1 (the root directory)');
    this[CORE].setLimits(bytes, inodes);
  },

  /** {usedBytes, usedInodes, maxBytes, maxInodes}. */
  usage() {
    return this[CORE].usage();
  },

  // ---- sync API ----

  readFileSync(path, options) {
    const p = normalize(path);
    const enc = encodingOf(options, null);
    let bytes;
    try {
      bytes = this[CORE].readFile(p);
    } catch (e) {
      // node opens a directory fine and fails on the read, without a path in the message
      throw e && e.code === 'EISDIR' ? fsError('EISDIR', 'read') : translate(this, e, 'open', p);
    }
    return decode(bytes, enc);
  },

  writeFileSync(path, data, options) {
    const p = normalize(path);
    const bytes = dataBytes(data, options);
    const { append, exclusive } = flagOf(options, 'w');
    const mode = modeOf(options);
    const existed = mode !== undefined && this[CORE].exists(p);
    call(this, () => this[CORE].writeFile(p, bytes, append, exclusive), 'open', p);
    if (mode !== undefined && !existed) this[CORE].chmod(p, mode, true);
  },

  appendFileSync(path, data, options) {
    const p = normalize(path);
    const bytes = dataBytes(data, options);
    const { exclusive } = flagOf(options, 'a');
    call(this, () => this[CORE].writeFile(p, bytes, true, exclusive), 'open', p);
  },

  /** Returns undefined, or with recursive the first directory created (undefined when none was). */
  mkdirSync(path, options) {
    const p = normalize(path);
    const recursive = !!(options && typeof options === 'object' && options.recursive);
    const mode = typeof options === 'number' || typeof options === 'string' ? modeOf({ mode: options }) : modeOf(options);
    const first = call(this, () => this[CORE].mkdir(p, recursive), 'mkdir', p);
    if (mode !== undefined) {
      if (!recursive) this[CORE].chmod(p, mode, false);
      else if (first != null) for (let d = p; d.length >= first.length; d = d.slice(0, d.lastIndexOf('/'))) this[CORE].chmod(d, mode, false);
    }
    return recursive && first != null ? first : undefined;
  },

  readdirSync(path, options) {
    const p = normalize(path);
    const withFileTypes = !!(options && typeof options === 'object' && options.withFileTypes);
    const recursive = !!(options && typeof options === 'object' && options.recursive);
    const out = [];
    const dirs = [''];
    while (dirs.length) {
      const rel = dirs.shift();
      const dirPath = rel === '' ? p : (p === '/' ? '' : p) + '/' + rel;
      const flat = call(this, () => this[CORE].readdir(dirPath), 'scandir', dirPath);
      for (let i = 0; i < flat.length; i += 2) {
        const name = rel === '' ? flat[i] : rel + '/' + flat[i];
        const kind = flat[i + 1];
        if (withFileTypes) out.push(new Dirent(flat[i], kind, dirPath));
        else out.push(name);
        if (recursive && kind === 'dir') dirs.push(name);
      }
    }
    return out;
  },

  statSync(path, options) {
    return statOf(this, path, options, true);
  },

  lstatSync(path, options) {
    return statOf(this, path, options, false);
  },

  existsSync(path) {
    try {
      return this[CORE].exists(normalize(path));
    } catch {
      return false;
    }
  },

  /** Throws ENOENT when path does not resolve (there are no permissions to check: every mode is granted). */
  accessSync(path) {
    const p = normalize(path);
    call(this, () => this[CORE].stat(p, true), 'access', p);
  },

  rmSync(path, options) {
    const p = normalize(path);
    const recursive = !!(options && options.recursive);
    const force = !!(options && options.force);
    try {
      this[CORE].rm(p, recursive, force);
    } catch (e) {
      if (e && e.code === 'EISDIR') {
        const err = new Error(`Path is a directory: rm returned EISDIR (is a directory) ${p}`);
        err.code = 'ERR_FS_EISDIR';
        err.errno = 21;
        err.syscall = 'rm';
        err.path = p;
        throw err;
      }
      // node looks the path up first: a missing one fails in lstat
      throw translate(this, e, e && (e.code === 'ENOENT' || e.code === 'ENOTDIR') ? 'lstat' : 'rm', p);
    }
  },

  rmdirSync(path, options) {
    const p = normalize(path);
    if (options && options.recursive) {
      return this.rmSync(p, { recursive: true });
    }
    call(this, () => this[CORE].rmdir(p), 'rmdir', p);
  },

  unlinkSync(path) {
    const p = normalize(path);
    call(this, () => this[CORE].unlink(p), 'unlink', p);
  },

  renameSync(oldPath, newPath) {
    const a = normalize(oldPath, 'oldPath');
    const b = normalize(newPath, 'newPath');
    call(this, () => this[CORE].rename(a, b), 'rename', a, b);
  },

  /** A symlink at path pointing to target (stored as written; relative targets resolve from the link's directory). */
  symlinkSync(target, path) {
    if (typeof target !== 'string') throw argTypeError('target', 'of type string', target);
    const p = normalize(path);
    call(this, () => this[CORE].symlink(target, p), 'symlink', target, p);
  },

  readlinkSync(path, options) {
    const p = normalize(path);
    const t = call(this, () => this[CORE].readlink(p), 'readlink', p);
    const enc = encodingOf(options, 'utf8');
    return enc === null ? new TextEncoder().encode(t) : t;
  },

  linkSync(existingPath, newPath) {
    const a = normalize(existingPath, 'existingPath');
    const b = normalize(newPath, 'newPath');
    call(this, () => this[CORE].link(a, b), 'link', a, b);
  },

  chmodSync(path, mode) {
    const p = normalize(path);
    const m = modeOf({ mode });
    if (m === undefined) throw argTypeError('mode', 'of type number', mode);
    call(this, () => this[CORE].chmod(p, m, true), 'chmod', p);
  },

  lchmodSync(path, mode) {
    const p = normalize(path);
    const m = modeOf({ mode });
    if (m === undefined) throw argTypeError('mode', 'of type number', mode);
    call(this, () => this[CORE].chmod(p, m, false), 'lchmod', p);
  },

  utimesSync(path, atime, mtime) {
    const p = normalize(path);
    const a = timeNs(atime, 'atime');
    const m = timeNs(mtime, 'mtime');
    call(this, () => this[CORE].utimes(p, a, m, true), 'utime', p);
  },

  lutimesSync(path, atime, mtime) {
    const p = normalize(path);
    const a = timeNs(atime, 'atime');
    const m = timeNs(mtime, 'mtime');
    call(this, () => this[CORE].utimes(p, a, m, false), 'lutime', p);
  },

  truncateSync(path, len = 0) {
    const p = normalize(path);
    if (typeof len !== 'number' || !Number.isInteger(len) || len < 0) throw argTypeError('len', 'an integer >= 0', len);
    call(this, () => this[CORE].truncate(p, len), 'open', p);
  },

  copyFileSync(src, dest, mode = 0) {
    const a = normalize(src, 'src');
    const b = normalize(dest, 'dest');
    call(this, () => this[CORE].copyFile(a, b, (mode & constants.COPYFILE_EXCL) !== 0), 'copyfile', a, b);
  },

  realpathSync(path) {
    const p = normalize(path);
    return call(this, () => this[CORE].realpath(p), 'realpath', p);
  },

  // ---- change events ----

  /**
   * Calls listener({type, path, kind}) for each change under path: type 'create' | 'modify' | 'delete' (a rename is
   * a delete and a create), or 'overflow' when changes were dropped. Without recursive only path itself and its
   * direct entries. Changes made by a guest through WASI and by JS alike, delivered in a microtask after the
   * change (a run's changes after its slice). Returns a watcher whose close() stops the events.
   */
  watch(path, options, listener) {
    if (typeof options === 'function') {
      listener = options;
      options = {};
    }
    if (typeof listener !== 'function') throw argTypeError('listener', 'of type function', listener);
    const p = normalize(path);
    const recursive = !!(options && options.recursive);
    const state = this[WATCH];
    const core = this[CORE];
    const w = { path: p, recursive, listener, closed: false };
    if (state.list.length === 0) {
      core.watchChanges(() => {
        if (!state.scheduled) {
          state.scheduled = true;
          queueMicrotask(() => drain(this));
        }
      });
    }
    state.list.push(w);
    return {
      close() {
        if (w.closed) return;
        w.closed = true;
        state.list.splice(state.list.indexOf(w), 1);
        if (state.list.length === 0) core.unwatchChanges();
      },
    };
  },

  /** Delivers the pending change events now (they also arrive by themselves in a microtask). */
  flushEvents() {
    drain(this);
  },

  // ---- files loaded on demand ----

  /**
   * Creates or replaces the file at path as one whose content is loaded on demand: stat sees size bytes; the first
   * operation that needs the content (a guest's open, readFile, ...) calls load(), which returns (a promise of) the
   * bytes. Sync methods that need it before then throw ERR_FS_NOT_LOADED; see ready().
   */
  createLazyFile(path, size, load) {
    const p = normalize(path);
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw argTypeError('size', 'an integer >= 0', size);
    if (typeof load !== 'function') throw argTypeError('load', 'of type function', load);
    addPendingFile(this, p, size, {
      load: () => Promise.resolve(load()).then((data) => {
        if (data instanceof Uint8Array) return data;
        if (ArrayBuffer.isView(data) || data instanceof ArrayBuffer) return dataBytes(data);
        throw argTypeError('the value load() resolved to', 'an instance of Uint8Array, TypedArray, DataView or ArrayBuffer', data);
      }),
    });
  },

  /**
   * Loads the content of every file at or below path (default '/') that is not loaded yet (files of persistent
   * directories are loaded on first use); afterwards the sync methods can read them.
   */
  ready(path) {
    let p;
    try {
      p = normalize(path === undefined ? '/' : path);
      p = this[CORE].exists(p) ? this[CORE].realpath(p) : p;
    } catch (e) {
      return Promise.reject(e);
    }
    return loadPendingUnder(this, [p], () => true);
  },

  // ---- tar ----

  /** The tree at path (default '/') as a tar archive (ustar, pax headers for long names, sub-second times). */
  exportTar(path) {
    return exportTar(this, normalize(path === undefined ? '/' : path));
  },

  /** Extracts a tar archive into the directory path (default '/', created if missing): {entries, skipped}. */
  importTar(archive, path, options) {
    return importTar(this, archive, normalize(path === undefined ? '/' : path), options);
  },

  // ---- persistence ----

  /** Mounts a directory kept in the browser's storage (OPFS or IndexedDB) at path; see teawasi.d.ts. */
  mountPersistent(path, options) {
    let p;
    try {
      p = normalize(path);
    } catch (e) {
      return Promise.reject(e);
    }
    return mountPersistent(this, p, options);
  },
});

function statOf(fs, path, options, follow) {
  const p = normalize(path);
  const bigint = !!(options && options.bigint);
  try {
    return new Stats(fs[CORE].stat(p, follow), bigint);
  } catch (e) {
    if (options && options.throwIfNoEntry === false && e && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) {
      return undefined;
    }
    throw translateError(e, follow ? 'stat' : 'lstat', p);
  }
}

function defineMethods(ctor, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(ctor.prototype, name, { value: methods[name], writable: true, configurable: true });
  }
}

function call(fs, fn, syscall, path, dest) {
  try {
    return fn();
  } catch (e) {
    throw translate(fs, e, syscall, path, dest);
  }
}

/** translateError, and for a file whose content is not loaded yet the error telling to wait for it. */
function translate(fs, e, syscall, path, dest) {
  if (e && e.teawasiErrno && e.code === 'WOULD_BLOCK') return notLoadedError(fs, syscall, path);
  return translateError(e, syscall, path, dest);
}

function notLoadedError(fs, syscall, path) {
  const id = fs[CORE].takeAwaitedLoad();
  const where = (id && fs[CORE].pendingPath(id)) || path;
  const e = new Error(`ERR_FS_NOT_LOADED: the content of '${where}' (a file of a persistent directory, loaded on `
    + `demand) is not loaded yet, ${syscall} '${path}': use the promise form (fs.promises) or await `
    + `fs.ready('${where}') before the sync call`);
  e.code = 'ERR_FS_NOT_LOADED';
  e.syscall = syscall;
  e.path = path;
  Object.defineProperty(e, 'pendingId', { value: id });
  return e;
}

function under(w, path) {
  if (path === w.path) return true;
  const prefix = w.path === '/' ? '/' : w.path + '/';
  if (!path.startsWith(prefix)) return false;
  return w.recursive || path.indexOf('/', prefix.length) < 0;
}

function drain(fs) {
  const state = fs[WATCH];
  state.scheduled = false;
  const flat = fs[CORE].takeChanges();
  if (flat.length === 0) return;
  const watchers = state.list.slice();
  for (let i = 0; i < flat.length; i += 3) {
    const type = flat[i];
    const path = flat[i + 1];
    const event = { type, path, kind: flat[i + 2] };
    for (const w of watchers) {
      if (w.closed || (type !== 'overflow' && !under(w, path))) continue;
      try {
        w.listener(event);
      } catch (e) {
        // one failing listener must not stop the others: report it like an uncaught error
        setTimeout(() => { throw e; }, 0);
      }
    }
  }
}

const PROMISE_METHODS = ['readFile', 'writeFile', 'appendFile', 'mkdir', 'readdir', 'stat', 'lstat', 'rm', 'rmdir',
  'unlink', 'rename', 'symlink', 'readlink', 'link', 'chmod', 'lchmod', 'utimes', 'lutimes', 'truncate', 'copyFile',
  'realpath', 'access'];

function makePromises(fs) {
  const p = {};
  for (const name of PROMISE_METHODS) {
    const sync = fs[name + 'Sync'];
    // a file not loaded yet (a persistent directory's) is loaded, then the call repeated
    p[name] = (...args) => {
      let loads = 0;
      const attempt = () => new Promise((resolve) => resolve(sync.apply(fs, args))).catch((e) => {
        if (!(e && e.code === 'ERR_FS_NOT_LOADED' && e.pendingId) || ++loads > 100) throw e;
        return loadPending(fs, e.pendingId).then(attempt);
      });
      return attempt();
    };
  }
  p.exists = (path) => Promise.resolve(fs.existsSync(path));
  return Object.freeze(p);
}

export { fsError };

// ---- files whose content is loaded on demand (internal: persistent.js, wasi.js, the Worker runner) ----

/**
 * Creates (or replaces) the file at the normalized path p as pending: stat sees size bytes, the content comes from
 * loader.load() (a promise of a Uint8Array) when first needed, or from loader.loadSync() where it has one (a
 * Worker's OPFS access handle). Returns the pending id.
 */
export function addPendingFile(fs, p, size, loader) {
  const id = call(fs, () => fs[CORE].addPendingFile(p, size), 'open', p);
  fs[LAZY].loaders.set(id, loader);
  return id;
}

/** The loader of pending file id (undefined once loaded or gone). */
export function pendingLoader(fs, id) {
  return fs[CORE].pendingPath(id) === null ? undefined : fs[LAZY].loaders.get(id);
}

function fill(fs, id, bytes) {
  const path = fs[CORE].pendingPath(id);
  try {
    fs[CORE].fillPending(id, bytes);
  } catch (e) {
    throw translateError(e, 'open', path);
  }
  fs[LAZY].loaders.delete(id);
}

/** Loads pending file id (once, however many callers wait for it); resolves when it needs nothing more. */
export function loadPending(fs, id) {
  const lazy = fs[LAZY];
  const running = lazy.inflight.get(id);
  if (running) return running;
  const loader = pendingLoader(fs, id);
  if (!loader) {
    lazy.loaders.delete(id);
    return Promise.resolve();
  }
  const done = Promise.resolve().then(() => loader.load()).then((bytes) => {
    lazy.inflight.delete(id);
    fill(fs, id, bytes);
  }, (e) => {
    lazy.inflight.delete(id);
    throw e;
  });
  lazy.inflight.set(id, done);
  return done;
}

/** Loads pending file id now if its loader can (loadSync); false when it cannot. */
export function loadPendingSync(fs, id) {
  const loader = pendingLoader(fs, id);
  if (!loader) return true;
  if (typeof loader.loadSync !== 'function') return false;
  fill(fs, id, loader.loadSync());
  return true;
}

/** The pending id an operation last needed (0: none), once, and its path. */
export function takeAwaitedLoad(fs) {
  const id = fs[CORE].takeAwaitedLoad();
  return { id, path: id ? fs[CORE].pendingPath(id) : null };
}

/** Marks a failed load: the guest's next access of the file gets an errno (ENOSPC or EIO) once. */
export function failPending(fs, id, error) {
  fs[CORE].failPending(id, !!(error && error.code === 'ENOSPC'));
}

/**
 * Loads the pending files at or below any of the normalized paths roots for which want(loader) is true, a few at
 * a time; resolves when all are loaded.
 */
export function loadPendingUnder(fs, roots, want) {
  const core = fs[CORE];
  const ids = [];
  for (const id of Array.from(core.pendingIds())) {
    const path = core.pendingPath(id);
    const loader = fs[LAZY].loaders.get(id);
    if (path === null || !loader || !want(loader)) continue;
    if (roots.some((r) => r === '/' || path === r || path.startsWith(r + '/'))) ids.push(id);
  }
  let next = 0;
  const worker = () => (next < ids.length ? loadPending(fs, ids[next++]).then(worker) : Promise.resolve());
  const lanes = [];
  for (let i = 0; i < Math.min(8, ids.length); i++) lanes.push(worker());
  return Promise.all(lanes).then(() => undefined);
}

/** The files whose content is not loaded yet: [{id, path, loader}]. */
export function pendingFiles(fs) {
  const out = [];
  for (const id of Array.from(fs[CORE].pendingIds())) {
    const path = fs[CORE].pendingPath(id);
    const loader = fs[LAZY].loaders.get(id);
    if (path !== null && loader) out.push({ id, path, loader });
  }
  return out;
}

/** Whether the FileSystem has files whose content is not loaded yet. */
export function hasPending(fs) {
  return fs[CORE].pendingIds().length > 0;
}

/** Normalizes a path as the FileSystem methods do (internal). */
export function normalizePath(path) {
  return normalize(path);
}
