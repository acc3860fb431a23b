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

/** The error of the bridge's latest failure. */
export function failure() {
  const E = kinds[bridge.failureKind()] || Error;
  return new E(bridge.failureMessage());
}
