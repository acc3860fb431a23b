// The Worker's side of run(wasm, {worker}) (the page's side is worker-client.js): workerMain() answers
// 'teawasi-run' messages by running the program here with runHere. Interactive stdin comes from the page: with
// a SharedArrayBuffer the guest's blocked read waits in Atomics.wait (also sleeps, which wake early when input
// arrives); without one the run suspends (JSPI, or the interpreter) until the page's answer message.
// File changes go to the page in batches while the program runs (worker-changes.js): at most every 75 ms, at a
// close or fsync, and before the run asks the page for stdin; a last batch when it ends. When more
// changes piled up than a watcher keeps (overflow), the whole tree goes back at the end instead, as a tar.
import { runHere } from './run.js';
import { FileSystem, addPendingFile } from './filesystem.js';
import { AFTER_CALL } from './wasi.js';
import { ChangeRecorder } from './worker-changes.js';
import { isSource, sourceLoader } from './persistent-source.js';

const BATCH_MS = 75;

function post(message, transfer) {
  globalThis.postMessage(message, transfer || []);
}

/**
 * A non-blocking stdin over the page's answers in the SharedArrayBuffer, and the Atomics.wait for blocked calls.
 * beforeAsk() runs before each request to the page (the file changes so far go first).
 */
function sharedStdin(sab, beforeAsk) {
  const ctrl = new Int32Array(sab.ctrl);
  const data = new Uint8Array(sab.data);
  let requested = false;
  let seen = 0;
  let eof = false;
  const take = () => {
    if (eof) return null;
    const seq = Atomics.load(ctrl, 0);
    if (requested && seq !== seen) {
      seen = seq;
      requested = false;
      const len = Atomics.load(ctrl, 1);
      if (len < 0) {
        eof = true;
        return null;
      }
      return data.slice(0, len);
    }
    if (!requested) {
      requested = true;
      beforeAsk();
      post({ type: 'teawasi-stdin-request', max: data.length });
    }
    return '';
  };
  const wait = (host, stdin, retry) => {
    for (;;) {
      beforeAsk(); // (a sleep too: what changed so far is visible while the program waits)
      const ms = host.sleepMs();
      const seq = Atomics.load(ctrl, 0);
      // an answer that is there already is taken by the retry; else sleep until one comes or the clock fires
      if (!(requested && seq !== seen)) Atomics.wait(ctrl, 0, seq, ms < 0 ? Infinity : ms);
      const r = retry();
      if (r !== -1) return r;
    }
  };
  return { take, wait };
}

/** The page's FileSystem: its tar, plus the files it has not loaded, which load here from where they are stored. */
function receiveFileSystem(m) {
  const fs = new FileSystem();
  fs.importTar(m.fsTar, '/');
  for (const f of Array.isArray(m.fsPending) ? m.fsPending : []) {
    if (!isSource(f.source)) throw new Error(`bad pending file from the page: ${String(f.path)}`);
    addPendingFile(fs, f.path, f.size, sourceLoader(f.source));
    fs.lchmodSync(f.path, f.mode);
    fs.lutimesSync(f.path, BigInt(f.mtimeNs), BigInt(f.mtimeNs));
  }
  fs.flushEvents();
  return fs;
}

/**
 * The import object with every function first waiting while pause[0] is non-zero (the page's pause option):
 * a paused program stops at its next WASI call.
 */
function pauseGate(pause) {
  return (importObject) => {
    const gated = {};
    for (const [moduleName, functions] of Object.entries(importObject)) {
      const out = {};
      for (const [name, f] of Object.entries(functions)) {
        // (a plain function with `arguments`: HtmlUnit's Rhino cannot compile a rest-parameter arrow here)
        out[name] = typeof f !== 'function' ? f : function gated() {
          while (Atomics.load(pause, 0) !== 0) Atomics.wait(pause, 0, Atomics.load(pause, 0));
          return f.apply(this, arguments);
        };
      }
      gated[moduleName] = out;
    }
    return gated;
  };
}

/** Sends the last batch; after an overflow the whole tree instead (everything loaded first). */
async function sendBack(fs, recorder) {
  if (!recorder) return;
  clearInterval(recorder.timer);
  recorder.flush();
  recorder.close();
  if (!recorder.overflowed) return;
  await fs.ready('/');
  const tar = fs.exportTar('/');
  post({ type: 'teawasi-fs', tar }, [tar.buffer]);
}

/** Call in a module Worker's script: lets a page run programs in this Worker with run(wasm, {worker}). */
export function workerMain() {
  let answer = null;
  globalThis.addEventListener('message', async (e) => {
    const m = e.data;
    if (!m || typeof m.type !== 'string') return;
    if (m.type === 'teawasi-stdin') {
      const a = answer;
      answer = null;
      if (a) a(m.chunk);
      return;
    }
    if (m.type !== 'teawasi-run') return;
    const output = (type) => (chunk) => post({ type, chunk }, [chunk.buffer]);
    let fs;
    let recorder = null;
    const flushChanges = () => { if (recorder) recorder.flush(); };
    let stdin = m.stdinBytes;
    const hooks = {};
    if (m.pause) hooks.gate = pauseGate(m.pause);
    if (m.interactive && m.sab) {
      const shared = sharedStdin(m.sab, flushChanges);
      stdin = shared.take;
      hooks.wait = shared.wait;
    } else if (m.interactive) {
      stdin = () => new Promise((resolve) => {
        flushChanges();
        answer = resolve;
        post({ type: 'teawasi-stdin-request', max: 65536 });
      });
    }
    try {
      if (m.fsTar) {
        fs = receiveFileSystem(m);
        recorder = new ChangeRecorder(fs, (records, transfer) => post({ type: 'teawasi-fs-changes', records }, transfer));
        recorder.timer = setInterval(() => recorder.flush(), BATCH_MS); // while the run suspends
      }
      const afterCall = (name) => {
        if (name === 'fd_close' || name === 'fd_sync' || name === 'fd_datasync') recorder.flush();
        else recorder.flushAfter(BATCH_MS);
      };
      const r = await runHere(m.bytes, {
        engine: m.engine,
        limits: m.limits,
        wasi: { ...m.options, fs, stdin, stdout: output('teawasi-stdout'), stderr: output('teawasi-stderr'),
          ...(recorder ? { [AFTER_CALL]: afterCall } : {}) },
      }, hooks);
      await sendBack(fs, recorder);
      post({ type: 'teawasi-done', exitCode: r.exitCode, engine: r.engine, rewritten: r.rewritten });
    } catch (err) {
      try {
        await sendBack(fs, recorder);
      } catch {
        // the run's own error is the one to report
      }
      post({ type: 'teawasi-error', name: (err && err.name) || 'Error', message: (err && err.message) || String(err) });
    }
  });
}
