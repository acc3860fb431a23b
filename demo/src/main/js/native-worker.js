// Native WebAssembly programs run in a module Worker through teawasi's public Worker runner
// (`teawasi.run(bytes, { worker })`), not on the page's thread: a program that computes without calling WASI
// cannot freeze the page, Stop terminates the Worker at once, and Pause (the run's `pause` option, a shared flag)
// holds the program at its next WASI call. Files: the Worker gets a copy; what the program changed in it is
// applied to the page's FileSystem when the run ends, so what the visitor changed meanwhile stays. The page keeps
// one Worker warm (it has loaded teawasi) for the next run; a stopped or failed run's Worker is replaced.
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

/** path -> bytes (a copy) for each file, null for each directory, of the whole tree (symlinks are left out). */
function snapshot(fs) {
  const tree = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const path = dir === '/' ? `/${entry.name}` : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        tree.set(path, null);
        walk(path);
      } else if (entry.isFile()) {
        tree.set(path, fs.readFileSync(path).slice());
      }
    }
  };
  walk('/');
  return tree;
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Applies to the page's FileSystem only what the program changed (its tree after the run against the tree it
 * started with): files the visitor added or changed on the page during the run are kept.
 */
function applyProgramChanges(fs, before, after) {
  for (const [path, data] of after) {
    const had = before.get(path);
    if (data === null) {
      if (!before.has(path)) fs.mkdirSync(path, { recursive: true });
    } else if (!had || !sameBytes(had, data)) {
      fs.mkdirSync(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
      fs.writeFileSync(path, data);
    }
  }
  for (const path of [...before.keys()].reverse()) {
    if (!after.has(path)) fs.rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Runs a WASI command on native WebAssembly in a Worker. opts: { teawasi, bytes, args (argv), env, fs, preopens,
 * stdin, stdout, stderr, control }. Resolves run's result; rejects as run does (the signal's reason when stopped).
 */
export async function runInWorker(opts) {
  const { teawasi, bytes, control, fs, ...wasi } = opts;
  // The Worker works on a copy of the files (teawasi sends it over as a tar and makes the copy what the Worker's
  // tree is at the end); the page takes from it only what the program changed.
  const before = fs ? snapshot(fs) : null;
  const copy = fs ? new teawasi.FileSystem() : undefined;
  if (fs) copy.importTar(fs.exportTar('/'), '/');
  const worker = takeWorker();
  try {
    const result = await teawasi.run(bytes, {
      engine: 'native',
      worker,
      signal: control.signal,
      ...(control.pauseFlag ? { pause: control.pauseFlag } : {}),
      ...(fs ? { fs: copy } : {}),
      ...wasi,
    });
    if (!warm) warm = worker; // it finished cleanly: keep it for the next run
    else worker.terminate();
    return result;
  } catch (e) {
    worker.terminate(); // (teawasi already did when the run was aborted or failed)
    throw e;
  } finally {
    // (a stopped run's Worker is gone, and its changes with it: the copy is unchanged then)
    if (fs) applyProgramChanges(fs, before, snapshot(copy));
  }
}
