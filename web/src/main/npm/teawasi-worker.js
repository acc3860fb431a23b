// The module Worker script teawasi ships for run(wasm, {worker: new URL('teawasi/worker.js', import.meta.url)})
// (or any URL where it is served beside teawasi.js): it loads the same teawasi.js the page uses.
import { workerMain } from './teawasi.js';

workerMain();
