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
import { bridge, currentConfig, withConfig } from './bridge.js';
import { describe } from './idl.js';
import { checkLimits, memoryPages, tableElements } from '../limits.js';

function validate(bytes) {
  const copy = copyBytes(bytes, 'WebAssembly.validate()');
  return bridge.compile(copy) !== null;
}

async function compile(bytes) {
  const copy = copyBytes(bytes, 'WebAssembly.compile()');
  await null;
  return moduleObject(compileBytes(copy));
}

/**
 * Links under config and runs the start function in slices (it may suspend on a Suspending import, as under
 * promising), counting against meter (see promisingMetered; null for none).
 */
async function instantiateModule(module, importObject, options, config, meter) {
  const m = requireModule(module, 'WebAssembly.instantiate()');
  const run = runOptions(options, 'WebAssembly.instantiate()');
  run.meter = meter;
  await null;
  const handle = link(m, importObject, config);
  const start = bridge.startFunction(handle);
  if (start !== null) await drive(start, bridge.begin(start, []), '', run);
  return instanceObject(m, handle);
}

/** instantiate with the limits config and the run's meter (internal: teawasi.run). */
export function instantiateWith(config, meter, source, importObject, options) {
  if (moduleHandle(source) !== undefined) return instantiateModule(source, importObject, options, config, meter);
  const compiled = compile(source);
  return compiled.then(async (module) => ({ module, instance: await instantiateModule(module, importObject, options, config, meter) }));
}

function instantiate(source, importObject, options) {
  return instantiateWith(currentConfig, null, source, importObject, options);
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
  const config = currentConfig;
  const module = await compileStreaming(source);
  return { module, instance: await instantiateModule(module, importObject, options, config, null) };
}

const members = {
  Module, Instance, Memory, Table, Global, Tag, Exception, CompileError, LinkError, RuntimeError, SuspendError, Suspending,
  validate, compile, instantiate, compileStreaming, instantiateStreaming, promising,
};
for (const name of Object.keys(members)) {
  // the bundle is minified: give classes and functions their API names back
  Object.defineProperty(members[name], 'name', { value: name, configurable: true });
}
// WebIDL: optional arguments do not count in a function's length
for (const f of [instantiate, instantiateStreaming, promising]) Object.defineProperty(f, 'length', { value: 1 });

const jsTagGetter = Object.getOwnPropertyDescriptor({ get JSTag() { return tagObject(bridge.jsTag()); } }, 'JSTag').get;

function namespace(own) {
  const ns = {};
  for (const name of Object.keys(members)) {
    Object.defineProperty(ns, name, { value: own[name] || members[name], writable: true, configurable: true });
  }
  // the JS exception tag: a catch of it in wasm gets what a JS import threw (an externref)
  Object.defineProperty(ns, 'JSTag', { get: jsTagGetter, enumerable: true, configurable: true });
  Object.defineProperty(ns, Symbol.toStringTag, { value: 'WebAssembly', configurable: true });
  return ns;
}

/** The standard namespace, with the engine's default limits. */
export const WebAssembly = namespace({});

/**
 * A constructor like Base (same prototype, so instanceof and every method work across namespaces) that constructs
 * under config.
 */
function configured(Base, config) {
  const C = function () {
    if (new.target === undefined) return Base.apply(undefined, arguments); // Base's own TypeError
    const args = arguments;
    const target = new.target;
    return withConfig(config, () => Reflect.construct(Base, args, target));
  };
  Object.defineProperty(C, 'prototype', Object.getOwnPropertyDescriptor(Base, 'prototype'));
  Object.defineProperty(C, 'name', { value: Base.name, configurable: true });
  Object.defineProperty(C, 'length', { value: Base.length, configurable: true });
  return C;
}

/**
 * teawasi.createWebAssembly({limits}): a WebAssembly namespace whose Instance, Memory, Table, instantiate and
 * instantiateStreaming apply these limits (maxMemory, maxTableElements, maxCallDepth); everything else is shared
 * with teawasi.WebAssembly, and objects of both work together.
 */
export function createWebAssembly(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError('createWebAssembly(): options must be an object, got ' + describe(options));
  }
  const o = options || {};
  for (const key of Object.keys(o)) {
    if (key !== 'limits') throw new TypeError(`createWebAssembly(): unknown option '${key}' (the option is limits)`);
  }
  const limits = checkLimits(o.limits, 'createWebAssembly(): options.limits', false);
  return namespace(limitedMembers(limits));
}

/** The members that differ in a namespace with these (checked) limits. */
export function limitedMembers(limits) {
  const config = bridge.newConfig(memoryPages(limits), tableElements(limits), limits.maxCallDepth === undefined ? -1 : limits.maxCallDepth);
  const own = {
    Instance: configured(Instance, config),
    Memory: configured(Memory, config),
    Table: configured(Table, config),
    instantiate: function instantiate(source, importObject, options) {
      return instantiateWith(config, null, source, importObject, options);
    },
    instantiateStreaming: function instantiateStreaming(source, importObject, options) {
      return withConfig(config, () => members.instantiateStreaming(source, importObject, options));
    },
  };
  for (const f of [own.instantiate, own.instantiateStreaming]) Object.defineProperty(f, 'length', { value: 1 });
  own.config = config;
  return own;
}

/** A namespace with these checked limits, and its engine config (internal: teawasi.run). */
export function limitedNamespace(limits) {
  const own = limitedMembers(limits);
  return { WA: namespace(own), config: own.config };
}
