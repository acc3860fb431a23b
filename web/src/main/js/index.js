// The teawasi ES module: the public API (documented in teawasi.d.ts). core.js is the TeaVM build of
// dev.teawasi.web.TeawasiJs (internal); only what is listed here is exported.
export { version, sections } from './core.js';
export { run } from './run.js';
export { workerMain } from './worker-runner.js';
export { WebAssembly, createWebAssembly } from './webassembly/namespace.js';
export { FileSystem } from './filesystem.js';
export { WASI } from './wasi.js';
