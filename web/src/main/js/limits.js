// The limits of a run or of a WebAssembly namespace (options.limits), named after the CLI's flags (--max-memory,
// --max-table-elements, --max-call-depth, --fuel) in camelCase, plus timeout. Checked here: a bad value is a
// TypeError naming the option.
import { describe } from './wasi-bytes.js';

const PAGE = 65536;
/** The engine's own ceilings (the JS build's arrays): 32767 pages (2 GiB less 64 KiB) and 10 million elements. */
export const MAX_MEMORY_BYTES = 32767 * PAGE;
export const MAX_TABLE_ELEMENTS = 10000000;
export const DEFAULT_CALL_DEPTH = 20000;

const NAMESPACE_LIMITS = ['maxMemory', 'maxTableElements', 'maxCallDepth'];
const RUN_LIMITS = NAMESPACE_LIMITS.concat(['fuel', 'timeout']);

function positive(value, name, { integer = true, zero = false } = {}) {
  if (typeof value !== 'number' || Number.isNaN(value) || (integer && !Number.isInteger(value) && value !== Infinity)
      || value < 0 || (value === 0 && !zero)) {
    throw new TypeError(`${name} must be a ${zero ? 'non-negative' : 'positive'} ${integer ? 'integer' : 'number'}`
      + ` (or Infinity), got ${typeof value === 'number' ? value : describe(value)}`);
  }
  return value;
}

/**
 * Checks options.limits: {maxMemory (bytes), maxTableElements, maxCallDepth, fuel, timeout (ms)} with what as the
 * option's name in messages ('limits' or 'createWebAssembly(): options.limits'). forRun: fuel and timeout allowed.
 * Returns the given limits (absent ones undefined; Infinity as undefined).
 */
export function checkLimits(limits, what, forRun) {
  if (limits === undefined) return {};
  if (limits === null || typeof limits !== 'object' || Array.isArray(limits)) {
    throw new TypeError(`${what} must be an object, got ${describe(limits)}`);
  }
  const known = forRun ? RUN_LIMITS : NAMESPACE_LIMITS;
  for (const key of Object.keys(limits)) {
    if (!known.includes(key)) {
      throw new TypeError(`${what}.${key} is not a limit${forRun ? '' : ' of a WebAssembly namespace'} (the limits are ${known.join(', ')})`);
    }
  }
  const out = {};
  const take = (key, opts) => {
    const v = limits[key];
    if (v === undefined) return;
    positive(v, `${what}.${key}`, opts);
    if (v !== Infinity) out[key] = v;
  };
  take('maxMemory', { zero: true });
  take('maxTableElements', { zero: true });
  take('maxCallDepth');
  take('fuel');
  take('timeout', { integer: false });
  return out;
}

/** Pages of maxMemory (bytes, rounded down), capped at the engine's ceiling; -1 when unset. */
export const memoryPages = (limits) => (limits.maxMemory === undefined ? -1 : Math.min(Math.floor(limits.maxMemory / PAGE), 32767));
/** maxTableElements capped at the engine's ceiling; -1 when unset. */
export const tableElements = (limits) => (limits.maxTableElements === undefined ? -1 : Math.min(limits.maxTableElements, MAX_TABLE_ELEMENTS));

/** The error of a run that exceeded limits.timeout. */
export function timeoutError(ms) {
  return new DOMException(`the run exceeded limits.timeout (${ms} ms)`, 'TimeoutError');
}

/** The message of a run that used up limits.fuel. */
export const fuelMessage = (fuel, unit) => `out of fuel: the run used all of limits.fuel (${fuel} ${unit})`;
