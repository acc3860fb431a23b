// CRuby 4.0 for WASI (npm @ruby/4.0-wasm-wasi, ruby+stdlib.wasm, 31 MB) as a large real program (not a test): the
// VM started through its exports the way @ruby/wasm-wasi does (ruby-init with `-EUTF-8 -e_=0`),
// then CODE evaluated with rb-eval-string-protect; the JS-interop imports trap if called (Ruby's start and plain
// Ruby code call none). Runs on node's own WebAssembly (V8, the native peer) or teawasi's interpreter (the TeaVM
// build's WebAssembly namespace), with teawasi's WASI class; the JVM side is dev.teawasi.bench.RubyBench, which does
// the same calls. Prints one RESULT line with the phases in ms.
//
//   node bench/src/main/node/ruby-bench.mjs [--engine teawasi|native] [--module web/target/npm/teawasi.js]
//     [--wasm FILE] [--code 'puts 1+1']
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const opts = {
  engine: 'teawasi', module: path.join(root, 'web/target/npm/teawasi.js'),
  wasm: path.join(root, 'node_modules/@ruby/4.0-wasm-wasi/dist/ruby+stdlib.wasm'),
  code: 'puts [1, 2, 3].map { |x| x * 2 }.sum',
};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new Error('bad arguments: ' + argv.join(' '));
  opts[argv[i].slice(2)] = argv[i + 1];
}

const teawasi = await import(pathToFileURL(path.resolve(opts.module)).href);
const W = opts.engine === 'native' ? globalThis.WebAssembly : teawasi.WebAssembly;
const bytes = new Uint8Array(readFileSync(opts.wasm));
const phases = {};
let t = performance.now();
const lap = (name) => { const now = performance.now(); phases[name] = now - t; t = now; };

const module = await W.compile(bytes);
lap('compile');
let out = '';
const decoder = new TextDecoder();
const wasi = new teawasi.WASI({
  args: ['ruby'], env: {}, fs: new teawasi.FileSystem(),
  stdout: (b) => { out += decoder.decode(b, { stream: true }); },
  stderr: (b) => { process.stderr.write(b); },
});
// the guest's value handles (the canonical ABI's resource table, as @ruby/wasm-wasi keeps it)
const handles = [];
const imports = {
  wasi_snapshot_preview1: wasi.wasiImport,
  canonical_abi: {
    'resource_new_rb-abi-value': (v) => handles.push(v) - 1,
    'resource_get_rb-abi-value': (h) => handles[h],
    'resource_drop_rb-abi-value': () => {},
  },
};
for (const imp of W.Module.imports(module)) {
  if (imp.kind !== 'function' || imports[imp.module]?.[imp.name]) continue;
  (imports[imp.module] ??= {})[imp.name] = () => { throw new Error(`ruby-bench: ${imp.module}.${imp.name} called`); };
}
const instance = await W.instantiate(module, imports);
lap('instantiate');
const x = instance.exports;
wasi.initialize(instance);
lap('initialize');

const enc = new TextEncoder();
function str(s) {
  const b = enc.encode(s);
  const p = x.cabi_realloc(0, 0, 1, b.length);
  new Uint8Array(x.memory.buffer, p, b.length).set(b);
  return [p, b.length];
}
const args = ['ruby.wasm', '-EUTF-8', '-e_=0'].map((a) => str(a + '\0')); // C strings, as @ruby/wasm-wasi passes them
const list = x.cabi_realloc(0, 0, 4, 8 * args.length);
const dv = () => new DataView(x.memory.buffer);
args.forEach(([p, n], i) => { dv().setInt32(list + 8 * i, p, true); dv().setInt32(list + 8 * i + 4, n, true); });
x['ruby-init: func(args: list<string>) -> ()'](list, args.length);
lap('rubyInit');
const [cp, cn] = str(opts.code);
const ret = x['rb-eval-string-protect: func(str: string) -> tuple<handle<rb-abi-value>, s32>'](cp, cn);
const state = dv().getInt32(ret + 4, true);
lap('eval');
process.stdout.write(out);
if (state !== 0) throw new Error('ruby-bench: the evaluation raised (state ' + state + ')');
console.log(['RESULT', opts.engine, ...Object.entries(phases).map(([k, v]) => `${k}=${v.toFixed(0)}`)].join('\t'));
