// Bundling-time fix for @ruby/wasm-wasi, injected by esbuild (bundle.mjs, `inject`) in place of the global
// `WebAssembly` inside that package only: its glue recognises an instance with `x instanceof WebAssembly.Instance`
// against the page's global, which is false for an instance of teawasi's WebAssembly (and throws when the page has
// no WebAssembly at all). Here an Instance is an instance of either engine; nothing else of the global is used
// once the page hands the glue a ready instance (RubyVM.setInstance).
const engines = [];

/** The WebAssembly namespaces whose instances count as instances (the page registers both). */
export function registerWebAssembly(ns) {
  if (ns && !engines.includes(ns)) engines.push(ns);
}

const instanceOfAny = (name) => ({
  [Symbol.hasInstance]: (value) => engines.some((ns) => value instanceof ns[name]),
});

const shim = {
  Instance: instanceOfAny('Instance'),
  Module: instanceOfAny('Module'),
};
export { shim as WebAssembly };
