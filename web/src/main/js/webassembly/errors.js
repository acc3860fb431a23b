// CompileError, LinkError, RuntimeError and SuspendError: NativeError-like classes (callable with or without new).
import { bridge } from './bridge.js';

function errorClass(name) {
  const E = function (message, options) {
    return Reflect.construct(Error, [message, options], new.target || E);
  };
  Object.setPrototypeOf(E, Error);
  E.prototype = Object.create(Error.prototype, {
    constructor: { value: E, writable: true, configurable: true },
    name: { value: name, writable: true, configurable: true },
    message: { value: '', writable: true, configurable: true },
  });
  Object.defineProperty(E, 'name', { value: name });
  Object.defineProperty(E, 'length', { value: 1 });
  return E;
}

export const CompileError = errorClass('CompileError');
export const LinkError = errorClass('LinkError');
export const RuntimeError = errorClass('RuntimeError');
export const SuspendError = errorClass('SuspendError');

const kinds = { CompileError, LinkError, RuntimeError, RangeError, TypeError };

/**
 * The error of the bridge's latest failure. A trap's error shows the wasm frames (innermost first, at most 16, as
 * "func[INDEX] $NAME at +0xOFFSET") at the top of its `stack`, above the JavaScript frames, as engines show theirs.
 */
export function failure() {
  const E = kinds[bridge.failureKind()] || Error;
  const e = new E(bridge.failureMessage());
  const frames = bridge.failureStack();
  if (frames !== '') {
    const head = e.name + (e.message ? ': ' + e.message : '');
    let js = typeof e.stack === 'string' ? e.stack : '';
    if (js.startsWith(head)) js = js.slice(head.length).replace(/^\n/, '');
    const wasm = frames.slice(0, -1).split('\n').map((f) => (f.startsWith('...') ? '    ' + f : '    at ' + f + ' (wasm)'));
    Object.defineProperty(e, 'stack', { value: head + '\n' + wasm.join('\n') + (js ? '\n' + js : ''), writable: true, configurable: true });
  }
  return e;
}
