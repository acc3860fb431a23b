// The Ruby worker: CRuby for WASI runs here, not on the page, because its JS glue (@ruby/wasm-wasi, RubyVM) calls
// the module synchronously: Ruby's start takes seconds natively and minutes on the interpreter, and the page must
// stay responsive (and able to stop it: the page terminates this worker). The worker has its own teawasi
// FileSystem holding a copy of the page's /home and /tmp; after every evaluation the files go back to the page.
import * as teawasi from 'teawasi';
import { RubyVM } from '@ruby/wasm-wasi';
import { registerWebAssembly } from './ruby-glue-webassembly.js';
import { HELPER, b64 } from './ruby-helper.js';

const post = (message, transfer) => self.postMessage(message, transfer ?? []);
const compiled = new Map(); // engine -> Module (kept while the worker lives)
let wasmBytes = null;
let nativeWebAssembly = globalThis.WebAssembly;
const inbox = [];
let wake = null;

self.onmessage = (event) => {
  const m = event.data;
  if (m.type === 'start') {
    start(m).catch((e) => post({ type: 'done', result: { ended: 'failed', error: describeError(e) } }));
  } else {
    inbox.push(m);
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  }
};

function describeError(e) {
  return { name: e?.name ?? 'Error', message: e?.message ?? String(e) };
}

async function nextInput() {
  while (inbox.length === 0) await new Promise((resolve) => { wake = resolve; });
  return inbox.shift();
}

/** The worker's file system: the page's snapshot of /home and /tmp. */
function loadFiles(fs, files) {
  for (const f of files) {
    if (f.dir) fs.mkdirSync(f.path, { recursive: true });
    else fs.writeFileSync(f.path, f.data);
  }
}

function snapshot(fs) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        files.push({ path, dir: true });
        walk(path);
      } else if (entry.isFile()) {
        files.push({ path, data: fs.readFileSync(path).slice() }); // a copy: it is transferred
      }
    }
  };
  for (const root of ['/home', '/tmp']) if (fs.existsSync(root)) walk(root);
  return files;
}

function sendFiles(fs) {
  if (!fs) return;
  const files = snapshot(fs);
  post({ type: 'files', files }, files.filter((f) => f.data).map((f) => f.data.buffer));
}

async function compile(engine) {
  if (compiled.has(engine)) return { module: compiled.get(engine), compileMs: 0, cached: true };
  const ns = engine === 'native' ? nativeWebAssembly : teawasi.WebAssembly;
  const started = performance.now();
  const module = await ns.compile(wasmBytes);
  compiled.set(engine, module);
  return { module, compileMs: performance.now() - started, cached: false };
}

async function start(m) {
  if (m.nowasm && globalThis.WebAssembly) {
    delete globalThis.WebAssembly; // as on the page: this worker must not use what the page hides
    nativeWebAssembly = undefined;
  }
  if (m.wasm) wasmBytes = new Uint8Array(m.wasm);
  const engine = m.engine;
  if (engine === 'native' && !nativeWebAssembly) throw new Error('native WebAssembly is not available');
  const ns = engine === 'native' ? nativeWebAssembly : teawasi.WebAssembly;
  registerWebAssembly(ns);
  post({ type: 'phase', text: `ruby: compiling ruby.wasm (${(wasmBytes.length / 1048576).toFixed(0)} MB) on ${engine}…` });
  const { module, compileMs, cached } = await compile(engine);
  const result = { engine, compileMs, cached, runMs: 0, exitCode: null, ended: 'failed', error: null };
  post({ type: 'compiled', compileMs, cached });

  const fs = new teawasi.FileSystem();
  fs.mkdirSync('/home', { recursive: true });
  fs.mkdirSync('/tmp', { recursive: true });
  loadFiles(fs, m.files);
  const wasi = new teawasi.WASI({
    args: ['ruby'],
    env: { HOME: '/home', TERM: 'xterm-256color' },
    fs,
    preopens: { '/home': '/home', '/tmp': '/tmp' },
    stdout: (b) => post({ type: 'out', stream: 'stdout', bytes: b.slice() }),
    stderr: (b) => post({ type: 'out', stream: 'stderr', bytes: b.slice() }),
  });
  const started = performance.now();
  post({ type: 'phase', text: `ruby: starting the Ruby VM on ${engine}${engine === 'interpreter' ? ' (this takes a minute or more)' : ''}…` });
  const vm = new RubyVM();
  const imports = { wasi_snapshot_preview1: wasi.wasiImport };
  vm.addToImports(imports);
  const instance = await ns.instantiate(module, imports);
  await vm.setInstance(instance);
  wasi.initialize(instance);
  vm.initialize(['ruby.wasm', '-EUTF-8', '-e_=0']);
  vm.eval(HELPER);
  result.initMs = performance.now() - started;
  const version = vm.eval('RUBY_VERSION').toString();
  post({ type: 'phase', text: `ruby: Ruby ${version} started on ${engine} in ${Math.round(result.initMs)} ms` });

  if (m.script) {
    const { kind, code, args } = m.script;
    const status = vm.eval(`TeawasiRepl.script("${kind}", "${b64(code)}", [${args.map((a) => `"${b64(a)}"`).join(', ')}])`);
    result.exitCode = Number(status.toString());
  } else {
    result.exitCode = await repl(vm, fs);
  }
  result.ended = 'exited';
  result.runMs = performance.now() - started;
  sendFiles(fs);
  post({ type: 'done', result });
}

async function repl(vm, fs) {
  post({ type: 'out', stream: 'note', text: `Ruby ${vm.eval('RUBY_DESCRIPTION').toString()}\n`
    + 'Type Ruby; Enter runs it (unfinished input continues on the next line). exit or Ctrl-D leaves.\n' });
  let pending = '';
  let n = 1;
  for (;;) {
    post({ type: 'need-line', prompt: `irb(main):${String(n).padStart(3, '0')}${pending ? '*' : '>'} ` });
    const input = await nextInput();
    if (input.type === 'eof') return 0;
    if (input.type === 'cancel') { // Ctrl-C: drop what was typed so far
      pending = '';
      continue;
    }
    const line = input.text;
    if (line === '' && !pending) continue;
    const src = pending ? `${pending}\n${line}` : line;
    n++;
    if (vm.eval(`TeawasiRepl.complete?("${b64(src)}")`).toString() !== 'true') {
      pending = src;
      continue;
    }
    pending = '';
    const text = vm.eval(`TeawasiRepl.run("${b64(src)}")`).toString();
    if (text === 'exit') return 0;
    post({ type: 'out', stream: 'result', text: text + '\n' });
    sendFiles(fs);
  }
}
