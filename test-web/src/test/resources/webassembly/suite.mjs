// The WebAssembly JS API on teawasi: one case per member and behaviour, run the same way in node and in Chromium.
// run(W, env) -> [{name, ok, message}]; env: {wasm(name) -> Promise<Uint8Array>, response(name, type, status)
// -> Promise<Response>}.

class Failure extends Error {}

function ok(cond, what) {
  if (!cond) throw new Failure(what);
}

function eq(actual, expected, what) {
  if (!Object.is(actual, expected)) {
    throw new Failure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

function show(v) {
  return typeof v === 'bigint' ? v + 'n' : typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/** A readable message: it names something, and no Java or TeaVM internals leak into it. */
function readable(e, what) {
  ok(typeof e.message === 'string' && e.message.length > 10, `${what}: message too short: ${show(e.message)}`);
  const own = e.message.replace(/WebAssembly\.Exception/g, ''); // the API's own class may be named
  ok(!/\bjava\b|teavm|\$|Exception|undefined is not|null pointer/i.test(own), `${what}: internal message: ${e.message}`);
}

function throws(fn, type, what, part) {
  let caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  checkError(caught, type, what, part);
  return caught;
}

async function rejects(promise, type, what, part) {
  ok(promise instanceof Promise, `${what}: returns a promise`);
  let caught;
  try {
    await promise;
  } catch (e) {
    caught = e;
  }
  checkError(caught, type, what, part);
  return caught;
}

function checkError(e, type, what, part) {
  ok(e !== undefined, `${what}: no error`);
  ok(e instanceof type, `${what}: expected ${type.name}, got ${e && e.name}: ${e && e.message}`);
  eq(e.constructor, type, `${what}: constructor`);
  readable(e, what);
  if (part !== undefined) ok(e.message.includes(part), `${what}: message ${show(e.message)} should mention ${show(part)}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function basicImports(W, overrides = {}) {
  const env = {
    log: () => 0,
    pair: () => [1, 2n],
    mem: new W.Memory({ initial: 1, maximum: 10 }),
    g: new W.Global({ value: 'i32', mutable: true }, 0),
    c: 100n,
  };
  return { env: Object.assign(env, overrides) };
}

const cases = {};

// ---- the namespace and its error classes

cases['namespace: members, toStringTag, names'] = async (W) => {
  eq(Object.prototype.toString.call(W), '[object WebAssembly]', 'toStringTag');
  for (const name of ['Module', 'Instance', 'Memory', 'Table', 'Global', 'CompileError', 'LinkError', 'RuntimeError',
    'validate', 'compile', 'instantiate', 'compileStreaming', 'instantiateStreaming', 'Suspending', 'promising']) {
    eq(typeof W[name], 'function', name);
    eq(W[name].name, name, name + '.name');
    eq(Object.getOwnPropertyDescriptor(W, name).enumerable, false, name + ' enumerable');
  }
  eq(String(new W.Memory({ initial: 0 })), '[object WebAssembly.Memory]', 'Memory toStringTag');
};

cases['errors: CompileError, LinkError, RuntimeError are Errors with the spec prototypes'] = async (W) => {
  for (const name of ['CompileError', 'LinkError', 'RuntimeError']) {
    const E = W[name];
    eq(Object.getPrototypeOf(E), Error, name + ' extends Error');
    eq(Object.getPrototypeOf(E.prototype), Error.prototype, name + '.prototype chain');
    eq(E.prototype.name, name, name + '.prototype.name');
    eq(E.prototype.constructor, E, name + '.prototype.constructor');
    eq(E.length, 1, name + '.length');
    const e = new E('why');
    ok(e instanceof Error && e instanceof E, name + ' instance');
    eq(e.message, 'why', name + ' message');
    eq(String(e), name + ': why', name + ' toString');
    ok(!Object.prototype.hasOwnProperty.call(new E(), 'message'), name + ' without message');
    eq(E('x').name, name, name + ' callable without new');
    eq(new E('c', { cause: 7 }).cause, 7, name + ' cause');
  }
};

// ---- validate, Module

cases['validate: true, false, TypeError for a non-buffer'] = async (W, env) => {
  const bytes = await env.wasm('jsapi-basic');
  eq(W.validate(bytes), true, 'valid module');
  eq(W.validate(bytes.buffer), true, 'ArrayBuffer');
  eq(W.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 99])), false, 'junk after header');
  eq(W.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 10, 4, 1, 2, 0, 11])), false, 'body without function');
  throws(() => W.validate('abc'), TypeError, 'a string', 'ArrayBuffer or a typed array');
  throws(() => W.validate(), TypeError, 'nothing');
};

cases['Module: constructor from ArrayBuffer, typed array and DataView; TypeError and CompileError'] = async (W, env) => {
  const bytes = await env.wasm('jsapi-basic');
  ok(new W.Module(bytes) instanceof W.Module, 'Uint8Array');
  ok(new W.Module(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) instanceof W.Module, 'ArrayBuffer');
  ok(new W.Module(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)) instanceof W.Module, 'DataView');
  eq(Object.prototype.toString.call(new W.Module(bytes)), '[object WebAssembly.Module]', 'toStringTag');
  throws(() => W.Module(bytes), TypeError, 'without new');
  throws(() => new W.Module({}), TypeError, 'an object', 'WebAssembly.Module()');
  const e = throws(() => new W.Module(new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])), W.CompileError, 'bad version');
  eq(e.name, 'CompileError', 'name');
  throws(() => new W.Module(new Uint8Array(0)), W.CompileError, 'empty');
};

cases['Module.exports, Module.imports, Module.customSections'] = async (W, env) => {
  const m = new W.Module(await env.wasm('jsapi-basic'));
  const imports = W.Module.imports(m);
  eq(JSON.stringify(imports), JSON.stringify([
    { module: 'env', name: 'log', kind: 'function' }, { module: 'env', name: 'pair', kind: 'function' },
    { module: 'env', name: 'mem', kind: 'memory' }, { module: 'env', name: 'g', kind: 'global' },
    { module: 'env', name: 'c', kind: 'global' }]), 'imports');
  const exports = W.Module.exports(m);
  eq(exports.length, 21, 'export count');
  eq(JSON.stringify(exports[0]), '{"name":"tbl","kind":"table"}', 'first export');
  eq(JSON.stringify(exports.find((e) => e.name === 'mem')), '{"name":"mem","kind":"memory"}', 'memory export');
  eq(JSON.stringify(exports.find((e) => e.name === 'gi64')), '{"name":"gi64","kind":"global"}', 'global export');
  const names = W.Module.customSections(m, 'name');
  eq(names.length, 1, 'one name section (wat2wasm --debug-names)');
  ok(names[0] instanceof ArrayBuffer && names[0].byteLength > 10, 'name section is an ArrayBuffer');
  ok(new TextDecoder().decode(names[0]).includes('callLog'), 'name section holds the function names');
  eq(W.Module.customSections(m, 'other').length, 0, 'no such section');
  throws(() => W.Module.customSections(m), TypeError, 'no section name', 'section name');
  throws(() => W.Module.exports({}), TypeError, 'exports of a non-module', 'WebAssembly.Module');
  throws(() => W.Module.imports(1), TypeError, 'imports of a number', 'WebAssembly.Module');
};

// ---- Instance

cases['Instance: frozen exports with a null prototype; functions, memory, table, globals'] = async (W, env) => {
  const m = new W.Module(await env.wasm('jsapi-basic'));
  const imports = basicImports(W);
  const i = new W.Instance(m, imports);
  const e = i.exports;
  eq(Object.getPrototypeOf(e), null, 'null prototype');
  ok(Object.isFrozen(e), 'frozen');
  eq(e, i.exports, 'the same object every time');
  eq(Object.keys(e).join(), W.Module.exports(m).map((x) => x.name).join(), 'export order');
  ok(e.mem instanceof W.Memory && e.mem === imports.env.mem, 'the imported memory object is exported as itself');
  ok(e.tbl instanceof W.Table, 'table');
  ok(e.gf64 instanceof W.Global, 'global');
  eq(typeof e.add, 'function', 'function');
  eq(Object.prototype.toString.call(i), '[object WebAssembly.Instance]', 'toStringTag');
  throws(() => W.Instance(m, imports), TypeError, 'without new');
  throws(() => new W.Instance({}, imports), TypeError, 'not a module', 'WebAssembly.Module');
};

cases['Instance: reading the imports (TypeError, LinkError)'] = async (W, env) => {
  const m = new W.Module(await env.wasm('jsapi-basic'));
  throws(() => new W.Instance(m), TypeError, 'no import object', 'env.log');
  throws(() => new W.Instance(m, 5), TypeError, 'a number', 'import object');
  throws(() => new W.Instance(m, {}), TypeError, 'no env', '"env"');
  throws(() => new W.Instance(m, basicImports(W, { log: 3 })), W.LinkError, 'a number as function', 'env.log');
  throws(() => new W.Instance(m, basicImports(W, { mem: {} })), W.LinkError, 'an object as memory', 'env.mem');
  throws(() => new W.Instance(m, basicImports(W, { g: 1 })), W.LinkError, 'a number for a mutable global', 'env.g');
  throws(() => new W.Instance(m, basicImports(W, { c: 1 })), W.LinkError, 'a number for an i64 global', 'BigInt');
  throws(() => new W.Instance(m, basicImports(W, { c: new W.Global({ value: 'i32' }, 1) })), W.LinkError,
    'an i32 Global for an i64 global', 'env.c');
  throws(() => new W.Instance(m, basicImports(W, { mem: new W.Memory({ initial: 1 }) })), W.LinkError,
    'a memory without maximum', 'env.mem');
  const other = new W.Instance(m, basicImports(W)).exports;
  throws(() => new W.Instance(m, basicImports(W, { log: other.add })), W.LinkError, 'an Exported Function of another type',
    'env.log');
};

cases['Instance: the start function runs, and a trap in it is a RuntimeError'] = async (W, env) => {
  const i = new W.Instance(new W.Module(await env.wasm('jsapi-start')), { env: { seed: () => 42 } });
  eq(i.exports.started.value, 42, 'start ran');
  const trapping = new W.Module(await env.wasm('jsapi-trapstart'));
  throws(() => new W.Instance(trapping), W.RuntimeError, 'trap', 'unreachable');
  const thrown = new Error('from seed');
  const startModule = new W.Module(await env.wasm('jsapi-start'));
  let e;
  try {
    new W.Instance(startModule, { env: { seed: () => { throw thrown; } } });
  } catch (x) {
    e = x;
  }
  eq(e, thrown, 'the exception of the import in the start function, the same object');
};

// ---- Exported Functions and host functions

cases['Exported Function: name, length, not a constructor, identity'] = async (W, env) => {
  const i = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W));
  const add = i.exports.add;
  eq(add.name, '2', 'name is the function index (2 imported functions)');
  eq(add.length, 2, 'length');
  throws(() => new add(1, 2), TypeError, 'new');
  eq(i.exports.tbl.get(0), add, 'the table holds the same function object');
  eq(add(2, 3), 5, 'call');
};

cases['Exported Function: argument and result conversions'] = async (W, env) => {
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W)).exports;
  eq(e.add(2 ** 32 + 5, '3'), 8, 'ToInt32 of a big number and a string');
  eq(e.add(), 0, 'missing arguments are undefined -> 0');
  eq(e.add(0x7fffffff, 1), -0x80000000, 'i32 wraps and is signed');
  eq(e.add({ valueOf: () => 4 }, 1.9), 5, 'valueOf and truncation');
  eq(e.i64add(1n), 101n, 'i64 BigInt');
  eq(e.i64add(2n ** 64n + 1n), 101n, 'ToBigInt64 wraps');
  eq(e.i64add(-101n), -1n, 'negative i64');
  eq(e.i64add('5'), 105n, 'a string converts to BigInt');
  throws(() => e.i64add(1), TypeError, 'a number for i64', 'BigInt');
  throws(() => e.add(1n, 2), TypeError, 'a BigInt for i32');
  eq(e.f32id(0.1), Math.fround(0.1), 'f32 rounds');
  eq(e.f32id(2 ** 128), Infinity, 'f32 overflow');
  eq(e.f64id(0.1), 0.1, 'f64');
  ok(Number.isNaN(e.f64id(NaN)), 'NaN');
  eq(Object.is(e.f64id(-0), -0), true, '-0 survives');
  const multi = e.multi(7);
  ok(Array.isArray(multi), 'several results are an array');
  eq(JSON.stringify(multi.map(show)), JSON.stringify(['7', '-1n', '0.5']), 'results');
  eq(e.trap.length, 0, 'no parameters');
  eq(e.incg(), undefined, 'no results is undefined');
};

cases['host functions: arguments and results converted; several results from an iterable'] = async (W, env) => {
  let args;
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, {
    log: (...a) => { args = a; return '12'; },
    pair: function* () { yield 5.7; yield 9n; },
  })).exports;
  eq(e.callLog(-3), 12, 'result converted with ToInt32');
  eq(JSON.stringify(args.map(show)), JSON.stringify(['-3', '-5n', '1.5', '2.25']), 'arguments');
  eq(JSON.stringify(e.callPair().map(show)), JSON.stringify(['5', '9n']), 'iterable results');
  const bad = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, { pair: () => 5 })).exports;
  throws(() => bad.callPair(), TypeError, 'not iterable', 'iterable');
  const short = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, { pair: () => [1] })).exports;
  throws(() => short.callPair(), TypeError, 'too few', '2 results');
  const big = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, { log: () => 1n })).exports;
  throws(() => big.callLog(1), TypeError, 'a BigInt for an i32 result');
  let self;
  new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, { log: function () { self = this; return 0; } }))
    .exports.callLog(0);
  eq(self, undefined, 'called with this = undefined');
};

cases['exceptions: an import\'s exception reaches the caller as the same object; traps are RuntimeErrors'] = async (W, env) => {
  const thrown = { custom: true };
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, { log: () => { throw thrown; } })).exports;
  let caught;
  try {
    e.callLog(1);
  } catch (x) {
    caught = x;
  }
  eq(caught, thrown, 'same object (not an Error at all)');
  const trap = throws(() => e.trap(), W.RuntimeError, 'unreachable', 'unreachable');
  ok(trap instanceof Error, 'a RuntimeError is an Error');
  throws(() => e.div(1, 0), W.RuntimeError, 'divide by zero', 'divide by zero');
  throws(() => e.callTable(1, 2, 2), W.RuntimeError, 'null table element');
  throws(() => e.callTable(1, 2, 9), W.RuntimeError, 'table index out of bounds', 'undefined element');
  throws(() => e.callTable(1, 2, 1), W.RuntimeError, 'signature mismatch', 'indirect call type mismatch');
  throws(() => e.load(65536), W.RuntimeError, 'memory out of bounds', 'out of bounds memory access');
  throws(() => e.recurse(0), RangeError, 'endless recursion', 'call stack');
  eq(e.add(1, 1), 2, 'the instance still works after traps');
  // nested: JS -> wasm -> JS -> wasm trap -> JS: the RuntimeError crosses both boundaries unchanged
  let inner;
  const outer = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, {
    log: () => { try { e.trap(); } catch (x) { inner = x; throw x; } },
  })).exports;
  const nested = throws(() => outer.callLog(0), W.RuntimeError, 'nested trap');
  eq(nested, inner, 'the inner RuntimeError object');
};

cases['functions: a re-imported Exported Function is the same function and is called directly'] = async (W, env) => {
  const m = new W.Module(await env.wasm('jsapi-basic'));
  const first = new W.Instance(m, basicImports(W, { log: (a) => a * 10 })).exports;
  const second = new W.Instance(m, basicImports(W, { log: first.log })).exports;
  eq(second.log, first.log, 'exporting the import gives back the same Exported Function');
  eq(second.callLog(4), 40, 'the call goes through');
};

cases['references: externref any JS value, funcref Exported Functions'] = async (W, env) => {
  let seen;
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-refs')), { env: { f: (x) => { seen = x; return x; } } }).exports;
  const o = { o: 1 };
  eq(e.id(o), o, 'object identity');
  eq(e.id(undefined), undefined, 'undefined is a value');
  eq(e.isNull(undefined), 0, 'undefined is not ref.null');
  eq(e.isNull(null), 1, 'null is ref.null');
  eq(e.id('s'), 's', 'string');
  eq(e.id(5n), 5n, 'BigInt');
  const sym = Symbol('x');
  eq(e.id(sym), sym, 'symbol');
  eq(e.viaImport(o), o, 'through an import');
  eq(seen, o, 'the import got the object');
  eq(e.funcOne(), e.one, 'ref.func gives the Exported Function');
  eq(e.funcNull(), null, 'ref.null func is null');
  eq(e.funcId(e.one), e.one, 'funcref round trip');
  throws(() => e.funcId(() => 1), TypeError, 'a JS function is not a funcref', 'funcref');
  e.storeExtern(1, o);
  eq(e.externs.get(1), o, 'table.set from wasm');
  eq(e.externs.get(0), null, 'a null element');
  e.setGlobal(o);
  eq(e.gext.value, o, 'externref global');
};

// ---- Memory

cases['Memory: constructor checks (TypeError, RangeError)'] = async (W) => {
  throws(() => new W.Memory(), TypeError, 'no descriptor', 'initial');
  throws(() => new W.Memory({}), TypeError, 'no initial', 'initial');
  throws(() => new W.Memory({ initial: -1 }), TypeError, 'negative', 'initial');
  throws(() => new W.Memory({ initial: NaN }), TypeError, 'NaN', 'initial');
  throws(() => new W.Memory({ initial: 2 ** 32 }), TypeError, '2^32', 'initial');
  throws(() => new W.Memory({ initial: 65537 }), RangeError, 'over 65536 pages', 'initial');
  throws(() => new W.Memory({ initial: 2, maximum: 1 }), RangeError, 'maximum below initial', 'maximum');
  throws(() => new W.Memory({ initial: 1, maximum: 65537 }), RangeError, 'maximum over 65536', 'maximum');
  throws(() => new W.Memory(5), TypeError, 'a number', 'descriptor');
  throws(() => W.Memory({ initial: 1 }), TypeError, 'without new');
  eq(new W.Memory({ initial: 2 }).buffer.byteLength, 131072, 'two pages');
  eq(new W.Memory({ initial: '1' }).buffer.byteLength, 65536, 'initial from a string');
};

cases['Memory: buffer is the guest memory itself, stable until grow'] = async (W, env) => {
  const mem = new W.Memory({ initial: 1, maximum: 10 });
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, { mem })).exports;
  const b = mem.buffer;
  ok(b instanceof ArrayBuffer, 'an ArrayBuffer');
  eq(mem.buffer, b, 'the same buffer object while the memory does not grow');
  new Uint32Array(b)[4] = 0x01020304;
  eq(e.load(16), 0x01020304, 'wasm sees a write through the buffer');
  e.store(32, -2);
  eq(new Int32Array(b)[8], -2, 'the buffer sees a store by wasm');
};

cases['Memory: grow from JS and from wasm detach the old buffer'] = async (W, env) => {
  const mem = new W.Memory({ initial: 1, maximum: 4 });
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, { mem })).exports;
  const before = mem.buffer;
  new Uint8Array(before)[100] = 7;
  eq(mem.grow(1), 1, 'grow returns the old size in pages');
  eq(before.byteLength, 0, 'the old buffer is detached');
  const after = mem.buffer;
  eq(after.byteLength, 2 * 65536, 'the new buffer');
  eq(new Uint8Array(after)[100], 7, 'contents kept');
  eq(e.size(), 2, 'wasm sees the new size');
  eq(e.grow(1), 2, 'memory.grow in wasm');
  eq(after.byteLength, 0, 'grown by wasm: the old buffer is detached');
  eq(mem.buffer.byteLength, 3 * 65536, 'the buffer after wasm grew');
  const zero = mem.buffer;
  eq(mem.grow(0), 3, 'grow(0)');
  eq(zero.byteLength, 0, 'grow(0) also hands out a new buffer');
  eq(e.grow(5), -1, 'wasm cannot grow past the maximum');
  throws(() => mem.grow(2), RangeError, 'JS cannot grow past the maximum', 'maximum');
  throws(() => mem.grow(-1), TypeError, 'negative delta', 'delta');
  throws(() => W.Memory.prototype.grow.call({}, 1), TypeError, 'another receiver', 'WebAssembly.Memory');
  throws(() => Object.getOwnPropertyDescriptor(W.Memory.prototype, 'buffer').get.call({}), TypeError, 'buffer of another receiver');
};

// ---- Table

cases['Table: constructor, length, get, set, grow'] = async (W, env) => {
  const t = new W.Table({ element: 'anyfunc', initial: 2, maximum: 4 });
  eq(t.length, 2, 'length');
  eq(t.get(0), null, 'funcref default is null');
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W)).exports;
  t.set(1, e.add);
  eq(t.get(1), e.add, 'set/get');
  t.set(1);
  eq(t.get(1), null, 'set without a value stores the default');
  eq(t.grow(1, e.add), 2, 'grow returns the old length');
  eq(t.get(2), e.add, 'grown with the value');
  throws(() => t.grow(2), RangeError, 'past the maximum', 'maximum');
  throws(() => t.get(3), RangeError, 'get out of bounds', 'out of bounds');
  throws(() => t.set(7, null), RangeError, 'set out of bounds', 'out of bounds');
  throws(() => t.set(0, () => 1), TypeError, 'a JS function in a funcref table', 'funcref');
  throws(() => t.get(-1), TypeError, 'negative index', 'index');
  const x = new W.Table({ element: 'externref', initial: 1 });
  eq(x.get(0), undefined, 'externref default is undefined');
  const o = {};
  x.set(0, o);
  eq(x.get(0), o, 'externref object');
  const filled = new W.Table({ element: 'externref', initial: 2 }, 'v');
  eq(filled.get(1), 'v', 'initial value');
  throws(() => new W.Table({ element: 'i32', initial: 1 }), TypeError, 'bad element', 'element');
  throws(() => new W.Table({ initial: 1 }), TypeError, 'no element', 'element');
  throws(() => new W.Table({ element: 'funcref' }), TypeError, 'no initial', 'initial');
  throws(() => new W.Table({ element: 'funcref', initial: 3, maximum: 2 }), RangeError, 'maximum below initial', 'maximum');
  throws(() => new W.Table({ element: 'funcref', initial: 1e8 }), RangeError, 'too many elements', 'initial');
  // a table from wasm: call_indirect sees a function set from JS
  e.tbl.set(2, e.add);
  eq(e.callTable(4, 5, 2), 9, 'call_indirect through an element set from JS');
  eq(String(t), '[object WebAssembly.Table]', 'toStringTag');
};

// ---- Global

cases['Global: types, value, valueOf, mutability, sharing with wasm'] = async (W, env) => {
  eq(new W.Global({ value: 'i32' }, 7.9).value, 7, 'i32');
  eq(new W.Global({ value: 'i64' }, 5n).value, 5n, 'i64');
  eq(new W.Global({ value: 'i64' }).value, 0n, 'i64 default');
  eq(new W.Global({ value: 'f32' }, 0.1).value, Math.fround(0.1), 'f32');
  eq(new W.Global({ value: 'f64' }, 0.1).value, 0.1, 'f64');
  eq(new W.Global({ value: 'externref' }).value, undefined, 'externref default');
  eq(new W.Global({ value: 'anyfunc' }).value, null, 'funcref default');
  eq(new W.Global({ value: 'i32' }, 3).valueOf(), 3, 'valueOf');
  throws(() => new W.Global({ value: 'i64' }, 1), TypeError, 'a number for i64', 'BigInt');
  throws(() => new W.Global({ value: 'x32' }), TypeError, 'bad type', 'x32');
  throws(() => new W.Global({}), TypeError, 'no type', 'value');
  throws(() => new W.Global({ value: 'v128' }), TypeError, 'v128', 'v128');
  const constant = new W.Global({ value: 'i32' }, 1);
  throws(() => { constant.value = 2; }, TypeError, 'immutable', 'immutable');
  throws(() => W.Global.prototype.valueOf.call({}), TypeError, 'valueOf of another receiver', 'WebAssembly.Global');
  const g = new W.Global({ value: 'i32', mutable: true }, 10);
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, { g })).exports;
  e.incg();
  eq(g.value, 11, 'wasm changed the imported global');
  g.value = 20;
  e.incg();
  eq(g.value, 21, 'wasm sees the value set from JS');
  eq(e.gi64.value, -7n, 'exported i64 global');
  eq(e.gf64.value, 3.5, 'exported f64 global');
  e.gf64.value = 1.25;
  eq(e.gf64.valueOf(), 1.25, 'set an exported mutable global');
  throws(() => { e.gi64.value = 1n; }, TypeError, 'an exported immutable global', 'immutable');
  const setter = Object.getOwnPropertyDescriptor(W.Global.prototype, 'value').set;
  throws(() => setter.call(e.gf64), TypeError, 'the setter called without a value', 'value');
  eq(e.gf64.value, 1.25, 'unchanged');
};

// ---- asynchronous compilation and instantiation

cases['compile and instantiate: both overloads; rejections'] = async (W, env) => {
  const bytes = await env.wasm('jsapi-basic');
  const p = W.compile(bytes);
  ok(p instanceof Promise, 'compile returns a promise');
  const m = await p;
  ok(m instanceof W.Module, 'a Module');
  const pair = await W.instantiate(bytes, basicImports(W));
  ok(pair.module instanceof W.Module && pair.instance instanceof W.Instance, '{module, instance}');
  eq(pair.instance.exports.add(1, 2), 3, 'instance works');
  const only = await W.instantiate(m, basicImports(W));
  ok(only instanceof W.Instance, 'instantiate(module) gives an Instance');
  await rejects(W.compile(new Uint8Array([1, 2, 3])), W.CompileError, 'compile of junk');
  await rejects(W.compile('x'), TypeError, 'compile of a string', 'WebAssembly.compile()');
  await rejects(W.instantiate(bytes, {}), TypeError, 'instantiate with missing imports', 'env');
  await rejects(W.instantiate(bytes, basicImports(W, { log: 1 })), W.LinkError, 'instantiate with a bad import', 'env.log');
  await rejects(W.instantiate(await env.wasm('jsapi-trapstart')), W.RuntimeError, 'start traps', 'unreachable');
  await rejects(W.instantiate(5), TypeError, 'instantiate of a number');
};

cases['compileStreaming and instantiateStreaming: Response checks'] = async (W, env) => {
  const m = await W.compileStreaming(env.response('jsapi-basic', 'application/wasm', 200));
  ok(m instanceof W.Module, 'a Module from a promise of a Response');
  const r = await W.instantiateStreaming(await env.response('jsapi-start', 'application/wasm', 200), { env: { seed: () => 9 } });
  eq(r.instance.exports.started.value, 9, 'instantiateStreaming');
  await rejects(W.compileStreaming(env.response('jsapi-basic', 'text/plain', 200)), TypeError, 'wrong type', 'application/wasm');
  await rejects(W.compileStreaming(env.response('jsapi-basic', 'application/wasm', 404)), TypeError, 'HTTP 404', '404');
  await rejects(W.compileStreaming({}), TypeError, 'not a Response', 'Response');
};

// ---- JSPI

async function jspi(W, env, imports) {
  const { instance } = await W.instantiate(await env.wasm('jsapi-jspi'), {
    env: Object.assign({ wait: new W.Suspending(async (x) => x), read: () => 0, tick: () => {} }, imports),
  });
  return instance.exports;
}

cases['JSPI: a suspending import that awaits a timer'] = async (W, env) => {
  const e = await jspi(W, env, { wait: new W.Suspending(async (x) => { await sleep(20); return x * 2; }) });
  const twice = W.promising(e.twice);
  eq(typeof twice, 'function', 'promising returns a function');
  const began = Date.now();
  const p = twice(5);
  ok(p instanceof Promise, 'it returns a promise');
  eq(await p, 210, 'result after two suspensions');
  ok(Date.now() - began >= 35, 'it waited for both timers');
  eq(e.started.value, 42, 'the start function suspended and ran under async instantiate');
};

cases['JSPI: a read waits for a value supplied later'] = async (W, env) => {
  let supply;
  const e = await jspi(W, env, { read: new W.Suspending(() => new Promise((resolve) => { supply = resolve; })) });
  const result = W.promising(e.readPlusOne)();
  let settled = false;
  result.then(() => { settled = true; });
  await sleep(30);
  eq(settled, false, 'still waiting');
  ok(typeof supply === 'function', 'the import was called');
  supply(41);
  eq(await result, 42, 'continued with the supplied value');
};

cases['JSPI: a rejection is thrown into wasm and reaches the caller'] = async (W, env) => {
  const reason = new Error('no input');
  const e = await jspi(W, env, { read: new W.Suspending(async () => { throw reason; }) });
  let caught;
  try {
    await W.promising(e.readPlusOne)();
  } catch (x) {
    caught = x;
  }
  eq(caught, reason, 'the same rejection object');
  eq(await W.promising(e.count)(10), 10, 'the instance still works');
};

cases['JSPI: an endless loop is cancelled while the event loop keeps running'] = async (W, env) => {
  const e = await jspi(W, env);
  const controller = new AbortController();
  let timers = 0;
  const interval = setInterval(() => { timers++; }, 5);
  setTimeout(() => controller.abort(), 400);
  const began = Date.now();
  try {
    let error;
    try {
      await W.promising(e.spin, { signal: controller.signal })();
    } catch (x) {
      error = x;
    }
    eq(error, controller.signal.reason, 'rejected with the signal\'s reason');
    eq(error.name, 'AbortError', 'an AbortError');
  } finally {
    clearInterval(interval);
  }
  ok(timers >= 3, 'timers fired during the endless loop: ' + timers);
  ok(Date.now() - began < 2000, 'cancelled promptly');
  const late = new AbortController();
  late.abort();
  let early;
  await W.promising(e.count, { signal: late.signal })(1).catch((x) => { early = x; });
  eq(early, late.signal.reason, 'a call with an aborted signal does not start');
};

cases['JSPI: a long computation yields to the event loop'] = async (W, env) => {
  const e = await jspi(W, env);
  let timers = 0;
  const interval = setInterval(() => { timers++; }, 2);
  let n;
  try {
    n = await W.promising(e.count, { yieldEveryMs: 2 })(3000000);
  } finally {
    clearInterval(interval);
  }
  eq(n, 3000000, 'result');
  ok(timers >= 2, 'timers ran during the computation: ' + timers);
};

cases['JSPI: misuse is the spec\'s error'] = async (W, env) => {
  const e = await jspi(W, env, { wait: new W.Suspending(() => sleep(1).then(() => 1)) });
  throws(() => e.twice(1), W.SuspendError, 'a suspending import outside promising', 'promising');
  throws(() => W.promising(() => 1), TypeError, 'promising of a JS function', 'exported function');
  throws(() => new W.Suspending(5), TypeError, 'Suspending of a number', 'function');
  throws(() => W.Suspending(() => 1), TypeError, 'Suspending without new');
  await rejects(W.promising(e.count)(1n), TypeError, 'bad argument: a rejected promise');
  const jspiModule = new W.Module(await env.wasm('jsapi-jspi'));
  throws(() => new W.Instance(jspiModule, { env: { wait: new W.Suspending(async () => 1), read: () => 0, tick: () => {} } }),
    W.SuspendError, 'a suspending start function under the synchronous constructor');
  const plain = await jspi(W, env, { wait: new W.Suspending((x) => x + 1) });
  eq(await W.promising(plain.twice)(1), 103, 'a non-promise result does not suspend');
  throws(() => plain.twice(1), W.SuspendError, 'outside promising even when it would not suspend');
};

cases['JSPI: promising calls interleave'] = async (W, env) => {
  const e = await jspi(W, env, { wait: new W.Suspending(async (x) => { await sleep(x % 7); return x; }) });
  const twice = W.promising(e.twice);
  const results = await Promise.all([twice(1), twice(2), twice(3), W.promising(e.count)(100000)]);
  eq(results.join(), '101,102,103,100000', 'all four');
};

// ---- WebIDL shapes, descriptors, the direct call paths, trap stacks, buffers

function dataDescriptor(object, key, flags, what) {
  const d = Object.getOwnPropertyDescriptor(object, key);
  ok(d !== undefined && 'value' in d, `${what}: a data property`);
  eq(d.writable, flags[0], `${what}: writable`);
  eq(d.enumerable, flags[1], `${what}: enumerable`);
  eq(d.configurable, flags[2], `${what}: configurable`);
  return d.value;
}

function nameAndLength(f, name, length, what) {
  eq(dataDescriptor(f, 'name', [false, false, true], what + '.name'), name, what + '.name');
  eq(dataDescriptor(f, 'length', [false, false, true], what + '.length'), length, what + '.length');
}

cases['interfaces: names, lengths and property descriptors as WebIDL defines them; constructors need new'] = async (W) => {
  eq(Object.getPrototypeOf(W), Object.prototype, 'the namespace is a plain object');
  const d = Object.getOwnPropertyDescriptor(W, Symbol.toStringTag);
  eq(d.writable === false && d.enumerable === false && d.configurable === true, true, 'namespace toStringTag descriptor');
  const lengths = {
    Module: 1, Instance: 1, Memory: 1, Table: 1, Global: 1, CompileError: 1, LinkError: 1, RuntimeError: 1,
    validate: 1, compile: 1, instantiate: 1, compileStreaming: 1, instantiateStreaming: 1, Suspending: 1, promising: 1,
  };
  for (const [name, length] of Object.entries(lengths)) {
    nameAndLength(dataDescriptor(W, name, [true, false, true], 'WebAssembly.' + name), name, length, 'WebAssembly.' + name);
  }
  const interfaces = { Module: [], Instance: [], Memory: [{ initial: 0 }], Table: [{ element: 'anyfunc', initial: 0 }],
    Global: [{ value: 'i32' }], Suspending: [() => 0] };
  for (const [name, args] of Object.entries(interfaces)) {
    const I = W[name];
    eq(Object.getPrototypeOf(I), Function.prototype, name + ': [[Prototype]]');
    dataDescriptor(I, 'prototype', [false, false, false], name + '.prototype');
    eq(Object.getPrototypeOf(I.prototype), Object.prototype, name + '.prototype: [[Prototype]]');
    eq(dataDescriptor(I.prototype, 'constructor', [true, false, true], name + '.prototype.constructor'), I, name + '.prototype.constructor');
    eq(dataDescriptor(I.prototype, Symbol.toStringTag, [false, false, true], name + ' toStringTag'), 'WebAssembly.' + name, name + ' toStringTag');
    throws(() => I(...args), TypeError, name + ' called without new', 'new');
  }
  const methods = [[W.Module, 'exports', 1], [W.Module, 'imports', 1], [W.Module, 'customSections', 2],
    [W.Memory.prototype, 'grow', 1], [W.Table.prototype, 'get', 1], [W.Table.prototype, 'set', 1],
    [W.Table.prototype, 'grow', 1], [W.Global.prototype, 'valueOf', 0]];
  for (const [object, name, length] of methods) {
    const f = dataDescriptor(object, name, [true, true, true], name);
    nameAndLength(f, name, length, name);
    throws(() => new f(), TypeError, 'new ' + name);
  }
  const accessors = [[W.Instance.prototype, 'exports', false], [W.Memory.prototype, 'buffer', false],
    [W.Table.prototype, 'length', false], [W.Global.prototype, 'value', true]];
  for (const [object, name, settable] of accessors) {
    const a = Object.getOwnPropertyDescriptor(object, name);
    ok(a !== undefined && typeof a.get === 'function', name + ': an accessor');
    eq(a.enumerable && a.configurable, true, name + ': enumerable and configurable');
    nameAndLength(a.get, 'get ' + name, 0, name + ' getter');
    if (settable) nameAndLength(a.set, 'set ' + name, 1, name + ' setter');
    else eq(a.set, undefined, name + ': no setter');
  }
};

cases['Memory and Table descriptors: read in WebIDL order; address, shared and limits errors'] = async (W) => {
  const number = (order, name, value) => ({ valueOf() { order.push(name + ' valueOf'); return value; } });
  const string = (order, name, value) => ({ toString() { order.push(name + ' toString'); return value; } });
  const memory = (order, initial, maximum) => ({
    get maximum() { order.push('maximum'); return number(order, 'maximum', maximum); },
    get initial() { order.push('initial'); return number(order, 'initial', initial); },
    get shared() { order.push('shared'); return false; },
  });
  let order = [];
  new W.Memory(memory(order, 1, 1));
  eq(order.join(), 'initial,initial valueOf,maximum,maximum valueOf,shared', 'Memory descriptor order');
  order = [];
  throws(() => new W.Memory(memory(order, 2, 2 ** 32)), TypeError, 'Memory maximum out of range', 'maximum');
  eq(order.join(), 'initial,initial valueOf,maximum,maximum valueOf', 'Memory: read up to the bad maximum');
  const table = (order, element, initial, maximum) => ({
    get maximum() { order.push('maximum'); return number(order, 'maximum', maximum); },
    get initial() { order.push('initial'); return initial === undefined ? undefined : number(order, 'initial', initial); },
    get element() { order.push('element'); return string(order, 'element', element); },
  });
  order = [];
  new W.Table(table(order, 'anyfunc', 1, 1));
  eq(order.join(), 'element,element toString,initial,initial valueOf,maximum,maximum valueOf', 'Table descriptor order');
  order = [];
  throws(() => new W.Table(table(order, 'invalid', 1, 1)), TypeError, 'invalid element', 'element');
  eq(order.join(), 'element,element toString', 'Table: nothing read after a bad element');
  order = [];
  throws(() => new W.Table(table(order, 'anyfunc', undefined, 1)), TypeError, 'no initial', 'initial');
  eq(order.join(), 'element,element toString,initial', 'Table: nothing read after a missing initial');
  order = [];
  throws(() => new W.Table(table(order, 'anyfunc', 1, 10000001)), RangeError, 'Table maximum over 10000000', 'maximum');
  eq(order.join(), 'element,element toString,initial,initial valueOf,maximum,maximum valueOf', 'Table: all read before the RangeError');
  const proxy = new Proxy({}, {
    has(o, key) { throw new Failure('[[HasProperty]] of ' + String(key)); },
    get(o, key) { return key === 'initial' ? 0 : key === 'element' ? 'externref' : undefined; },
  });
  eq(new W.Memory(proxy).buffer.byteLength, 0, 'a Proxy descriptor is read with [[Get]] only');
  eq(new W.Table(proxy).length, 0, 'a Proxy table descriptor');
  throws(() => new W.Memory({ initial: 1, address: 'i64' }), TypeError, 'a number initial for a 64-bit memory', 'BigInt');
  throws(() => new W.Table({ element: 'anyfunc', initial: 1, address: 'i64' }), TypeError, 'a number for a 64-bit table', 'BigInt');
  throws(() => new W.Memory({ initial: 1, address: 'i16' }), TypeError, 'a bad address type', 'address');
  eq(new W.Memory({ initial: 1, address: 'i32' }).buffer.byteLength, 65536, 'address i32');
  throws(() => new W.Memory({ initial: 1, shared: true }), TypeError, 'shared without maximum', 'maximum');
  throws(() => new W.Memory({ initial: 1, maximum: 2, shared: true }), TypeError, 'a shared memory', 'shared');
  throws(() => new W.Table(), TypeError, 'no table descriptor', 'descriptor');
  eq(new W.Table({ element: 'anyfunc', minimum: 2 }).length, 2, 'minimum (type reflection) for initial');
};

// made by wast2json3 (wat2wasm has no 64-bit tables) from: (module (import "env" "mem" (memory i64 1 8))
// (import "env" "tab" (table i64 2 funcref)) (type $r (func (result i32)))
// (func (export "load") (param i64) (result i32) (i32.load (local.get 0)))
// (func (export "store") (param i64 i32) (i32.store (local.get 0) (local.get 1)))
// (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0))) (func (export "size") (result i64) (memory.size))
// (func (export "call") (param i64) (result i32) (call_indirect (type $r) (local.get 0)))
// (memory (export "own") i64 1 0x1_0000_0000_0000) (table (export "own_table") i64 1 0xffff_ffff_ffff funcref))
const MEMORY64_MODULE =
  '0061736d01000000019880808000056000017f60017e017f60027e7f0060017e017e6000017e0299808080000203656e7603' +
  '6d656d0205010803656e760374616201700402038680808000050102030401048b8080800001700501ffffffffffff3f058a' +
  '808080000105018080808080804007b78080800007046c6f616400000573746f726500010467726f7700020473697a650003' +
  '0463616c6c0004036f776e0201096f776e5f7461626c6501010abb808080000587808080000020002802000b898080800000' +
  '200020013602000b868080800000200040000b8480808000003f000b87808080000020001100000b';

cases['memory64: Memory and Table with address "i64" take and give BigInts and link to 64-bit imports'] = async (W) => {
  const m = new W.Memory({ address: 'i64', initial: 1n, maximum: 8n });
  eq(m.buffer.byteLength, 65536, 'a 64-bit memory of one page');
  eq(m.grow(1n), 1n, 'grow takes and returns BigInts');
  eq(m.buffer.byteLength, 131072, 'grown by a page');
  throws(() => m.grow(1), TypeError, 'a number delta for a 64-bit memory', 'BigInt');
  throws(() => m.grow(-1n), TypeError, 'a negative delta', '2^64');
  throws(() => m.grow(2n ** 64n), TypeError, 'a delta of 2^64', '2^64');
  throws(() => m.grow(7n), RangeError, 'growing past the maximum', 'maximum');
  throws(() => new W.Memory({ address: 'i64', initial: 2n, maximum: 1n }), RangeError, 'maximum below initial', 'initial');
  throws(() => new W.Memory({ address: 'i64', initial: 0n, maximum: 2n ** 48n + 1n }), RangeError, 'over 2^48 pages', '2^48');
  throws(() => new W.Memory({ address: 'i64', initial: 40000n }), RangeError, 'more pages than the engine holds', 'pages');
  const huge = new W.Memory({ address: 'i64', initial: 0n, maximum: 2n ** 48n });
  eq(huge.grow(0n), 0n, 'a declared maximum of 2^48 pages');
  eq(new W.Memory({ address: 'i32', initial: 1, maximum: 2 }).grow(1), 1, 'a 32-bit memory keeps numbers');
  const t = new W.Table({ element: 'anyfunc', address: 'i64', initial: 2n, maximum: 2n ** 64n - 1n });
  eq(t.length, 2n, 'a 64-bit table\'s length is a BigInt');
  eq(t.get(1n), null, 'get with a BigInt index');
  throws(() => t.get(1), TypeError, 'a number index for a 64-bit table', 'BigInt');
  throws(() => t.get(2n), RangeError, 'an index past the end', 'out of bounds');
  throws(() => t.get(2n ** 40n), RangeError, 'a huge index', 'out of bounds');
  eq(t.grow(1n), 2n, 'table grow returns a BigInt');
  eq(t.length, 3n, 'grown by one');
  const bytes = Uint8Array.from(MEMORY64_MODULE.match(/../g), (x) => parseInt(x, 16));
  const module = new W.Module(bytes);
  const e = new W.Instance(module, { env: { mem: m, tab: t } }).exports;
  e.store(100n, 42);
  eq(new Int32Array(m.buffer)[25], 42, 'a wasm store through an i64 address is in the imported memory');
  new Int32Array(m.buffer)[26] = -7;
  eq(e.load(104n), -7, 'a wasm load sees what JS wrote');
  throws(() => e.load(0x1_0000_0000n), W.RuntimeError, 'an address of 2^32', 'out of bounds');
  throws(() => e.load(2n ** 64n - 1n), W.RuntimeError, 'an address of 2^64-1', 'out of bounds');
  eq(e.size(), 2n, 'memory.size of a 64-bit memory is an i64');
  eq(e.grow(1n), 2n, 'memory.grow from wasm');
  eq(m.buffer.byteLength, 3 * 65536, 'the grown memory is the imported one');
  throws(() => e.call(0n), W.RuntimeError, 'call_indirect on a null element', 'uninitialized');
  throws(() => e.call(3n), W.RuntimeError, 'call_indirect past the end of a table64', 'undefined element');
  ok(e.own instanceof W.Memory, 'an exported 64-bit memory is a Memory');
  eq(e.own.grow(1n), 1n, 'and grows with BigInts');
  eq(e.own_table.length, 1n, 'an exported 64-bit table');
  const m32 = new W.Memory({ initial: 1, maximum: 8 });
  throws(() => new W.Instance(module, { env: { mem: m32, tab: t } }), W.LinkError, 'a 32-bit memory for an i64 import', 'incompatible');
};

cases['Exported Function: the direct path converts each parameter once, in order, and calls nest'] = async (W, env) => {
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W)).exports;
  const order = [];
  const arg = (name, v) => ({ valueOf() { order.push(name); return v; } });
  eq(e.add(arg('a', 2), arg('b', 3), arg('extra', 4)), 5, 'valueOf arguments');
  eq(order.join(), 'a,b', 'parameters converted in order, extra arguments untouched');
  eq(e.add({ valueOf: () => e.add(20, 1) }, 1), 22, 'a call from inside an argument conversion');
  eq(e.callTable(4, 5, { valueOf: () => e.callTable(0, 0, 0) }), 9, 'three parameters, one converted by a nested call');
  eq(e.f32id('0.1'), Math.fround(0.1), 'f32 from a string');
  ok(Number.isNaN(e.f32id()), 'a missing f32 is NaN');
  eq(e.f64id(true), 1, 'f64 from a boolean');
  eq(e.add(-0, 2 ** 31), -(2 ** 31), 'ToInt32');
  throws(() => e.add(Symbol('s'), 1), TypeError, 'a Symbol for i32');
  throws(() => e.f64id(2n), TypeError, 'a BigInt for f64');
  const thrown = new Error('from valueOf');
  let caught;
  try {
    e.add({ valueOf() { throw thrown; } }, 1);
  } catch (x) {
    caught = x;
  }
  eq(caught, thrown, 'an exception of a conversion is the same object');
  eq(e.add(1, 2), 3, 'the next call works');
};

// (module (import "env" "f" (func $f (param i32 i32) (result i32)))
//   (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
//   (func (export "callImport") (param i32) (result i32) (local i32)
//     (loop $l (local.set 1 (call $f (local.get 1) (i32.const 1))) (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
//     (local.get 1)))
const CALLS_WASM = '0061736d01000000010c0260027f7f017f60017f017f02090103656e760166000003030200010714020361646400010a'
  + '63616c6c496d706f727400020a22020700200020016a0b1801017f0340200141011000210120012000490d000b20010b';

cases['host functions: a two-parameter import gets exactly its arguments, this = undefined, and may re-enter'] = async (W) => {
  const bytes = new Uint8Array(CALLS_WASM.match(/../g).map((h) => parseInt(h, 16)));
  let instance;
  let reentered = false;
  const seen = [];
  ({ instance } = await W.instantiate(bytes, {
    env: {
      f: function (a, b) {
        'use strict';
        seen.push([this, arguments.length, a, b]);
        // re-entering: the inner call's arguments must not disturb this call's
        const inner = a === 1 && !reentered ? (reentered = true, instance.exports.callImport(2)) : 0;
        return a + b + inner * 0;
      },
    },
  }));
  eq(instance.exports.callImport(3), 3, 'result of the loop');
  eq(JSON.stringify(seen.map(([t, n, a, b]) => [t === undefined, n, a, b])),
    JSON.stringify([[true, 2, 0, 1], [true, 2, 1, 1], [true, 2, 0, 1], [true, 2, 1, 1], [true, 2, 2, 1]]), 'calls');
  const r = await W.instantiate(bytes, { env: { f: () => 2 ** 32 + 7.9 } });
  eq(r.instance.exports.callImport(1), 7, 'the result converted with ToInt32');
  const s = await W.instantiate(bytes, { env: { f: () => Symbol('no') } });
  throws(() => s.instance.exports.callImport(1), TypeError, 'a Symbol result');
};

cases['traps: the error\'s stack shows the wasm frames first, bounded'] = async (W, env) => {
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W)).exports;
  const trap = throws(() => e.trap(), W.RuntimeError, 'unreachable', 'unreachable');
  const lines = trap.stack.split('\n');
  eq(lines[0], 'RuntimeError: ' + trap.message, 'the first line');
  ok(/^ {4}at func\[\d+\] at \+0x[0-9a-f]+ \(wasm\)$/.test(lines[1]), 'the trapping wasm frame: ' + lines[1]);
  ok(lines.length > 2, 'the JavaScript frames follow');
  const deep = throws(() => e.recurse(0), RangeError, 'endless recursion', 'call stack');
  const frames = deep.stack.split('\n').filter((l) => l.endsWith('(wasm)'));
  ok(frames.length >= 12 && frames.length <= 16, 'at most 16 wasm frames: ' + frames.length);
  ok(frames.every((l) => l.includes('$recurse')), 'frames named from the name section');
  ok(/^ {4}\.\.\. \d+ more wasm frames$/m.test(deep.stack), 'the frames left out are counted');
  ok(deep.stack.length < 4000, 'bounded: ' + deep.stack.length + ' characters');
  const div = throws(() => e.div(1, 0), W.RuntimeError, 'divide by zero');
  ok(div.stack.split('\n')[1].includes('(wasm)'), 'a trap in an exported function with arguments');
};

cases['Memory: many grows by wasm keep the contents; the buffer handed out is exact and detached by the next grow'] = async (W, env) => {
  // teawasi's grows by wasm reuse a reserve (views of one buffer) until the page reads the buffer
  const mem = new W.Memory({ initial: 1, maximum: 10 });
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, { mem })).exports;
  e.store(100, 12345);
  const sizes = [];
  for (const delta of [1, 1, 2, 2, 3]) {
    sizes.push(e.grow(delta));
    e.store(e.size() * 65536 - 4, delta + 100 * sizes.length); // the last word of the new size
  }
  eq(sizes.join(), '1,2,3,5,7', 'the old sizes');
  const b = mem.buffer;
  eq(b.byteLength, 10 * 65536, 'the buffer is exactly the memory');
  eq(new Int32Array(b)[25], 12345, 'contents from before the grows');
  eq(new Int32Array(b)[10 * 16384 - 1], 503, 'the word written after the last grow');
  eq(e.load(2 * 65536 - 4), 101, 'the word written after the first grow');
  eq(e.load(7 * 65536 - 4), 402, 'the word written after the fourth grow');
  new Int32Array(b)[26] = -5;
  eq(e.load(104), -5, 'wasm sees a write through the buffer');
  eq(mem.buffer, b, 'the same buffer while the memory does not grow');
  eq(e.grow(0), 10, 'grow by 0');
  eq(e.grow(1), -1, 'the maximum holds');
  eq(e.load(10 * 65536 - 4), 503, 'contents after the failed grow');
};

cases['Memory: a buffer read between grows by wasm is detached by each of them'] = async (W, env) => {
  const mem = new W.Memory({ initial: 1, maximum: 10 });
  const e = new W.Instance(new W.Module(await env.wasm('jsapi-basic')), basicImports(W, { mem })).exports;
  let last = mem.buffer;
  for (let i = 0; i < 3; i++) {
    e.store(i * 4, i + 1);
    eq(e.grow(2), 1 + 2 * i, `grow ${i}`);
    eq(last.byteLength, 0, `grow ${i} detached the buffer read before it`);
    last = mem.buffer;
    eq(last.byteLength, (3 + 2 * i) * 65536, `the buffer after grow ${i}`);
    eq(new Int32Array(last)[i], i + 1, `contents after grow ${i}`);
  }
  e.grow(1);
  e.grow(1);
  eq(last.byteLength, 0, 'two grows without a read: the buffer read before them is detached');
  eq(mem.buffer.byteLength, 9 * 65536, 'and the next one is exact');
  eq(new Int32Array(mem.buffer)[2], 3, 'contents kept');
};

cases['Memory.buffer: transfer() cannot detach it; a transfer by structuredClone is reported'] = async (W) => {
  const mem = new W.Memory({ initial: 1, maximum: 3 });
  const b = mem.buffer;
  if (typeof ArrayBuffer.prototype.transfer === 'function') {
    throws(() => b.transfer(), TypeError, 'transfer()', 'WebAssembly.Memory');
    throws(() => b.transfer(10), TypeError, 'transfer(10)', 'WebAssembly.Memory');
    throws(() => b.transferToFixedLength(), TypeError, 'transferToFixedLength()', 'WebAssembly.Memory');
    eq(b.byteLength, 65536, 'still attached');
    eq(new ArrayBuffer(8).transfer(16).byteLength, 16, 'other buffers transfer as before');
    eq(ArrayBuffer.prototype.transfer.name, 'transfer', 'transfer keeps its name');
    eq(ArrayBuffer.prototype.transfer.length, 0, 'and its length');
  }
  mem.grow(1);
  eq(b.byteLength, 0, 'grow still detaches the old buffer');
  eq(mem.buffer.byteLength, 2 * 65536, 'the new buffer');
  if (typeof structuredClone === 'function') {
    const other = new W.Memory({ initial: 1 });
    const taken = other.buffer;
    structuredClone(taken, { transfer: [taken] });
    throws(() => other.buffer, TypeError, 'the buffer after a structuredClone transfer', 'detached');
  }
};

// (module (import "env" "tag" (tag $jstag (param i32))) (import "env" "thrower" (func $thrower (param i32)))
//   (tag $t (export "t") (param i32 f64)) (export "jstag" (tag $jstag))
//   (func (export "throwT") (param i32) (throw $t (local.get 0) (f64.const 2.5)))
//   (func (export "catchFromImport") (param i32) (result i32)
//     (try (result i32) (do (call $thrower (local.get 0)) (i32.const -1)) (catch $jstag (i32.add (i32.const 1000)))))
//   (func (export "catchAll") (param i32) (result i32)
//     (try (result i32) (do (call $thrower (local.get 0)) (i32.const -1)) (catch_all (i32.const 7)))))
// (wat2wasm --enable-exceptions: the legacy instructions; the engine runs both kinds)
const EH_WASM = '0061736d01000000010f0360017f0060027f7c0060017f017f021a0203656e760374616704000003656e76077468726f77'
  + '657200000304030002020d0301000107330501740401056a737461670400067468726f775400010f636174636846726f6d496d706f727400'
  + '02086361746368416c6c00030a32030f00200044000000000000044008010b1100067f20001000417f070041e8076a0b0b0e00067f2000'
  + '1000417f1941070b0b';

cases['Tag and Exception: tags import and export; wasm exceptions reach JS, JS ones are caught by wasm'] = async (W) => {
  nameAndLength(W.Tag, 'Tag', 1, 'WebAssembly.Tag');
  nameAndLength(W.Exception, 'Exception', 2, 'WebAssembly.Exception');
  nameAndLength(W.Exception.prototype.getArg, 'getArg', 2, 'getArg');
  nameAndLength(W.Exception.prototype.is, 'is', 1, 'is');
  throws(() => W.Tag({ parameters: [] }), TypeError, 'Tag without new', 'new');
  throws(() => new W.Tag({}), TypeError, 'no parameters', 'parameters');
  throws(() => new W.Tag({ parameters: ['i33'] }), TypeError, 'a bad parameter type', 'i33');
  const jstag = new W.Tag({ parameters: ['i32'] });
  eq(String(jstag), '[object WebAssembly.Tag]', 'Tag toStringTag');
  let toThrow;
  const bytes = new Uint8Array(EH_WASM.match(/../g).map((h) => parseInt(h, 16)));
  const { module, instance } = await W.instantiate(bytes, { env: { tag: jstag, thrower: (x) => { if (toThrow) throw toThrow(x); } } });
  const e = instance.exports;
  eq(JSON.stringify(W.Module.exports(module).slice(0, 2)), '[{"name":"t","kind":"tag"},{"name":"jstag","kind":"tag"}]', 'export descriptors');
  eq(W.Module.imports(module)[0].kind, 'tag', 'import descriptor');
  ok(e.t instanceof W.Tag, 'an exported tag is a Tag');
  eq(e.jstag, jstag, 'a re-exported tag is the imported object');
  await rejects(W.instantiate(bytes, { env: { tag: {}, thrower: () => {} } }), W.LinkError, 'an object for a tag', 'env.tag');
  let thrown;
  try {
    e.throwT(5);
  } catch (x) {
    thrown = x;
  }
  ok(thrown instanceof W.Exception, 'an uncaught wasm exception is a WebAssembly.Exception');
  ok(!(thrown instanceof Error), 'an Exception is not an Error');
  eq(String(thrown), '[object WebAssembly.Exception]', 'Exception toStringTag');
  eq(thrown.is(e.t), true, 'is its tag');
  eq(thrown.is(jstag), false, 'is not another tag');
  eq(thrown.getArg(e.t, 0), 5, 'payload i32');
  eq(thrown.getArg(e.t, 1), 2.5, 'payload f64');
  throws(() => thrown.getArg(e.t, 2), RangeError, 'getArg out of range', 'index 2');
  throws(() => thrown.getArg(jstag, 0), TypeError, 'getArg with another tag', 'tag given');
  throws(() => thrown.is({}), TypeError, 'is of a non-tag', 'WebAssembly.Tag');
  toThrow = (x) => new W.Exception(jstag, [x]);
  eq(e.catchFromImport(42), 1042, 'wasm catches an Exception of its tag thrown by an import');
  eq(e.catchAll(1), 7, 'catch_all catches it too');
  const other = new W.Exception(e.t, [1, 2]);
  toThrow = () => other;
  let caught;
  try {
    e.catchFromImport(1);
  } catch (x) {
    caught = x;
  }
  eq(caught, other, 'an Exception of another tag passes through wasm as the same object');
  toThrow = undefined;
  eq(e.catchFromImport(1), -1, 'no exception');
  let rejected;
  await W.promising(e.throwT)(3).catch((x) => { rejected = x; });
  eq(rejected.getArg(e.t, 0), 3, 'a promising call rejects with the Exception');
  throws(() => new W.Exception(jstag, [1, 2]), TypeError, 'payload too long', 'payload');
  throws(() => new W.Exception(jstag), TypeError, 'no payload', 'payload');
  throws(() => new W.Exception({}, []), TypeError, 'not a tag', 'WebAssembly.Tag');
  throws(() => new W.Exception(new W.Tag({ parameters: ['i64'] }), [1]), TypeError, 'a number for i64', 'BigInt');
  toThrow = () => new Error('plain');
  eq(e.catchAll(1), 7, 'catch_all catches what a JS import threw (the JS tag)');
  const plain = new Error('passes');
  toThrow = () => plain;
  caught = undefined;
  try {
    e.catchFromImport(1);
  } catch (x) {
    caught = x;
  }
  eq(caught, plain, 'a JS error not caught by wasm reaches the caller as the same object');
  toThrow = undefined;
  const i64 = new W.Tag({ parameters: ['i64', 'externref'] });
  const o = {};
  const x = new W.Exception(i64, [5n, o], { traceStack: true });
  eq(x.getArg(i64, 0), 5n, 'i64 payload');
  eq(x.getArg(i64, 1), o, 'externref payload');
  ok(typeof x.stack === 'string' && x.stack.length > 0, 'traceStack gives a stack');
  eq(new W.Exception(i64, [1n, o]).stack, undefined, 'no stack without traceStack');
};

// (module (import "env" "jstag" (tag $js (param externref))) (import "env" "thrower" (func $thrower))
//   (func (export "catchJs") (result externref) (try (result externref) (do (call $thrower) (ref.null extern)) (catch $js)))
//   (func (export "throwJs") (param externref) (throw $js (local.get 0))))
const JSTAG_WASM = '0061736d01000000010c0360016f006000006000016f021c0203656e76056a7374616704000003656e76077468726f776572'
  + '000103030202000715020763617463684a730001077468726f774a7300020a14020b00066f1000d06f07000b0b0600200008000b';

cases['WebAssembly.JSTag: wasm catches JS values by it, and throws them back as themselves'] = async (W) => {
  ok(W.JSTag instanceof W.Tag, 'JSTag is a Tag');
  eq(W.JSTag, W.JSTag, 'the same Tag every time');
  const d = Object.getOwnPropertyDescriptor(W, 'JSTag');
  ok(typeof d.get === 'function' && d.set === undefined && d.enumerable && d.configurable, 'a readonly attribute');
  throws(() => new W.Exception(W.JSTag, [1]), TypeError, 'an Exception of JSTag', 'JSTag');
  const value = { why: 'from JS' };
  let toThrow;
  const bytes = new Uint8Array(JSTAG_WASM.match(/../g).map((h) => parseInt(h, 16)));
  const { instance } = await W.instantiate(bytes, { env: { jstag: W.JSTag, thrower: () => { if (toThrow !== undefined) throw toThrow; } } });
  toThrow = value;
  eq(instance.exports.catchJs(), value, 'the value a JS import threw, caught by its tag');
  toThrow = undefined;
  eq(instance.exports.catchJs(), null, 'nothing thrown');
  for (const v of [value, 7, undefined, null, 'text']) {
    let caught = Symbol('none');
    try {
      instance.exports.throwJs(v);
    } catch (x) {
      caught = x;
    }
    eq(caught, v, 'throw of the JS tag reaches JS as the value itself: ' + String(v));
  }
};

// (module (type $ii (func (param i32) (result i32))) (type $v (func))
//   (import "env" "give" (func $give (result (ref $ii))))
//   (func $inc (export "inc") (type $ii) (i32.add (local.get 0) (i32.const 1))) (func $nop (export "nop") (type $v))
//   (table $t (export "table") 2 (ref $ii) (ref.func $inc)) (global $g (export "g") (mut (ref $ii)) (ref.func $inc))
//   (func (export "callIt") (param $f (ref $ii)) (param i32) (result i32) (call_ref $ii (local.get 1) (local.get $f)))
//   (func (export "isNull") (param $f (ref null $ii)) (result i32) (ref.is_null (local.get $f)))
//   (func (export "getInc") (result (ref $ii)) (ref.func $inc))
//   (func (export "ext") (param (ref extern)) (result i32) (i32.const 1))
//   (func (export "callGiven") (result i32) (call_ref $ii (i32.const 41) (call $give))))
const TYPED_REFS_WASM = '0061736d0100000001a5808080000760017f017f6000006000016400600264007f017f60016300017f6001646f017f6000017f028c808080'
  + '000103656e76046769766500020388808080000700010304020506048a8080800001400064000002d2010b06878080800001640001d2010b'
  + '07c6808080000903696e630001036e6f700002057461626c650100016703000663616c6c497400030669734e756c6c000406676574496e63'
  + '00050365787400060963616c6c476976656e00070aca8080800007878080800000200041016a0b8280808000000b88808080000020012000'
  + '14000b8580808000002000d10b848080800000d2010b84808080000041010b8880808000004129100014000b';

cases['typed function references: null and functions of another type are TypeErrors at the boundary'] = async (W) => {
  let given = null;
  const bytes = new Uint8Array(TYPED_REFS_WASM.match(/../g).map((h) => parseInt(h, 16)));
  const { instance } = await W.instantiate(bytes, { env: { give: () => given } });
  const x = instance.exports;
  eq(x.callIt(x.inc, 1), 2, 'call_ref through a (ref $t) parameter');
  throws(() => x.callIt(null, 1), TypeError, 'null for a (ref $t) parameter', 'null');
  throws(() => x.callIt(x.nop, 1), TypeError, 'a function of another type for a (ref $t) parameter', 'type');
  throws(() => x.callIt(() => 1, 1), TypeError, 'a plain JS function for a (ref $t) parameter');
  eq(x.isNull(null), 1, 'null for a (ref null $t) parameter');
  eq(x.isNull(x.inc), 0, 'a function for a (ref null $t) parameter');
  eq(x.getInc(), x.inc, 'a (ref $t) result is the Exported Function');
  throws(() => x.ext(null), TypeError, 'null for a (ref extern) parameter');
  eq(x.ext({}), 1, 'an object for a (ref extern) parameter');
  eq(x.table.get(1), x.inc, 'a table of (ref $t) starts as its initialiser');
  throws(() => x.table.set(0, null), TypeError, 'null into a table of (ref $t)');
  throws(() => x.table.set(0, x.nop), TypeError, 'a function of another type into a table of (ref $t)');
  throws(() => x.table.grow(1), TypeError, 'growing a table of (ref $t) without a value');
  eq(x.table.grow(1, x.inc), 2, 'growing a table of (ref $t) with a function of its type');
  eq(x.g.value, x.inc, 'a global of (ref $t)');
  throws(() => { x.g.value = null; }, TypeError, 'null into a global of (ref $t)');
  throws(() => { x.g.value = x.nop; }, TypeError, 'a function of another type into a global of (ref $t)');
  throws(() => x.callGiven(), TypeError, 'an import returning null for a (ref $t) result');
  given = x.inc;
  eq(x.callGiven(), 42, 'an import returning a function for a (ref $t) result');
};

export async function run(W, env, only) {
  const results = [];
  for (const name of Object.keys(cases)) {
    if (only && !name.includes(only)) continue;
    try {
      await cases[name](W, env);
      results.push({ name, ok: true, message: '' });
    } catch (e) {
      results.push({ name, ok: false, message: (e instanceof Failure ? '' : 'unexpected ') + String(e && e.stack || e) });
    }
  }
  return results;
}
