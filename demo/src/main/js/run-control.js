// Pause, resume and stop for a running program, built on JSPI: every WASI function the program calls passes a
// gate (a WebAssembly.Suspending import). While paused the gate's promise holds the program's call; Stop makes
// the gate throw, which unwinds the program. The gate also yields to the browser every few milliseconds, so a
// program on native WebAssembly that keeps calling WASI (output, clocks) never freezes the page.
// (The interpreter additionally yields on its own and is cancelled through the AbortSignal.)
// A run in a Worker (native programs) is paused through `pauseFlag`, the shared flag teawasi's Worker runner waits
// on at the program's WASI calls, and stopped by aborting the signal (which terminates the Worker).
const YIELD_EVERY_MS = 25;

/** Thrown into the program when the visitor stops it. */
export class StoppedError extends Error {
  constructor() {
    super('stopped');
    this.name = 'StoppedError';
  }
}

export class RunControl {
  constructor() {
    this.paused = false;
    this.stopped = false;
    this.controller = new AbortController();
    this.resumers = [];
    this.lastYield = performance.now();
    this.onChange = null;
    this.onStop = null; // for runs that stop by other means (the Ruby worker is terminated)
    // teawasi.run's `pause` option for Worker runs: needs SharedArrayBuffer (the page is cross-origin isolated)
    this.pauseFlag = globalThis.crossOriginIsolated && typeof SharedArrayBuffer === 'function'
      ? new Int32Array(new SharedArrayBuffer(4)) : null;
  }

  get signal() {
    return this.controller.signal;
  }

  pause() {
    if (this.stopped || this.paused) return;
    this.paused = true;
    if (this.pauseFlag) Atomics.store(this.pauseFlag, 0, 1);
    this.onChange?.();
  }

  resume() {
    if (!this.paused) return;
    this.paused = false;
    if (this.pauseFlag) {
      Atomics.store(this.pauseFlag, 0, 0);
      Atomics.notify(this.pauseFlag, 0);
    }
    const waiting = this.resumers;
    this.resumers = [];
    for (const r of waiting) r();
    this.onChange?.();
  }

  stop() {
    if (this.stopped) return;
    this.stopped = true;
    this.controller.abort(new StoppedError());
    this.onStop?.();
    this.resume();
    this.onChange?.();
  }

  /** Resolves when the program may go on (not paused); rejects with StoppedError once stopped. */
  async #wait() {
    await yieldToBrowser();
    while (this.paused && !this.stopped) {
      await new Promise((resolve) => this.resumers.push(resolve));
    }
    this.lastYield = performance.now();
    if (this.stopped) throw new StoppedError();
  }

  /**
   * The import object with each plain WASI function behind the gate. Functions the WASI layer already made
   * suspending (reads of stdin, sleeps) are left as they are. Without JSPI the imports are returned unchanged.
   */
  gateImports(importObject, ns) {
    if (!ns || typeof ns.Suspending !== 'function') return importObject;
    const gated = {};
    for (const [moduleName, functions] of Object.entries(importObject)) {
      const out = {};
      for (const [name, f] of Object.entries(functions)) {
        out[name] = typeof f === 'function' ? new ns.Suspending(this.#gate(f)) : f;
      }
      gated[moduleName] = out;
    }
    return gated;
  }

  #gate(f) {
    return (...args) => {
      if (this.stopped) throw new StoppedError();
      if (this.paused || performance.now() - this.lastYield > YIELD_EVERY_MS) {
        return this.#wait().then(() => f(...args));
      }
      return f(...args);
    };
  }
}

/** A macrotask: lets the browser handle input and paint (a MessageChannel is not clamped like setTimeout). */
export function yieldToBrowser() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
