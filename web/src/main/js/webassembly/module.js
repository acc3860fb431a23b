// WebAssembly.Module: a compiled (decoded and validated) module.
import { bridge } from './bridge.js';
import { failure } from './errors.js';
import { describe, defineInterface, requireNew } from './idl.js';

const handles = new WeakMap(); // Module -> engine WasmModule

export function Module(bytes) {
  requireNew(new.target, 'WebAssembly.Module()');
  init(this, compileBytes(copyBytes(bytes, 'WebAssembly.Module()')));
}
defineInterface(Module, 'WebAssembly.Module', {}, {
  exports(module) {
    return bridge.exports(handleOf(module, 'exports'));
  },
  imports(module) {
    return bridge.imports(handleOf(module, 'imports')).map((d) => ({ module: d.module, name: d.name, kind: d.kind }));
  },
  customSections(module, sectionName) {
    const h = handleOf(module, 'customSections');
    if (arguments.length < 2) throw new TypeError('WebAssembly.Module.customSections(): a section name is required');
    return bridge.customSections(h, `${sectionName}`);
  },
});

function init(m, handle) {
  handles.set(m, handle);
  return m;
}

function handleOf(module, member) {
  const h = handles.get(module);
  if (h === undefined) throw new TypeError('WebAssembly.Module.' + member + '(): the argument is not a WebAssembly.Module');
  return h;
}

/** The engine module of a Module, else undefined. */
export const moduleHandle = (m) => (m !== null && typeof m === 'object' ? handles.get(m) : undefined);

/** A Module of an engine module. */
export const moduleObject = (handle) => init(Object.create(Module.prototype), handle);

/** A copy of the bytes of a BufferSource (an ArrayBuffer or a view of one), or a TypeError naming the caller. */
export function copyBytes(source, what) {
  if (source instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && source instanceof SharedArrayBuffer)) {
    return new Uint8Array(source.slice(0));
  }
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
  }
  throw new TypeError(what + ': the module bytes must be an ArrayBuffer or a typed array, got ' + describe(source));
}

/** Compiles bytes to an engine module; throws the CompileError. */
export function compileBytes(bytes) {
  const h = bridge.compile(bytes);
  if (h === null) throw failure();
  return h;
}
