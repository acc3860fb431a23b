// new WASI(options): WASI preview 1 for any WebAssembly instance (the browser's or node's own, or teawasi's
// WebAssembly polyfill), shaped like node:wasi. The functions themselves are teawasi's Java WASI layer (TeaVM
// build): WasiHost.functions() gives one JS function per WASI function taking the guest's arguments as they are;
// each import here only makes sure the Java side sees the current memory.buffer (memory.grow replaces it) and
// then calls it.
import { wasiHost, WasiCalls } from './core.js';
import { normaliseOptions } from './wasi-options.js';
import { Stdin } from './wasi-stdin.js';
import { makeOutput } from './wasi-output.js';
import { syncWait, jspiWait } from './wasi-wait.js';
import { describe } from './wasi-bytes.js';
import { FileSystem, coreOf } from './filesystem.js';
import { memoryHandle } from './webassembly/memory.js';

/** name: number of parameters, in wasi_snapshot_preview1 (wasi_unstable has the same without sock_accept). */
const FUNCTIONS = {
  args_get: 2, args_sizes_get: 2, environ_get: 2, environ_sizes_get: 2, clock_res_get: 2, clock_time_get: 3,
  fd_advise: 4, fd_allocate: 3, fd_close: 1, fd_datasync: 1, fd_fdstat_get: 2, fd_fdstat_set_flags: 2,
  fd_fdstat_set_rights: 3, fd_filestat_get: 2, fd_filestat_set_size: 2, fd_filestat_set_times: 4, fd_pread: 5,
  fd_prestat_get: 2, fd_prestat_dir_name: 3, fd_pwrite: 5, fd_read: 4, fd_readdir: 5, fd_renumber: 2, fd_seek: 4,
  fd_sync: 1, fd_tell: 2, fd_write: 4, path_create_directory: 3, path_filestat_get: 5, path_filestat_set_times: 7,
  path_link: 7, path_open: 9, path_readlink: 6, path_remove_directory: 3, path_rename: 6, path_symlink: 5,
  path_unlink_file: 3, poll_oneoff: 4, proc_raise: 1, sched_yield: 0, random_get: 2, sock_accept: 3, sock_recv: 6,
  sock_send: 5, sock_shutdown: 2,
};
/** The functions that can block (they return -1 to the JS side then). */
const BLOCKING = ['fd_read', 'poll_oneoff'];
const WOULD_BLOCK = -1;

/** Thrown by proc_exit through the guest's stack to start()/initialize(). (No class syntax in this package's
 * sources: the classic build must also load in HtmlUnit's Rhino, which has none.) */
function WasiExit(code) {
  const e = new Error(`exit ${code}`);
  Object.setPrototypeOf(e, WasiExit.prototype);
  e.code = code;
  return e;
}
WasiExit.prototype = Object.create(Error.prototype, {
  constructor: { value: WasiExit, writable: true, configurable: true },
  name: { value: 'ExitStatus', writable: true, configurable: true },
});

function direct(host, sync, name, arity) {
  const f = WasiCalls[name];
  switch (arity) {
    case 0: return () => { sync(); return f(host); };
    case 1: return (a) => { sync(); return f(host, a); };
    case 2: return (a, b) => { sync(); return f(host, a, b); };
    case 3: return (a, b, c) => { sync(); return f(host, a, b, c); };
    case 4: return (a, b, c, d) => { sync(); return f(host, a, b, c, d); };
    case 5: return (a, b, c, d, e) => { sync(); return f(host, a, b, c, d, e); };
    case 6: return (a, b, c, d, e, g) => { sync(); return f(host, a, b, c, d, e, g); };
    case 7: return (a, b, c, d, e, g, h) => { sync(); return f(host, a, b, c, d, e, g, h); };
    default: return (a, b, c, d, e, g, h, i, j) => { sync(); return f(host, a, b, c, d, e, g, h, i, j); };
  }
}

function namespaceFor(jspi) {
  if (jspi === undefined || jspi === false) return null;
  const ns = jspi === true ? globalThis.WebAssembly : jspi;
  if (!ns || typeof ns.Suspending !== 'function' || typeof ns.promising !== 'function') {
    throw new TypeError(jspi === true
      ? 'jspi: this WebAssembly has no JSPI (WebAssembly.Suspending/promising: Chrome 137+, Firefox 153+); pass '
        + 'teawasi.WebAssembly (the interpreter has it everywhere) or run in a Worker'
      : `jspi must be true or a WebAssembly namespace with Suspending and promising, got ${describe(jspi)}`);
  }
  return ns;
}

// Each WASI's state lives here, not in #private fields: the bundle targets ES2020 (esbuild would lower them to
// WeakMap look-ups on every WASI call); the import closures capture the state object itself.
const states = new WeakMap();

function stateOf(wasi, method) {
  const s = states.get(wasi);
  if (!s) throw new TypeError(`WASI.${method}: called on an object that is not a WASI`);
  return s;
}

function makeImports(s) {
  const host = s.host;
  const sync = () => {
    if (s.engineMemory) return; // the functions read teawasi's memory itself (attach)
    const b = s.memory.buffer;
    if (b !== s.buffer) {
      s.buffer = b;
      host.memory(b);
    }
  };
  const imports = {};
  for (const [name, arity] of Object.entries(FUNCTIONS)) {
    if (name === 'sock_accept' && s.options.version === 'unstable') continue;
    imports[name] = direct(host, sync, name, arity);
  }
  for (const name of BLOCKING) {
    const call = imports[name];
    const blocking = (a, b, c, d) => {
      const r = call(a, b, c, d);
      if (r !== WOULD_BLOCK) return r;
      const retry = () => call(a, b, c, d);
      if (s.wait === 'jspi') return jspiWait(host, s.stdin, retry, s.signal);
      if (typeof s.wait === 'function') return s.wait(host, s.stdin, retry);
      return syncWait(host, s.stdin, retry);
    };
    imports[name] = s.jspi ? new s.jspi.Suspending(blocking) : blocking;
  }
  imports.proc_exit = (code) => { throw new WasiExit(code); };
  return imports;
}

function attach(s, instance, method) {
  if (s.started) throw new Error(`WASI.${method}: this WASI instance has already been started`);
  const exports = instance && instance.exports;
  if (!exports || typeof exports !== 'object') {
    throw new TypeError(`WASI.${method}: instance must be a WebAssembly.Instance, got ${describe(instance)}`);
  }
  const memory = exports.memory;
  if (!memory || typeof memory !== 'object' || !('buffer' in memory)) {
    throw new TypeError(`WASI.${method}: instance.exports.memory must be a WebAssembly.Memory (the module exports no memory)`);
  }
  s.started = true;
  s.memory = memory;
  // A memory of teawasi's own WebAssembly: the functions read the engine's memory directly. Reading memory.buffer
  // on every call would hand the page a buffer, which the next memory.grow must then copy and detach.
  const engineMemory = memoryHandle(memory);
  if (engineMemory !== undefined) {
    s.host.engineMemory(engineMemory);
    s.engineMemory = true;
  }
  return exports;
}

function checkCommand(exports, method) {
  if (typeof exports._start !== 'function') {
    throw new TypeError(`WASI.${method}: instance.exports._start must be a function (the module is not a WASI command)`);
  }
  if (exports._initialize !== undefined) {
    throw new TypeError(`WASI.${method}: instance.exports._initialize must not be present (use initialize() for a reactor)`);
  }
}

/** Ends a run: flushes the outputs; returns the exit code or throws what ended the run. */
function finish(s, error) {
  s.host.flush();
  s.stdout.flush();
  s.stderr.flush();
  if (s.stdout.close) s.stdout.close();
  if (s.stderr.close) s.stderr.close();
  if (error === undefined) return 0;
  if (error instanceof WasiExit && s.options.returnOnExit) return error.code;
  throw error;
}

const UNSTARTED = { get buffer() { throw new Error('a WASI function was called before wasi.start() or wasi.initialize()'); } };

export function WASI(options) {
  if (!new.target) throw new TypeError("Class constructor WASI cannot be invoked without 'new'");
  const o = normaliseOptions(options);
  const s = {
    options: o,
    jspi: namespaceFor(options && options.jspi),
    stdin: new Stdin(options && options.stdin, 'stdin'),
    stdout: makeOutput(options ? options.stdout : undefined, 'stdout'),
    stderr: makeOutput(options ? options.stderr : undefined, 'stderr'),
    memory: UNSTARTED,
    buffer: null,
    engineMemory: false,
    started: false,
    wait: 'sync',
    signal: null,
    host: null,
  };
  const fs = options ? options.fs : undefined;
  if (fs !== undefined && !(fs instanceof FileSystem)) {
    throw new TypeError(`fs must be a teawasi.FileSystem, got ${describe(fs)}`);
  }
  s.host = wasiHost({
    version: o.version, args: o.args, env: o.env, preopens: o.preopens, terminal: o.terminal,
    clock: o.clock, random: o.random,
    stdinRead: (max) => s.stdin.read(max),
    stdinAvailable: () => s.stdin.available(),
    stdout: (bytes, off, len) => s.stdout.write(bytes, off, len),
    stderr: (bytes, off, len) => s.stderr.write(bytes, off, len),
  }, fs === undefined ? null : coreOf(fs));
  if (s.jspi) s.wait = 'jspi';
  states.set(this, s);
  this.wasiImport = Object.freeze(makeImports(s));
}

/** {wasi_snapshot_preview1: wasiImport} (or wasi_unstable for version 'unstable'), as node:wasi. */
WASI.prototype.getImportObject = function getImportObject() {
  const s = stateOf(this, 'getImportObject');
  return { [s.options.version === 'unstable' ? 'wasi_unstable' : 'wasi_snapshot_preview1']: this.wasiImport };
};

/** Runs the command's _start; returns its exit code (0 when it returns, proc_exit's code). */
WASI.prototype.start = function start(instance) {
  const s = stateOf(this, 'start');
  const exports = attach(s, instance, 'start');
  checkCommand(exports, 'start');
  if (s.jspi) throw new TypeError('WASI.start: with the jspi option the run may suspend; use await wasi.startAsync(instance)');
  try {
    exports._start();
  } catch (e) {
    return finish(s, e);
  }
  return finish(s);
};

/**
 * Like start, as a promise: with the jspi option _start runs through WebAssembly.promising so reads of stdin
 * and sleeps suspend instead of blocking the thread. signal cancels the run at its next wait.
 */
WASI.prototype.startAsync = async function startAsync(instance, options) {
  const s = stateOf(this, 'startAsync');
  const exports = attach(s, instance, 'startAsync');
  checkCommand(exports, 'startAsync');
  s.signal = (options && options.signal) || null;
  try {
    if (s.jspi) {
      // (teawasi's interpreter also takes {signal}: the run is cancelled even while it computes)
      await s.jspi.promising(exports._start, s.signal ? { signal: s.signal } : undefined)();
    } else {
      exports._start();
    }
  } catch (e) {
    return finish(s, e);
  }
  return finish(s);
};

/** Initialises a reactor: calls its _initialize when it exports one. */
WASI.prototype.initialize = function initialize(instance) {
  const s = stateOf(this, 'initialize');
  const exports = attach(s, instance, 'initialize');
  if (exports._start !== undefined) throw new TypeError('WASI.initialize: instance.exports._start must not be present (use start() for a command)');
  if (exports._initialize !== undefined && typeof exports._initialize !== 'function') {
    throw new TypeError('WASI.initialize: instance.exports._initialize must be a function');
  }
  if (exports._initialize) exports._initialize();
};

/** Internal (worker runner): blocked calls of this WASI wait through fn(host, stdin, retry), e.g. Atomics.wait. */
export function setWait(wasi, fn) {
  stateOf(wasi, 'setWait').wait = fn;
}
