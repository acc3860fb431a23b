// Checks of the WASI class's options and behaviour under node on node's own WebAssembly (run by WasiApiChecksTest):
//   node wasi-api-checks.mjs TEAWASI_JS DIR_WITH_WASM
// The C programs (compiled by the test) are echo_args (args, env, stdin to stdout), grow (memory.grow between
// writes), sleep (nanosleep), exit7, files (works in the preopened /data), reactor (a reactor exporting add) and
// interactive (polls stdin with a timeout). Prints one line per failed check and "N passed, N failed".
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [moduleFile, dir] = process.argv.slice(2);
const { WASI, FileSystem, run, WebAssembly: Interpreter } = await import(pathToFileURL(moduleFile).href);
const wasm = (name) => readFileSync(path.join(dir, `${name}.wasm`));
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else { failed++; console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`); }
};
const throwsType = (name, fn, text) => {
  try {
    fn();
    check(name, false, 'no error');
  } catch (e) {
    check(name, e instanceof TypeError && e.message.includes(text), `${e.name}: ${e.message}`);
  }
};

async function runCapture(name, options) {
  let out = '';
  const decoder = new TextDecoder();
  const wasi = new WASI({ stdout: (b) => { out += decoder.decode(b, { stream: true }); }, stderr: null, ...options });
  const { instance } = await WebAssembly.instantiate(wasm(name), wasi.getImportObject());
  const code = wasi.start(instance);
  return { code, out };
}

// 7. bad options: a TypeError naming the option
throwsType('options not an object', () => new WASI(5), 'WASI options must be an object');
throwsType('unknown option', () => new WASI({ argv: [] }), "unknown WASI option 'argv'");
throwsType('version', () => new WASI({ version: 'preview2' }), "version must be 'preview1' or 'unstable', got 'preview2'");
throwsType('args not strings', () => new WASI({ args: ['a', 3] }), 'args[1] must be a string');
throwsType('env value', () => new WASI({ env: { A: 1 } }), 'env.A must be a string');
throwsType('env list entry', () => new WASI({ env: ['NOEQUALS'] }), "env[0] must be a 'KEY=VALUE' string");
throwsType('env name', () => new WASI({ env: { 'A=B': 'x' } }), "'A=B' is not a variable name");
throwsType('env type', () => new WASI({ env: 'A=1' }), 'env must be an object of strings');
throwsType('preopens', () => new WASI({ preopens: ['/x'] }), 'preopens must be an object');
throwsType('preopens value', () => new WASI({ preopens: { '/x': 3 } }), "preopens['/x'] must be a path");
throwsType('stdin type', () => new WASI({ stdin: 42 }), 'stdin must be a string, bytes');
throwsType('stdout type', () => new WASI({ stdout: 'x' }), 'stdout must be a function');
throwsType('stderr type', () => new WASI({ stderr: 7 }), 'stderr must be a function');
throwsType('random type', () => new WASI({ random: 'crypto' }), 'random must be a function');
throwsType('clock type', () => new WASI({ clock: 5 }), "clock must be 'system', 'virtual' or a function");
throwsType('returnOnExit type', () => new WASI({ returnOnExit: 'yes' }), 'returnOnExit must be a boolean');
throwsType('jspi without JSPI', () => new WASI({ jspi: true }), 'this WebAssembly has no JSPI');
throwsType('jspi not a namespace', () => new WASI({ jspi: {} }), 'jspi must be true or a WebAssembly namespace');
throwsType('without new', () => WASI({}), "cannot be invoked without 'new'");
throwsType('start without memory', () => new WASI().start({ exports: { _start() {} } }), 'instance.exports.memory must be a WebAssembly.Memory');
throwsType('start of a non-command', () => new WASI().start({ exports: { memory: new WebAssembly.Memory({ initial: 1 }) } }), '_start must be a function');

// import object shape, as node:wasi
const imports = new WASI().getImportObject();
check('preview1 module name', Object.keys(imports).join() === 'wasi_snapshot_preview1');
check('46 preview1 functions', Object.keys(imports.wasi_snapshot_preview1).length === 46, String(Object.keys(imports.wasi_snapshot_preview1).length));
const unstable = new WASI({ version: 'unstable' }).getImportObject();
check('unstable module name', Object.keys(unstable).join() === 'wasi_unstable');
check('unstable has no sock_accept', !('sock_accept' in unstable.wasi_unstable));

// args, env as object and as list, stdin as string / Uint8Array / ArrayBuffer / function
const enc = new TextEncoder();
let r = await runCapture('echo_args', { args: ['echo', 'a b', 'ü'], env: { HOME: '/h', EMPTY: '' }, stdin: 'in text\n' });
check('args, env object, stdin string', r.code === 0 && r.out === 'argv: echo|a b|ü\nenv: HOME=/h|EMPTY=\nstdin: in text\n', JSON.stringify(r));
r = await runCapture('echo_args', { args: ['x'], env: ['A=1', 'B=x=y'], stdin: enc.encode('bytes\n') });
check('env list, stdin Uint8Array', r.out === 'argv: x\nenv: A=1|B=x=y\nstdin: bytes\n', JSON.stringify(r));
r = await runCapture('echo_args', { args: ['x'], stdin: enc.encode('buffer\n').buffer });
check('stdin ArrayBuffer', r.out === 'argv: x\nenv:\nstdin: buffer\n', JSON.stringify(r));
const parts = ['one ', 'two\n', null];
r = await runCapture('echo_args', { args: ['x'], stdin: () => parts.shift() });
check('stdin function', r.out === 'argv: x\nenv:\nstdin: one two\n', JSON.stringify(r));
r = await runCapture('echo_args', { args: ['x'] });
check('no stdin: end of file', r.out === 'argv: x\nenv:\nstdin: ', JSON.stringify(r));
try {
  await runCapture('echo_args', { args: ['x'], stdin: () => Promise.resolve('later') });
  check('async stdin without suspension', false, 'no error');
} catch (e) {
  check('async stdin without suspension', /interactive stdin needs JSPI/.test(e.message), e.message);
}

// memory.grow between writes: the WASI functions follow memory.buffer
r = await runCapture('grow', { args: ['grow'] });
check('memory.grow', r.code === 0 && r.out === 'before\npages grew\nafter 1048576\n', JSON.stringify(r));

// exit codes, returnOnExit
r = await runCapture('exit7', {});
check('proc_exit code', r.code === 7, JSON.stringify(r));
try {
  await runCapture('exit7', { returnOnExit: false });
  check('returnOnExit false', false, 'no error');
} catch (e) {
  check('returnOnExit false', e.name === 'ExitStatus' && e.code === 7, `${e.name} ${e.code}`);
}

// clocks: 'virtual' sleeps take no real time; a function clock is what the guest reads
let t = performance.now();
r = await runCapture('sleep', { clock: 'virtual' });
check('virtual clock sleep', r.out === 'slept 2000 ms\n' && performance.now() - t < 1500, `${JSON.stringify(r)} ${performance.now() - t}`);
t = performance.now();
r = await runCapture('sleep', { args: ['sleep', '200'] });
check('system clock sleep', r.out === 'slept 200 ms\n' && performance.now() - t >= 190, `${JSON.stringify(r)} ${performance.now() - t}`);

// random: the callback gets a Uint8Array
let seen = null;
r = await runCapture('echo_args', { args: ['x'], random: (b) => { seen = b; b.fill(1); } });
check('random callback', seen === null || seen instanceof Uint8Array);

// a FileSystem shared by the page and guests: what either writes the other sees
const fs = new FileSystem();
fs.mkdirSync('/work/data', { recursive: true });
fs.writeFileSync('/work/data/in.txt', 'from js');
fs.writeFileSync('/work/data/gone.txt', 'x');
r = await runCapture('files', { fs, preopens: { '/data': '/work/data' } });
check('guest in a shared FileSystem', r.code === 0 && r.out === 'copied 7 bytes\nunlink gone.txt: 0\n', JSON.stringify(r));
check('page sees the guest\'s file', fs.readFileSync('/work/data/out.txt', 'utf8') === 'FROM JS');
check('page sees the guest\'s unlink', !fs.existsSync('/work/data/gone.txt'));
fs.writeFileSync('/work/data/in.txt', 'second');
r = await runCapture('files', { fs, preopens: { '/data': '/work/data' } });
check('a second WASI on the same FileSystem', fs.readFileSync('/work/data/out.txt', 'utf8') === 'SECOND' && r.out.includes('unlink gone.txt: -1'), JSON.stringify(r));
throwsType('fs not a FileSystem', () => new WASI({ fs: {} }), 'fs must be a teawasi.FileSystem');
throwsType('preopen onto a file', () => new WASI({ fs, preopens: { '/x': '/work/data/in.txt' } }), "preopens['/x']");

// a reactor: initialize() runs _initialize, then its exports work; stdout as a WritableStream
{
  const chunks = [];
  const stream = new WritableStream({ write(c) { chunks.push(new TextDecoder().decode(c)); } });
  const wasi = new WASI({ stdout: stream });
  const { instance } = await WebAssembly.instantiate(wasm('reactor'), wasi.getImportObject());
  wasi.initialize(instance);
  const sum = instance.exports.add(2);
  await new Promise((r) => setTimeout(r, 20));
  check('reactor initialize', sum === 42 && chunks.join('') === 'add 2\n', `${sum} ${JSON.stringify(chunks)}`);
  const command = await WebAssembly.instantiate(wasm('exit7'), new WASI().getImportObject());
  throwsType('initialize on a command', () => new WASI().initialize(command.instance), '_start must not be present');
  const reactor = await WebAssembly.instantiate(wasm('reactor'), new WASI().getImportObject());
  throwsType('start on a reactor', () => new WASI().start(reactor.instance), '_start must be a function');
}

// stdout as an object with write(); stdin as a ReadableStream and as an async iterable (they wait: the interpreter's JSPI)
{
  let out = '';
  const r = await runCapture('echo_args', { stdin: 'x', stdout: { write(c) { out += new TextDecoder().decode(c); } } });
  check('stdout {write}', r.code === 0 && out.endsWith('stdin: x'), JSON.stringify(out));
  for (const [name, stdin] of [
    ['stdin ReadableStream', () => new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('from ')); c.enqueue('a stream'); c.close(); } })],
    ['stdin async iterable', () => (async function* lines() { yield 'from '; await new Promise((res) => setTimeout(res, 10)); yield 'a stream'; }())],
  ]) {
    let got = '';
    const wasi = new WASI({ jspi: Interpreter, stdin: stdin(), stdout: (b) => { got += new TextDecoder().decode(b); }, args: ['x'] });
    const { instance } = await Interpreter.instantiate(wasm('echo_args'), wasi.getImportObject());
    const code = await wasi.startAsync(instance);
    check(name, code === 0 && got.endsWith('stdin: from a stream'), JSON.stringify(got));
  }
}

// run with a Response, an ArrayBuffer; poll_oneoff with stdin and a timeout on the interpreter (node has no JSPI)
{
  let out = '';
  const stdout = (b) => { out += new TextDecoder().decode(b); };
  const res = new Response(wasm('exit7'), { headers: { 'content-type': 'application/wasm' } });
  const a = await run(res, { stdout });
  const b = await run(wasm('exit7').buffer.slice(0), { engine: 'interpreter', stdout });
  check('run(Response), run(ArrayBuffer)', a.exitCode === 7 && b.exitCode === 7 && b.engine === 'interpreter', JSON.stringify([a, b]));
  let typed = false;
  let polled = '';
  const r = await run(wasm('interactive'), {
    stdin: () => (typed ? null : new Promise((res) => setTimeout(() => { typed = true; res('late line\n'); }, 300))),
    stdout: (c) => { polled += new TextDecoder().decode(c); },
  });
  check('poll with a timeout before stdin has data (interpreter)', r.exitCode === 0 && r.engine === 'interpreter'
    && polled === 'ready\nwaited yes\necho: LATE LINE\nbye\n', JSON.stringify([r, polled]));
  try {
    await run(wasm('exit7'), { stdout: 'console' });
    check('run: bad stdout', false, 'no error');
  } catch (e) {
    check('run: bad stdout', e instanceof TypeError && e.message.includes('stdout'), `${e.name}: ${e.message}`);
  }
}

// run's pause option (Worker runs on a cross-origin isolated page): checked before anything runs
const rejectsType = async (name, promise, text) => {
  try {
    await promise;
    check(name, false, 'no error');
  } catch (e) {
    check(name, e instanceof TypeError && e.message.includes(text), `${e.name}: ${e.message}`);
  }
};
await rejectsType('pause without worker', run(wasm('exit7'), { pause: new Int32Array(new SharedArrayBuffer(4)) }),
  'pause works only with worker');
await rejectsType('pause not shared', run(wasm('exit7'), { worker: 'w.mjs', pause: new Int32Array(1) }),
  'pause must be an Int32Array on a SharedArrayBuffer');

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
