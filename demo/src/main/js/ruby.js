// Ruby in the terminal, the page's side: CRuby 4.0 for WASI (@ruby/4.0-wasm-wasi) through its own JS package
// (@ruby/wasm-wasi) given teawasi's WASI, running in a module Worker (ruby-worker.js) so that the page stays
// responsive while Ruby starts (seconds natively, minutes on the interpreter) and Stop can end it at any point.
// `ruby` alone is a REPL (irb-like: multi-line input, `=> value`, errors in red, exit or Ctrl-D to leave);
// `ruby FILE [ARGS]` loads a script from the files (relative to /home); `ruby -e CODE` runs CODE. Files under
// /home and /tmp go to the worker when Ruby starts and come back after each evaluation.
import { colour } from './ansi.js';

let worker = null;       // kept between runs (it caches the compiled module), replaced after a Stop
let workerHasWasm = false;
let workerNoWasm = null;

function pageFiles(fs) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        files.push({ path, dir: true });
        walk(path);
      } else if (entry.isFile()) {
        files.push({ path, data: fs.readFileSync(path) });
      }
    }
  };
  for (const root of ['/home', '/tmp']) if (fs.existsSync(root)) walk(root);
  return files;
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Makes the page's /home and /tmp what the worker's are (only what differs is written or removed). */
function applyFiles(fs, files) {
  const present = new Set();
  for (const f of files) {
    present.add(f.path);
    if (f.dir) {
      if (!fs.existsSync(f.path)) fs.mkdirSync(f.path, { recursive: true });
    } else if (!fs.existsSync(f.path) || !sameBytes(fs.readFileSync(f.path), f.data)) {
      fs.writeFileSync(f.path, f.data);
    }
  }
  for (const f of pageFiles(fs).reverse()) {
    if (!present.has(f.path) && fs.existsSync(f.path)) fs.rmSync(f.path, { recursive: true, force: true });
  }
}

function scriptOf(args, fs) {
  if (args.length === 0) return null;
  if (args[0] === '-e') {
    if (args.length < 2) throw new Error('ruby: -e needs the code to run');
    return { kind: 'e', code: args[1], args: args.slice(2) };
  }
  const path = args[0].startsWith('/') ? args[0] : `/home/${args[0]}`;
  if (!fs) throw new Error('ruby: this teawasi build has no FileSystem, so there are no script files (use ruby -e CODE)');
  if (!fs.existsSync(path)) throw new Error(`ruby: no such file: ${args[0]} (relative paths are in /home)`);
  return { kind: 'file', code: args[0], args: args.slice(1) };
}

/**
 * opts: { engines, bytes, args, choice, fs, terminal, control, onPhase }
 * resolves the run summary: { engine, compileMs, cached, runMs, initMs, ended, exitCode, error }
 */
export async function runRuby(opts) {
  const { engines, bytes, args, choice, fs, terminal, control, onPhase } = opts;
  const engine = choice === 'auto' ? (engines.hasNative() ? 'native' : 'interpreter') : choice;
  if (engine === 'native' && !engines.hasNative()) throw new Error('native WebAssembly is not available on this page');
  if (engine === 'interpreter' && !engines.hasInterpreter()) {
    throw new Error('this teawasi build has no WebAssembly namespace (the interpreter)');
  }
  const script = scriptOf(args, fs);
  const nowasm = !engines.native;
  if (worker && workerNoWasm !== nowasm) {
    worker.terminate();
    worker = null;
  }
  if (!worker) {
    worker = new Worker(new URL('./ruby-worker.mjs', import.meta.url), { type: 'module', name: 'ruby' });
    workerHasWasm = false;
    workerNoWasm = nowasm;
  }
  const w = worker;
  const started = performance.now();
  return new Promise((resolve) => {
    let compiledInfo = { compileMs: 0, cached: false };
    let reading = false;
    let interrupted = false;
    const finish = (result) => {
      w.onmessage = null;
      w.onerror = null;
      control.onStop = null;
      terminal.onInterrupt = null;
      resolve({ engine, ...compiledInfo, runMs: performance.now() - started, exitCode: null, ...result });
    };
    const stop = () => {
      w.terminate();
      if (worker === w) worker = null;
      terminal.cancelRead();
      terminal.dropTypeahead();
      finish({ ended: 'stopped' });
    };
    control.onStop = stop;
    terminal.onInterrupt = () => {
      if (reading) interrupted = true; // Ctrl-C at the REPL prompt drops the input, like irb
      else control.stop();
    };
    w.onerror = (e) => {
      e.preventDefault();
      if (worker === w) worker = null;
      finish({ ended: 'failed', error: { name: 'Error', message: e.message || 'the Ruby worker failed' } });
    };
    w.onmessage = async (event) => {
      const m = event.data;
      switch (m.type) {
        case 'phase': onPhase?.(m.text); break;
        case 'compiled': compiledInfo = { compileMs: m.compileMs, cached: m.cached }; break;
        case 'out':
          if (m.stream === 'note') terminal.write(colour.dim(m.text.replace(/\n/g, '\r\n')));
          else if (m.stream === 'result') {
            await terminal.newlineIfNeeded();
            terminal.write(m.text.replace(/\n/g, '\r\n'));
          } else terminal.writeStream(m.stream, m.bytes);
          break;
        case 'need-line': {
          await terminal.newlineIfNeeded();
          reading = true;
          interrupted = false;
          const line = await terminal.readLine(colour.cyan(m.prompt));
          reading = false;
          if (control.stopped) return;
          if (line === null) w.postMessage(interrupted ? { type: 'cancel' } : { type: 'eof' });
          else w.postMessage({ type: 'line', text: line });
          break;
        }
        case 'files': if (fs) applyFiles(fs, m.files); break;
        case 'done': {
          const r = m.result;
          if (r.error && worker === w) {
            w.terminate();
            worker = null;
          }
          finish({ ...r, runMs: r.runMs || performance.now() - started });
          break;
        }
        default:
      }
    };
    // File contents are copied (structured clone), never transferred: they may be views of the FileSystem's storage.
    const message = { type: 'start', engine, nowasm, files: fs ? pageFiles(fs) : [], script };
    const transfer = [];
    if (!workerHasWasm) {
      message.wasm = bytes.slice().buffer; // a copy: the page keeps its own for the next worker
      transfer.push(message.wasm);
      workerHasWasm = true;
    }
    w.postMessage(message, transfer);
  });
}
