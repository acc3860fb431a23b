// WebIDL argument conversions and class details shared by the namespace's classes.

/** A short description of a value for error messages. */
export function describe(v) {
  if (typeof v === 'function') return 'a function';
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : String(v);
  return 'an object';
}

/** WebIDL [EnforceRange] unsigned long: a TypeError names what was wrong. */
export function enforceU32(v, what) {
  const n = typeof v === 'bigint' ? NaN : +v;
  if (!Number.isFinite(n)) throw new TypeError(what + ' must be a finite number, got ' + describe(v));
  const x = Math.trunc(n);
  if (x < 0 || x > 0xffffffff) throw new TypeError(what + ' must be in [0, 2^32), got ' + describe(v));
  return x;
}

/**
 * The JS API's AddressValueToU64 (memory64): for a 32-bit memory or table an [EnforceRange] unsigned long (a number),
 * for a 64-bit one ToBigInt of the value (a number is a TypeError, as for every i64) in [0, 2^64) (a BigInt).
 */
export function toAddressValue(v, address64, what) {
  if (!address64) return enforceU32(v, what);
  if (typeof v === 'number') throw new TypeError(what + ' must be a BigInt for a 64-bit memory or table, got the number ' + v);
  if (v == null || typeof v === 'symbol') throw new TypeError(what + ' must be a BigInt, got ' + describe(v));
  const n = BigInt(v);
  if (n < 0n || n > 0xffffffffffffffffn) throw new TypeError(what + ' must be in [0, 2^64), got ' + n + 'n');
  return n;
}

/** A WebIDL dictionary argument: undefined and null are an empty one, other non-objects a TypeError. */
export function dictionary(v, what) {
  if (v == null) return {};
  if (typeof v !== 'object' && typeof v !== 'function') throw new TypeError(what + ' must be an object, got ' + describe(v));
  return v;
}

/**
 * Completes a WebIDL-like interface made of a constructor function (a class would be simpler, but the classic script
 * must also parse in HtmlUnit's Rhino, which has no class syntax): the members come from object literals (method
 * shorthand and accessors: like WebIDL operations they are not constructors), the prototype gets its toStringTag.
 */
export function defineInterface(ctor, name, members, statics) {
  copyMembers(members, ctor.prototype);
  if (statics) copyMembers(statics, ctor);
  Object.defineProperty(ctor.prototype, Symbol.toStringTag, { value: name, configurable: true });
  Object.defineProperty(ctor, 'prototype', { writable: false });
  Object.defineProperty(ctor, 'length', { value: 1 });
}

function copyMembers(from, to) {
  for (const key of Object.getOwnPropertyNames(from)) {
    Object.defineProperty(to, key, Object.getOwnPropertyDescriptor(from, key));
  }
}

/** The TypeError of calling an interface's constructor without new. */
export function requireNew(target, name) {
  if (target === undefined) throw new TypeError(name + ' must be called with new');
}
