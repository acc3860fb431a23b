// The WebAssembly namespace object: the JS API's classes and functions on the teawasi interpreter.
import { Module, moduleHandle, moduleObject, copyBytes, compileBytes } from './module.js';
import { Instance, requireModule, link, instanceObject } from './instance.js';
import { Memory } from './memory.js';
import { Table } from './table.js';
import { Global } from './global.js';
import { Tag, tagObject } from './tag.js';
import { Exception } from './exception.js';
import { CompileError, LinkError, RuntimeError, SuspendError } from './errors.js';
import { Suspending, promising, runOptions, drive } from './jspi.js';
import { bridge } from './bridge.js';
import { describe } from './idl.js';

function validate(bytes) {
  const copy = copyBytes(bytes, 'WebAssembly.validate()');
  return bridge.compile(copy) !== null;
}

async function compile(bytes) {
  const copy = copyBytes(bytes, 'WebAssembly.compile()');
  await null;
  return moduleObject(compileBytes(copy));
}

/** Links and runs the start function in slices (it may suspend on a Suspending import, as under promising). */
async function instantiateModule(module, importObject, options) {
  const m = requireModule(module, 'WebAssembly.instantiate()');
  const run = runOptions(options, 'WebAssembly.instantiate()');
  await null;
  const handle = link(m, importObject);
  const start = bridge.startFunction(handle);
  if (start !== null) await drive(start, bridge.begin(start, []), '', run);
  return instanceObject(m, handle);
}

function instantiate(source, importObject, options) {
  if (moduleHandle(source) !== undefined) return instantiateModule(source, importObject, options);
  const compiled = compile(source);
  return compiled.then(async (module) => ({ module, instance: await instantiateModule(module, importObject, options) }));
}

async function compileStreaming(source) {
  const response = await source;
  const isResponse = typeof Response === 'function' ? response instanceof Response
    : response != null && typeof response.arrayBuffer === 'function';
  if (!isResponse) throw new TypeError('WebAssembly.compileStreaming(): a Response (or a promise of one) is required, got ' + describe(response));
  const type = response.headers.get('Content-Type');
  if (type === null || type.split(';')[0].trim().toLowerCase() !== 'application/wasm') {
    throw new TypeError('WebAssembly.compileStreaming(): the response\'s Content-Type must be application/wasm, got ' + JSON.stringify(type));
  }
  if (!response.ok) throw new TypeError('WebAssembly.compileStreaming(): the response has HTTP status ' + response.status);
  const bytes = await response.arrayBuffer();
  return compile(bytes);
}

async function instantiateStreaming(source, importObject, options) {
  const module = await compileStreaming(source);
  return { module, instance: await instantiateModule(module, importObject, options) };
}

export const WebAssembly = {};
const members = {
  Module, Instance, Memory, Table, Global, Tag, Exception, CompileError, LinkError, RuntimeError, SuspendError, Suspending,
  validate, compile, instantiate, compileStreaming, instantiateStreaming, promising,
};
for (const name of Object.keys(members)) {
  // the bundle is minified: give classes and functions their API names back
  Object.defineProperty(members[name], 'name', { value: name, configurable: true });
  Object.defineProperty(WebAssembly, name, { value: members[name], writable: true, configurable: true });
}
// WebIDL: optional arguments do not count in a function's length
for (const f of [instantiate, instantiateStreaming, promising]) Object.defineProperty(f, 'length', { value: 1 });
// the JS exception tag: a catch of it in wasm gets what a JS import threw (an externref)
Object.defineProperty(WebAssembly, 'JSTag', {
  get: Object.getOwnPropertyDescriptor({ get JSTag() { return tagObject(bridge.jsTag()); } }, 'JSTag').get,
  enumerable: true,
  configurable: true,
});
Object.defineProperty(WebAssembly, Symbol.toStringTag, { value: 'WebAssembly', configurable: true });
