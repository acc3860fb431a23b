// The teawasi ES module: the public API. core.js is the TeaVM build of dev.teawasi.web.TeawasiJs (internal).
export { version, sections, spectest, startWasi } from './core.js';
export { WebAssembly } from './webassembly/namespace.js';
