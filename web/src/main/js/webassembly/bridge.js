// The engine side of the WebAssembly namespace (dev.teawasi.web.WebAssemblyBridge) and the state its calls share.
import { webAssemblyBridge, WebAssemblyCalls } from '../core.js';

export const bridge = webAssemblyBridge();
/** bridge.call as a direct static call (the hot path of every Exported Function). */
export const call = WebAssemblyCalls.call;
/** The direct path: up to three i32/f32/f64 arguments as numbers, no arguments array. */
export const callNumbers = WebAssemblyCalls.callNumbers;

/**
 * The engine limits (an EngineConfig handle) that constructors and instantiation use now: teawasi.WebAssembly's, or
 * while a member of a namespace from createWebAssembly runs, that namespace's (see withConfig).
 */
export let currentConfig = bridge.defaultConfig();

/** Runs fn with config as the current limits (constructors are synchronous: no await in between). */
export function withConfig(config, fn) {
  const previous = currentConfig;
  currentConfig = config;
  try {
    return fn();
  } finally {
    currentConfig = previous;
  }
}


// Call statuses (WebAssemblyBridge.DONE ...).
export const DONE = 0;
export const FAILED = 1;
export const THREW = 2;
export const OUT_OF_FUEL = 3;
export const SUSPENDED = 4;
export const EXCEPTION = 5;

/** Raw results of the latest call, read right after it returns (calls nest, but each reads its own before returning). */
export const out = [];

/** The wasm calls running now, innermost last: SYNC for an ordinary call, or the context of a promising call. */
export const calls = [];
export const SYNC = null;

/**
 * The status a host target returns for what a JS import threw, the value in o[0]: a WebAssembly.Exception is raised
 * in the calling wasm code as itself (3, o[0] its engine exception); any other value as an exception of the JS tag
 * (1), which wasm may catch and which reaches the JS caller as the same value.
 */
export function thrownStatus(e, o, exceptionHandle) {
  const h = exceptionHandle(e);
  if (h !== undefined) {
    o[0] = h;
    return 3;
  }
  o[0] = e;
  return 1;
}
