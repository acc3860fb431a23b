// Checks and normalises the options of new WASI(options) (see teawasi.d.ts, WASIOptions). Every wrong option is
// a TypeError that names it; nothing is silently dropped: an unknown option name is an error too.
import { describe } from './wasi-bytes.js';

const KNOWN = ['version', 'args', 'env', 'fs', 'preopens', 'stdin', 'stdout', 'stderr', 'clock', 'random',
  'returnOnExit', 'jspi', 'terminal'];

function strings(value, option) {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`${option} must be an array of strings, got ${describe(value)}`);
  return value.map((s, i) => {
    if (typeof s !== 'string') throw new TypeError(`${option}[${i}] must be a string, got ${describe(s)}`);
    return s;
  });
}

function checkEnvName(key, option) {
  if (!key || key.includes('=') || key.includes('\0')) {
    throw new TypeError(`${option}: '${key}' is not a variable name (non-empty, without '=' or NUL)`);
  }
}

function env(value) {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    return strings(value, 'env').map((kv, i) => {
      const eq = kv.indexOf('=');
      if (eq <= 0) throw new TypeError(`env[${i}] must be a 'KEY=VALUE' string, got '${kv}'`);
      return kv;
    });
  }
  if (value === null || typeof value !== 'object') {
    throw new TypeError(`env must be an object of strings or an array of 'KEY=VALUE' strings, got ${describe(value)}`);
  }
  return Object.keys(value).map((key) => {
    checkEnvName(key, 'env');
    const v = value[key];
    if (typeof v !== 'string') throw new TypeError(`env.${key} must be a string, got ${describe(v)}`);
    return `${key}=${v}`;
  });
}

function preopens(value) {
  if (value === undefined) return [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`preopens must be an object {'/guest/path': '/path/in/fs'}, got ${describe(value)}`);
  }
  return Object.keys(value).map((guest) => {
    const path = value[guest];
    if (!guest) throw new TypeError('preopens: a guest path must not be empty');
    if (typeof path !== 'string' || !path) {
      throw new TypeError(`preopens['${guest}'] must be a path in the file system, got ${describe(path)}`);
    }
    return [guest, path];
  });
}

function random(value) {
  if (value === undefined) {
    const c = globalThis.crypto;
    return c && typeof c.getRandomValues === 'function' ? (b) => { c.getRandomValues(b); } : null;
  }
  if (typeof value !== 'function') {
    throw new TypeError(`random must be a function filling a Uint8Array, e.g. (b) => crypto.getRandomValues(b), got ${describe(value)}`);
  }
  // the Java side hands an Int8Array view; the callback gets the Uint8Array it is documented to get
  return (view) => { value(new Uint8Array(view.buffer, view.byteOffset, view.length)); };
}

function clock(value) {
  if (value === undefined || value === 'system') return null;
  if (value === 'virtual') return 'virtual';
  if (typeof value !== 'function') {
    throw new TypeError(`clock must be 'system', 'virtual' or a function (clockId) => nanoseconds as a bigint, got ${describe(value)}`);
  }
  return (id) => {
    const t = value(id);
    if (typeof t === 'bigint') return BigInt.asIntN(64, t);
    if (typeof t === 'number' && Number.isFinite(t)) return BigInt(Math.trunc(t));
    throw new TypeError(`clock(${id}) must return nanoseconds as a bigint, got ${describe(t)}`);
  };
}

/** The checked options: what the Java side gets (see WasiBridge) plus what wasi.js keeps. */
export function normaliseOptions(options) {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`WASI options must be an object, got ${describe(options)}`);
  }
  for (const k of Object.keys(options)) {
    if (!KNOWN.includes(k) && options[k] !== undefined) {
      throw new TypeError(`unknown WASI option '${k}' (known: ${KNOWN.join(', ')})`);
    }
  }
  const version = options.version === undefined ? 'preview1' : options.version;
  if (version !== 'preview1' && version !== 'unstable') {
    throw new TypeError(`version must be 'preview1' or 'unstable', got ${typeof version === 'string' ? `'${version}'` : describe(version)}`);
  }
  const returnOnExit = options.returnOnExit === undefined ? true : options.returnOnExit;
  if (typeof returnOnExit !== 'boolean') throw new TypeError(`returnOnExit must be a boolean, got ${describe(returnOnExit)}`);
  const terminal = options.terminal === undefined ? true : options.terminal;
  if (typeof terminal !== 'boolean') throw new TypeError(`terminal must be a boolean, got ${describe(terminal)}`);
  return {
    version,
    args: strings(options.args, 'args'),
    env: env(options.env),
    preopens: preopens(options.preopens),
    random: random(options.random),
    clock: clock(options.clock),
    returnOnExit,
    terminal,
  };
}
