// Native WebAssembly programs run in a module Worker through teawasi's public Worker runner
// (`teawasi.run(bytes, { worker })`), not on the page's thread: a program that computes without calling WASI
// cannot freeze the page, Stop terminates the Worker at once, and Pause (the run's `pause` option, a shared flag)
// holds the program at its next WASI call. The page keeps one Worker warm (it has loaded teawasi) for the next run;
// a stopped or failed run's Worker is terminated by teawasi and replaced.
const WORKER_URL = new URL('./teawasi-worker.js', import.meta.url);

let warm = null;

/** Whether programs can run in a Worker here (module Workers; pausing also needs SharedArrayBuffer). */
export function workerRunsAvailable() {
  return typeof Worker === 'function';
}

/** Starts a Worker ahead of the first run (it loads teawasi while the visitor reads the page). */
export function warmUpWorker() {
  if (!warm && workerRunsAvailable()) warm = new Worker(WORKER_URL, { type: 'module', name: 'teawasi' });
}

function takeWorker() {
  warmUpWorker();
  const w = warm;
  warm = null;
  return w;
}

/**
 * Runs a WASI command on native WebAssembly in a Worker. opts: { teawasi, bytes, args (argv), env, fs, preopens,
 * stdin, stdout, stderr, control }. Resolves run's result; rejects as run does (the signal's reason when stopped).
 */
export async function runInWorker(opts) {
  const { teawasi, bytes, control, ...wasi } = opts;
  const worker = takeWorker();
  try {
    const result = await teawasi.run(bytes, {
      engine: 'native',
      worker,
      signal: control.signal,
      ...(control.pauseFlag ? { pause: control.pauseFlag } : {}),
      ...wasi,
    });
    if (!warm) warm = worker; // it finished cleanly: keep it for the next run
    else worker.terminate();
    return result;
  } catch (e) {
    worker.terminate(); // (teawasi already did when the run was aborted or failed)
    throw e;
  }
}
