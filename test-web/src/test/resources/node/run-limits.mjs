// Limits of teawasi.run and createWebAssembly under node (run by RunLimitsNodeTest):
//   node run-limits.mjs TEAWASI_JS DIR_WITH_WASM
// The modules (built by the test from WAT) are endless-start (a start function that loops forever), endless-main
// (an endless _start), many-tables (1000 tables of 10 million elements), grow (_start exits with 100 +
// memory.grow(4) of a 1-page memory), table-grow (exits with 100 + table.grow(20) of a 1-element table), big-memory
// (a 100-page memory), big-table (a 1000-element table), recurse (endless recursion) and recurse-start (the same in
// the start function). Node 20 has no JSPI: on native WebAssembly time and fuel limits end the run by throwing from
// the yield import of the rewritten module. Prints one line per failed check and "N passed, N failed".
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [moduleFile, dir] = process.argv.slice(2);
const teawasi = await import(pathToFileURL(moduleFile).href);
const { run, createWebAssembly } = teawasi;
const wasm = (name) => readFileSync(path.join(dir, `${name}.wasm`));
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else { failed++; console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`); }
};
async function outcome(promise) {
  const t = performance.now();
  try {
    const r = await promise;
    return { ok: true, value: r, ms: performance.now() - t };
  } catch (e) {
    return { ok: false, error: e, ms: performance.now() - t };
  }
}
const text = (o) => (o.ok ? `returned ${JSON.stringify(o.value)}` : `${o.error && o.error.name}: ${o.error && o.error.message}`);

for (const engine of ['native', 'interpreter']) {
  for (const name of ['endless-start', 'endless-main']) {
    // time limit: a clear TimeoutError, soon after the limit
    let o = await outcome(run(wasm(name), { engine, limits: { timeout: 200 } }));
    check(`${engine} ${name} timeout`, !o.ok && o.error.name === 'TimeoutError'
      && o.error.message === 'the run exceeded limits.timeout (200 ms)' && o.ms < 5000, text(o));
    // fuel: a RuntimeError of that engine's WebAssembly naming limits.fuel
    o = await outcome(run(wasm(name), { engine, limits: { fuel: 200000 } }));
    const RuntimeError = engine === 'native' ? WebAssembly.RuntimeError : teawasi.WebAssembly.RuntimeError;
    check(`${engine} ${name} fuel`, !o.ok && o.error instanceof RuntimeError
      && o.error.message.startsWith('out of fuel: the run used all of limits.fuel (200000 '), text(o));
  }
  // memory and table limits: growth beyond them fails as the spec says (-1)
  let o = await outcome(run(wasm('grow'), { engine, limits: { maxMemory: 2 * 65536 } }));
  check(`${engine} memory.grow beyond limits.maxMemory is -1`, o.ok && o.value.exitCode === 99, text(o));
  o = await outcome(run(wasm('grow'), { engine, limits: { maxMemory: 8 * 65536 } }));
  check(`${engine} memory.grow within limits.maxMemory`, o.ok && o.value.exitCode === 101, text(o));
  o = await outcome(run(wasm('table-grow'), { engine, limits: { maxTableElements: 10 } }));
  check(`${engine} table.grow beyond limits.maxTableElements is -1`, o.ok && o.value.exitCode === 99, text(o));
  o = await outcome(run(wasm('table-grow'), { engine, limits: { maxTableElements: 100 } }));
  check(`${engine} table.grow within limits.maxTableElements`, o.ok && o.value.exitCode === 101, text(o));
  // declared minimums above the limit: a LinkError naming the limit, before anything runs
  const LinkError = engine === 'native' ? WebAssembly.LinkError : teawasi.WebAssembly.LinkError;
  o = await outcome(run(wasm('big-memory'), { engine, limits: { maxMemory: 64 * 65536 } }));
  check(`${engine} memory minimum above limits.maxMemory`, !o.ok && o.error instanceof LinkError
    && o.error.message.includes('limits.maxMemory'), text(o));
  o = await outcome(run(wasm('big-table'), { engine, limits: { maxTableElements: 500 } }));
  check(`${engine} table minimum above limits.maxTableElements`, !o.ok && o.error instanceof LinkError
    && o.error.message.includes('limits.maxTableElements'), text(o));
  // the same stack overflow report on both engines
  for (const name of ['recurse', 'recurse-start']) {
    o = await outcome(run(wasm(name), { engine }));
    check(`${engine} ${name} stack overflow`, !o.ok && o.error instanceof RangeError
      && o.error.message === 'Maximum call stack size exceeded (call stack exhausted)', text(o));
  }
}

let o;
// 1000 tables of 10 million elements (6 KB): refused by default on both engines instead of a fatal out-of-memory
for (const engine of ['native', 'interpreter']) {
  const LinkError = engine === 'native' ? WebAssembly.LinkError : teawasi.WebAssembly.LinkError;
  o = await outcome(run(wasm('many-tables'), { engine }));
  check(`${engine} many large tables refused by default`, !o.ok && o.error instanceof LinkError
    && o.error.message.includes('limits.maxTableElements'), text(o));
}

// runs without limits are not rewritten; with a limit on native they are
o = await outcome(run(wasm('grow'), { engine: 'native' }));
check('native without limits is not rewritten', o.ok && o.value.exitCode === 101 && o.value.rewritten === undefined, text(o));
o = await outcome(run(wasm('grow'), { engine: 'native', limits: { timeout: 10000 } }));
check('native with a timeout is rewritten', o.ok && o.value.exitCode === 101 && o.value.rewritten === true, text(o));
// the interpreter's call depth
o = await outcome(run(wasm('recurse'), { engine: 'interpreter', limits: { maxCallDepth: 100 } }));
check('interpreter limits.maxCallDepth', !o.ok && o.error instanceof RangeError, text(o));

// bad limits: a TypeError naming the option
const bad = [
  [{ limits: 5 }, 'limits must be an object, got a number'],
  [{ limits: { maxMemroy: 1 } }, 'limits.maxMemroy is not a limit (the limits are maxMemory, maxTableElements, maxCallDepth, fuel, timeout)'],
  [{ limits: { maxMemory: -1 } }, 'limits.maxMemory must be a non-negative integer (or Infinity), got -1'],
  [{ limits: { maxTableElements: '10' } }, 'limits.maxTableElements must be a non-negative integer (or Infinity), got a string'],
  [{ limits: { maxCallDepth: 0 } }, 'limits.maxCallDepth must be a positive integer (or Infinity), got 0'],
  [{ limits: { fuel: 1.5 } }, 'limits.fuel must be a positive integer (or Infinity), got 1.5'],
  [{ limits: { timeout: NaN } }, 'limits.timeout must be a positive number (or Infinity), got NaN'],
];
for (const [options, message] of bad) {
  o = await outcome(run(wasm('grow'), options));
  check(`bad ${JSON.stringify(options)}`, !o.ok && o.error instanceof TypeError && o.error.message === message, text(o));
}

// createWebAssembly: a separately limited namespace; teawasi.WebAssembly keeps the defaults
const W = createWebAssembly({ limits: { maxMemory: 4 * 65536, maxTableElements: 8, maxCallDepth: 50 } });
const D = teawasi.WebAssembly;
check('namespace members', W.Module === D.Module && W.Memory !== D.Memory && W.Memory.prototype === D.Memory.prototype
  && W.Memory.name === 'Memory' && W.Memory.length === 1 && W.instantiate.length === 1 && String(W) === '[object WebAssembly]');
const m = new W.Memory({ initial: 1 });
check('limited memory instanceof both', m instanceof W.Memory && m instanceof D.Memory);
check('limited memory grows to the limit', m.grow(3) === 1 && m.buffer.byteLength === 4 * 65536);
try {
  m.grow(1);
  check('limited memory refuses growth beyond the limit', false, 'no error');
} catch (e) {
  check('limited memory refuses growth beyond the limit', e instanceof RangeError, String(e));
}
try {
  new W.Memory({ initial: 5 }); // eslint-disable-line no-new
  check('limited memory initial', false, 'no error');
} catch (e) {
  check('limited memory initial', e instanceof RangeError && e.message.includes('limits.maxMemory'), String(e));
}
check('default namespace keeps its defaults', new D.Memory({ initial: 1 }).grow(20) === 1);
try {
  new W.Table({ element: 'anyfunc', initial: 9 }); // eslint-disable-line no-new
  check('limited table initial', false, 'no error');
} catch (e) {
  check('limited table initial', e instanceof RangeError && e.message.includes('limits.maxTableElements'), String(e));
}
const t = new W.Table({ element: 'anyfunc', initial: 8 });
try {
  t.grow(1);
  check('limited table growth', false, 'no error');
} catch (e) {
  check('limited table growth', e instanceof RangeError, String(e));
}
o = await outcome(W.instantiate(wasm('big-memory'), {}));
check('limited instantiate refuses a large memory', !o.ok && o.error instanceof D.LinkError && o.error.message.includes('limits.maxMemory'), text(o));
try {
  new W.Instance(new W.Module(wasm('big-table')), {}); // eslint-disable-line no-new
  check('limited Instance refuses a large table', false, 'no error');
} catch (e) {
  check('limited Instance refuses a large table', e instanceof D.LinkError && e.message.includes('limits.maxTableElements'), String(e));
}
o = await outcome(D.instantiate(wasm('big-memory'), {}));
check('default instantiate takes a large memory', o.ok, text(o));
const { instance } = await W.instantiate(wasm('recurse'), {});
try {
  instance.exports._start();
  check('limited call depth', false, 'no error');
} catch (e) {
  check('limited call depth', e instanceof RangeError, String(e));
}
const badNs = [
  [5, 'createWebAssembly(): options must be an object, got 5'],
  [{ limit: {} }, "createWebAssembly(): unknown option 'limit' (the option is limits)"],
  [{ limits: { fuel: 5 } }, 'createWebAssembly(): options.limits.fuel is not a limit of a WebAssembly namespace (the limits are maxMemory, maxTableElements, maxCallDepth)'],
  [{ limits: { maxMemory: 'big' } }, 'createWebAssembly(): options.limits.maxMemory must be a non-negative integer (or Infinity), got a string'],
];
for (const [options, message] of badNs) {
  try {
    createWebAssembly(options);
    check(`createWebAssembly ${JSON.stringify(options)}`, false, 'no error');
  } catch (e) {
    check(`createWebAssembly ${JSON.stringify(options)}`, e instanceof TypeError && e.message === message, String(e));
  }
}
console.log(`${passed} passed, ${failed} failed`);
