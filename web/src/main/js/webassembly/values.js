// ToWebAssemblyValue and ToJSValue between JS values and the bridge's raw values. Type codes: i i32, I i64, f f32,
// F f64, v v128, r funcref, e externref, R a non-nullable function reference ((ref func), (ref $t)), E (ref extern)
// (WebAssemblyBridge.typeCode). A null for R or E is a TypeError; the bridge checks a (ref $t)'s function type.
import { exportedFunction, functionHandle } from './functions.js';
import { describe } from './idl.js';

export const typeNames = {
  i: 'i32', I: 'i64', f: 'f32', F: 'f64', v: 'v128', r: 'funcref', e: 'externref', R: '(ref func)', E: '(ref extern)',
};

export function toWasm(v, t) {
  switch (t) {
    case 'i': return v | 0;
    case 'I': return BigInt.asIntN(64, toBigInt(v));
    case 'f': return Math.fround(+v);
    case 'F': return +v;
    case 'e': return v;
    case 'E':
      if (v === null) throw new TypeError('a non-nullable (ref extern) value cannot be null');
      return v;
    case 'R':
      if (v === null) throw new TypeError('a non-nullable function reference cannot be null');
      // fall through
    case 'r': {
      if (v === null) return null;
      const h = functionHandle(v);
      if (h === undefined) throw new TypeError('a funcref must be null or a WebAssembly exported function, got ' + describe(v));
      return h;
    }
    default: throw new TypeError('v128 values cannot cross into JavaScript');
  }
}

/** ToBigInt: numbers are refused (1 is not an i64; 1n is). */
function toBigInt(v) {
  if (typeof v === 'number') throw new TypeError('an i64 must be a BigInt, got the number ' + v);
  if (v === undefined) throw new TypeError('an i64 must be a BigInt, got undefined');
  return BigInt(v);
}

export function toJs(raw, t) {
  return (t === 'r' || t === 'R') && raw !== null ? exportedFunction(raw) : raw;
}

/** The value a table element or global gets when none is given. */
export function defaultValue(t) {
  // R and E have no default: null, which toWasm refuses
  return t === 'I' ? 0n : t === 'r' || t === 'R' || t === 'E' ? null : t === 'e' ? undefined : 0;
}

/** Builds the value-type code of a descriptor's type name, or throws a TypeError naming it. */
export function typeCode(name, allowed, what) {
  const s = String(name);
  const code = { anyfunc: 'r', funcref: 'r', externref: 'e', i32: 'i', i64: 'I', f32: 'f', f64: 'F', v128: 'v' }[s];
  if (code === undefined || !allowed.includes(code)) {
    throw new TypeError(what + ' must be one of ' + allowed.split('').map((c) => typeNames[c]).join(', ') + ', got ' + describe(name));
  }
  return code;
}
