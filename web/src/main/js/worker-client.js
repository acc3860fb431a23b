// The page's side of a run in a module Worker (run(wasm, {worker})): sends the module and the options that can
// cross, streams stdout/stderr back into the page's targets, and answers the guest's reads of stdin from the
// page's stdin source: through a SharedArrayBuffer the Worker blocks on (Atomics.wait) where the page is
// cross-origin isolated, else by messages while the Worker's run suspends (JSPI, or teawasi's interpreter).
// Aborting the signal terminates the Worker. A FileSystem (options.fs) crosses as a tar, except the files whose
// content is not loaded yet: those cross as where they are stored, and the Worker loads them when needed. The
// Worker sends its file changes while it runs (worker-changes.js), which the page writes into options.fs; the
// page's own changes to options.fs during the run are not sent to the Worker. The Worker's side is
// worker-runner.js.
import { loadBytes } from './load-bytes.js';
import { describe, textOrBytes } from './wasi-bytes.js';
import { Stdin, stdinMayWait } from './wasi-stdin.js';
import { makeOutput } from './wasi-output.js';
import { normaliseOptions } from './wasi-options.js';
import { FileSystem, pendingFiles, loadPending } from './filesystem.js';
import { exportTar } from './tar.js';
import { applyChanges } from './worker-changes.js';
import { addPendingFromSource } from './persistent.js';
import { isSource } from './persistent-source.js';

export const STDIN_SLOT = 65536;

function createWorker(worker) {
  if (typeof Worker === 'function' && worker instanceof Worker) return { w: worker, owned: false };
  if (typeof worker === 'string' || (typeof URL === 'function' && worker instanceof URL)) {
    if (typeof Worker !== 'function') throw new TypeError('worker: this environment has no Worker');
    return { w: new Worker(worker, { type: 'module' }), owned: true };
  }
  throw new TypeError('worker must be a Worker running teawasi\'s workerMain(), or the URL of such a module script '
    + `(e.g. new URL('teawasi/worker', import.meta.url)), got ${describe(worker)}`);
}

/** The WASI options that can be sent to a Worker; functions that cannot cross are TypeErrors. */
function crossingOptions(wasi) {
  const { stdin, stdout, stderr, random, clock, fs, ...plain } = wasi;
  if (random !== undefined) throw new TypeError('random: a function cannot cross into a Worker (the Worker uses crypto.getRandomValues)');
  if (clock !== undefined && typeof clock !== 'string') throw new TypeError("clock: only 'system' or 'virtual' can cross into a Worker");
  if (fs !== undefined && !(fs instanceof FileSystem)) throw new TypeError(`fs must be a teawasi.FileSystem, got ${describe(fs)}`);
  normaliseOptions({ ...plain, clock }); // the same TypeErrors as on the page, before a Worker starts
  return { ...plain, clock };
}

function errorFrom(m) {
  const WA = globalThis.WebAssembly;
  if (m.name === 'TimeoutError' && typeof DOMException === 'function') return new DOMException(m.message, m.name);
  const Ctor = (m.name === 'RuntimeError' || m.name === 'LinkError' || m.name === 'CompileError') && WA && WA[m.name] ? WA[m.name]
    : m.name === 'TypeError' ? TypeError : m.name === 'RangeError' ? RangeError : Error;
  const e = new Ctor(m.message);
  if (e.name !== m.name) e.name = m.name;
  return e;
}

/**
 * Makes the page's FileSystem hold what the Worker's copy holds after the run. The archive is read into a scratch
 * FileSystem first (a bad one changes nothing), then only what differs is written: change events name the real
 * changes, and a persistent directory is never emptied and refilled.
 */
function syncBack(fs, tar) {
  const next = new FileSystem();
  next.importTar(tar, '/');
  syncDirectory(next, fs, '/');
}

const kindOf = (entry) => (entry.isDirectory() ? 'dir' : entry.isSymbolicLink() ? 'link' : 'file');
const childPath = (dir, name) => (dir === '/' ? '/' + name : dir + '/' + name);

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether the file at path holds bytes (a file not loaded yet counts as different: it is replaced). */
function sameStoredBytes(fs, path, bytes) {
  try {
    return sameBytes(fs.readFileSync(path), bytes);
  } catch (e) {
    if (e && e.code === 'ERR_FS_NOT_LOADED') return false;
    throw e;
  }
}

/**
 * The page's FileSystem for a Worker: {tar, pending} where pending lists the files not loaded yet that are
 * stored persistently ({path, size, mode, mtimeNs, source}); the others not loaded yet (createLazyFile's, whose
 * loader is a function) are loaded first.
 */
async function fileSystemForWorker(fs) {
  for (const f of pendingFiles(fs)) if (!f.loader.source) await loadPending(fs, f.id);
  const pending = [];
  const skip = new Set();
  for (const f of pendingFiles(fs)) {
    const st = fs.lstatSync(f.path, { bigint: true });
    pending.push({ path: f.path, size: Number(st.size), mode: Number(st.mode) & 0o7777, mtimeNs: String(st.mtimeNs),
      source: f.loader.source });
    skip.add(f.path);
  }
  return { tar: exportTar(fs, '/', skip), pending };
}

function syncDirectory(from, to, dir) {
  const wanted = new Map(from.readdirSync(dir, { withFileTypes: true }).map((d) => [d.name, d]));
  for (const name of to.readdirSync(dir)) {
    const path = childPath(dir, name);
    const w = wanted.get(name);
    if (!w || kindOf(w) !== kindOf(to.lstatSync(path))) to.rmSync(path, { recursive: true, force: true });
  }
  for (const [name, entry] of wanted) {
    const path = childPath(dir, name);
    const had = to.lstatSync(path, { throwIfNoEntry: false });
    if (entry.isSymbolicLink()) {
      const target = from.readlinkSync(path);
      if (had && to.readlinkSync(path) === target) continue;
      if (had) to.rmSync(path);
      to.symlinkSync(target, path);
      continue;
    }
    if (entry.isDirectory()) {
      if (!had) to.mkdirSync(path);
      syncDirectory(from, to, path);
    } else {
      const bytes = from.readFileSync(path);
      if (!had || !sameStoredBytes(to, path, bytes)) to.writeFileSync(path, bytes);
    }
    const want = from.lstatSync(path);
    const now = to.lstatSync(path);
    if ((now.mode & 0o7777) !== (want.mode & 0o7777)) to.chmodSync(path, want.mode & 0o7777);
    if (now.mtimeMs !== want.mtimeMs) to.utimesSync(path, want.atime, want.mtime);
  }
}

export async function runInWorker(wasm, { engine, signal, worker, pause, limits, wasi }) {
  const options = crossingOptions(wasi);
  const fs = wasi.fs;
  const interactive = stdinMayWait(wasi.stdin);
  let stdinBytes;
  if (!interactive && wasi.stdin !== undefined && wasi.stdin !== null) {
    stdinBytes = textOrBytes(wasi.stdin);
    if (!stdinBytes) new Stdin(wasi.stdin); // eslint-disable-line no-new -- throws the TypeError naming stdin
    stdinBytes = stdinBytes.slice();
  }
  const stdin = interactive ? new Stdin(wasi.stdin) : null;
  const stdout = makeOutput(wasi.stdout, 'stdout');
  const stderr = makeOutput(wasi.stderr, 'stderr');
  const bytes = (await loadBytes(wasm, signal)).slice();
  if (signal && signal.aborted) throw signal.reason;
  const shared = fs ? await fileSystemForWorker(fs) : null;
  if (signal && signal.aborted) throw signal.reason;
  const { w, owned } = createWorker(worker);
  const isolated = globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';
  const sab = isolated && interactive ? { ctrl: new SharedArrayBuffer(8), data: new SharedArrayBuffer(STDIN_SLOT) } : null;
  return new Promise((resolve, reject) => {
    let finished = false;
    const end = (fn, value) => {
      if (finished) return;
      finished = true;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if (signal) signal.removeEventListener('abort', onAbort);
      stdout.flush();
      stderr.flush();
      if (owned || fn === reject) w.terminate();
      fn(value);
    };
    const answerStdin = async (max) => {
      try {
        await stdin.ready();
        const got = stdin.read(Math.min(max, STDIN_SLOT));
        const chunk = got === null ? null : new Uint8Array(got.buffer, got.byteOffset, got.length).slice();
        if (sab) {
          const ctrl = new Int32Array(sab.ctrl);
          if (chunk) new Uint8Array(sab.data).set(chunk);
          Atomics.store(ctrl, 1, chunk ? chunk.length : -1);
          Atomics.add(ctrl, 0, 1);
          Atomics.notify(ctrl, 0);
        } else {
          w.postMessage({ type: 'teawasi-stdin', chunk });
        }
      } catch (e) {
        end(reject, e);
      }
    };
    const onMessage = (e) => {
      const m = e.data;
      if (!m || typeof m.type !== 'string') return;
      if (m.type === 'teawasi-stdout') stdout.write(new Int8Array(m.chunk.buffer), 0, m.chunk.length);
      else if (m.type === 'teawasi-stderr') stderr.write(new Int8Array(m.chunk.buffer), 0, m.chunk.length);
      else if (m.type === 'teawasi-stdin-request') answerStdin(m.max);
      else if (m.type === 'teawasi-fs-changes') {
        try {
          if (fs && Array.isArray(m.records)) {
            applyChanges(fs, m.records, (f, path, size, source) => {
              if (!isSource(source)) throw new Error(`the Worker sent a bad source for '${path}'`);
              addPendingFromSource(f, path, size, source);
            });
          }
        } catch (err) {
          end(reject, err);
        }
      } else if (m.type === 'teawasi-fs') {
        try {
          syncBack(fs, m.tar);
        } catch (err) {
          end(reject, err);
        }
      }
      else if (m.type === 'teawasi-done') end(resolve, m.rewritten ? { exitCode: m.exitCode, engine: m.engine, worker: true, rewritten: true } : { exitCode: m.exitCode, engine: m.engine, worker: true });
      else if (m.type === 'teawasi-error') end(reject, errorFrom(m));
    };
    const onError = (e) => {
      end(reject, new Error(`the teawasi Worker failed: ${e.message || 'its script could not be loaded (does it call workerMain()?)'}`));
    };
    const onAbort = () => end(reject, signal.reason !== undefined ? signal.reason : new DOMException('the run was cancelled', 'AbortError'));
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    if (signal) signal.addEventListener('abort', onAbort);
    // the Worker runs on a copy of the FileSystem (a tar of it) and sends its changes back while it runs
    const fsTar = shared ? shared.tar : null;
    w.postMessage({ type: 'teawasi-run', bytes, engine, limits, options, interactive, stdinBytes, sab, fsTar,
      fsPending: shared ? shared.pending : null, pause }, fsTar ? [bytes.buffer, fsTar.buffer] : [bytes.buffer]);
  });
}
