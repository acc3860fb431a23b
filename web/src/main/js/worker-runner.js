// The Worker's side of run(wasm, {worker}) (the page's side is worker-client.js): workerMain() answers
// 'teawasi-run' messages by running the program here with runHere. Interactive stdin comes from the page: with
// a SharedArrayBuffer the guest's blocked read waits in Atomics.wait (also sleeps, which wake early when input
// arrives); without one the run suspends (JSPI, or the interpreter) until the page's answer message.
import { runHere } from './run.js';
import { FileSystem } from './filesystem.js';

function post(message, transfer) {
  globalThis.postMessage(message, transfer || []);
}

/** A non-blocking stdin over the page's answers in the SharedArrayBuffer, and the Atomics.wait for blocked calls. */
function sharedStdin(sab) {
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
      post({ type: 'teawasi-stdin-request', max: data.length });
    }
    return '';
  };
  const wait = (host, stdin, retry) => {
    for (;;) {
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

function sendBack(fs) {
  if (!fs) return;
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
    let stdin = m.stdinBytes;
    const hooks = {};
    if (m.pause) hooks.gate = pauseGate(m.pause);
    if (m.interactive && m.sab) {
      const shared = sharedStdin(m.sab);
      stdin = shared.take;
      hooks.wait = shared.wait;
    } else if (m.interactive) {
      stdin = () => new Promise((resolve) => {
        answer = resolve;
        post({ type: 'teawasi-stdin-request', max: 65536 });
      });
    }
    let fs;
    try {
      if (m.fsTar) {
        fs = new FileSystem();
        fs.importTar(m.fsTar, '/');
      }
      const r = await runHere(m.bytes, {
        engine: m.engine,
        limits: m.limits,
        wasi: { ...m.options, fs, stdin, stdout: output('teawasi-stdout'), stderr: output('teawasi-stderr') },
      }, hooks);
      sendBack(fs);
      post({ type: 'teawasi-done', exitCode: r.exitCode, engine: r.engine, rewritten: r.rewritten });
    } catch (err) {
      try {
        sendBack(fs);
      } catch {
        // the run's own error is the one to report
      }
      post({ type: 'teawasi-error', name: (err && err.name) || 'Error', message: (err && err.message) || String(err) });
    }
  });
}
