// WebAssembly.Instance: reads the imports as the spec says, links, runs the start function, and exposes the exports.
import { bridge, call, out, calls, SYNC, currentConfig } from './bridge.js';
import { LinkError, failure } from './errors.js';
import { describe, defineInterface, requireNew } from './idl.js';
import { moduleHandle } from './module.js';
import { exportedFunction, functionHandle, hostTarget, finish } from './functions.js';
import { memoryHandle, memoryObject } from './memory.js';
import { tableHandle, tableObject } from './table.js';
import { globalHandle, globalObject, constantGlobal } from './global.js';
import { suspendingFunction, suspendingTarget } from './jspi.js';
import { tagHandle, tagObject } from './tag.js';
import { typeNames } from './values.js';

const exportsOf = new WeakMap(); // Instance -> its frozen exports object

export function Instance(module, importObject) {
  requireNew(new.target, 'WebAssembly.Instance()');
  const m = requireModule(module, 'WebAssembly.Instance()');
  const handle = link(m, importObject);
  const start = bridge.startFunction(handle);
  if (start !== null) {
    calls.push(SYNC);
    let status;
    try {
      status = call(start, [], out);
    } finally {
      calls.pop();
    }
    finish(status, '');
  }
  init(this, m, handle);
}
defineInterface(Instance, 'WebAssembly.Instance', {
  get exports() {
    const e = exportsOf.get(this);
    if (e === undefined) throw new TypeError('WebAssembly.Instance.exports: the receiver is not a WebAssembly.Instance');
    return e;
  },
});

export function requireModule(module, what) {
  const m = moduleHandle(module);
  if (m === undefined) throw new TypeError(what + ': the first argument must be a WebAssembly.Module, got ' + describe(module));
  return m;
}

function init(instance, m, handle) {
  const names = bridge.exports(m);
  const values = bridge.exportValues(handle);
  const exports = Object.create(null);
  for (let i = 0; i < names.length; i++) {
    const h = values[i];
    switch (names[i].kind) {
      case 'function': exports[names[i].name] = exportedFunction(h); break;
      case 'memory': exports[names[i].name] = memoryObject(h); break;
      case 'table': exports[names[i].name] = tableObject(h); break;
      case 'tag': exports[names[i].name] = tagObject(h); break;
      default: exports[names[i].name] = globalObject(h);
    }
  }
  exportsOf.set(instance, Object.freeze(exports));
  return instance;
}

/** An Instance of a linked engine instance whose start function has run. */
export const instanceObject = (m, handle) => init(Object.create(Instance.prototype), m, handle);

/** Reads the imports and links under config (default: the current limits): the engine instance, its start function not yet run. */
export function link(m, importObject, config = currentConfig) {
  const resolved = readImports(m, importObject);
  const handle = bridge.instantiate(m, resolved, config);
  if (handle === null) throw failure();
  return handle;
}

function readImports(m, importObject) {
  const imports = bridge.imports(m);
  if (importObject !== undefined && (importObject === null || (typeof importObject !== 'object' && typeof importObject !== 'function'))) {
    throw new TypeError('the import object must be an object, got ' + describe(importObject));
  }
  if (imports.length > 0 && importObject === undefined) {
    throw new TypeError('the module has imports (' + imports[0].module + '.' + imports[0].name + ' ...) but no import object was given');
  }
  const resolved = [];
  for (const imp of imports) {
    const where = 'import ' + imp.module + '.' + imp.name;
    const o = importObject[imp.module];
    if (o === null || (typeof o !== 'object' && typeof o !== 'function')) {
      throw new TypeError(where + ': the import object has no object ' + JSON.stringify(imp.module) + ' (got ' + describe(o) + ')');
    }
    const v = o[imp.name];
    resolved.push(resolve(imp, v, where));
  }
  return resolved;
}

function resolve(imp, v, where) {
  const type = imp.type;
  switch (imp.kind) {
    case 'function': {
      const [params, results] = type.split(':');
      const suspending = suspendingFunction(v);
      if (suspending !== undefined) return suspendingTarget(suspending, params, results);
      if (typeof v !== 'function') throw new LinkError(where + ': a function is required, got ' + describe(v));
      return functionHandle(v) ?? hostTarget(v, params, results);
    }
    case 'memory': {
      const h = memoryHandle(v);
      if (h === undefined) throw new LinkError(where + ': a WebAssembly.Memory is required, got ' + describe(v));
      return h;
    }
    case 'tag': {
      const h = tagHandle(v);
      if (h === undefined) throw new LinkError(where + ': a WebAssembly.Tag is required, got ' + describe(v));
      return h;
    }
    case 'table': {
      const h = tableHandle(v);
      if (h === undefined) throw new LinkError(where + ': a WebAssembly.Table is required, got ' + describe(v));
      return h;
    }
    default: {
      const h = globalHandle(v);
      if (h !== undefined) return h;
      const t = type[0];
      const name = typeNames[t];
      if (t === 'I' ? typeof v !== 'bigint' : 'ifF'.includes(t) ? typeof v !== 'number' : t === 'v') {
        throw new LinkError(where + ': a WebAssembly.Global or ' + (t === 'I' ? 'a BigInt' : t === 'v' ? 'nothing' : 'a Number')
          + ' is required for ' + (name[0] === 'i' || name[0] === 'e' ? 'an ' : 'a ') + name + ' global, got ' + describe(v));
      }
      if (type.length > 1) throw new LinkError(where + ': a mutable ' + name + ' global must be imported as a WebAssembly.Global');
      try {
        return constantGlobal(t, v);
      } catch (e) {
        throw new LinkError(where + ': ' + e.message);
      }
    }
  }
}
