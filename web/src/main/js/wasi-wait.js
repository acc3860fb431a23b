// How a WASI call that would block (a read of stdin that has nothing yet, a sleep in poll_oneoff) waits, by the
// run's mode: 'sync' (plain WebAssembly on the page: sleeps busy-wait, waiting for input is impossible),
// 'jspi' (the call suspends the wasm stack: JSPI natively or on teawasi's interpreter) and 'atomics' (a Worker
// blocks on Atomics.wait; see worker-runner.js). retry() calls the function again; -1 means still blocked.

export const NEEDS_SUSPENSION = 'the guest reads stdin that has no data yet, and this run cannot wait for it: interactive '
  + 'stdin needs JSPI (WebAssembly.Suspending: Chrome 137+, Firefox 153+; pass the jspi option and call '
  + 'startAsync), teawasi\'s interpreter (which always has it: teawasi.run(wasm, {engine: \'interpreter\'})), or '
  + 'a Worker with SharedArrayBuffer (a cross-origin isolated page: teawasi.run(wasm, {worker: true}))';

function abortError(signal) {
  return signal.reason !== undefined ? signal.reason : new DOMException('the run was cancelled', 'AbortError');
}

/** Sleeps by spinning on the clock: a page thread has no other way to block. */
function spin(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* busy wait */ }
}

export function syncWait(host, stdin, retry) {
  for (;;) {
    const ms = host.sleepMs();
    if (ms < 0) throw new Error(NEEDS_SUSPENSION);
    spin(ms);
    const r = retry();
    if (r !== -1) return r;
  }
}

export async function jspiWait(host, stdin, retry, signal) {
  for (;;) {
    if (signal && signal.aborted) throw abortError(signal);
    const ms = host.sleepMs();
    const waits = [];
    // stdin is what blocks only while it has neither data nor its end (else waiting on it would spin)
    if (stdin.available() === 0) waits.push(stdin.ready());
    let timer = 0;
    if (ms >= 0) waits.push(new Promise((resolve) => { timer = setTimeout(resolve, Math.ceil(ms)); }));
    let onAbort = null;
    if (signal) waits.push(new Promise((resolve) => { onAbort = resolve; signal.addEventListener('abort', resolve); }));
    if (!waits.length) throw new Error(NEEDS_SUSPENSION);
    try {
      await Promise.race(waits);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
    if (signal && signal.aborted) throw abortError(signal);
    const r = retry();
    if (r !== -1) return r;
  }
}
