// The two WebAssembly engines a program can run on: the browser's own WebAssembly (captured when the page
// started, so hiding it later changes nothing behind the page's back) and teawasi's interpreter, which exposes
// the same standard namespace (teawasi.WebAssembly). Both have JSPI (Suspending/promising) in Chromium 137+; on
// the interpreter it is teawasi's own and works in every browser.
export const NATIVE = 'native';
export const INTERPRETER = 'interpreter';
export const AUTO = 'auto';

export const ENGINE_LABEL = {
  [NATIVE]: 'native WebAssembly',
  [INTERPRETER]: 'teawasi interpreter',
};

export class Engines {
  constructor(teawasi, nativeWebAssembly) {
    this.teawasi = teawasi;
    this.native = nativeWebAssembly && typeof nativeWebAssembly.compile === 'function' ? nativeWebAssembly : null;
    this.nativeRefused = null; // the reason native compilation failed once (e.g. a CSP without wasm-unsafe-eval)
    this.modules = new WeakMap(); // bytes -> { native?: Module, interpreter?: Module }
  }

  /** Whether this teawasi build has its WebAssembly namespace (the interpreter). */
  hasInterpreter() {
    return Boolean(this.teawasi.WebAssembly);
  }

  hasNative() {
    return this.native !== null && this.nativeRefused === null;
  }

  /** The namespace ('native' or 'interpreter'). */
  namespace(engine) {
    return engine === NATIVE ? this.native : this.teawasi.WebAssembly;
  }

  /** Whether the engine can suspend on promises (JSPI): needed for interactive stdin, pause and stop. */
  hasJspi(engine) {
    const ns = this.namespace(engine);
    return Boolean(ns && typeof ns.Suspending === 'function' && typeof ns.promising === 'function');
  }

  /**
   * Compiles bytes on the chosen engine ('auto' = native where the page may compile, else the interpreter).
   * Returns { engine, module, compileMs, cached, note }.
   */
  async compile(bytes, choice) {
    let engine = choice === AUTO ? (this.hasNative() || !this.hasInterpreter() ? NATIVE : INTERPRETER) : choice;
    let note = '';
    if (engine === NATIVE && !this.native) {
      throw new Error('native WebAssembly is not available on this page (choose the interpreter or auto)');
    }
    if (engine === INTERPRETER && !this.hasInterpreter()) {
      throw new Error('this teawasi build has no WebAssembly namespace (the interpreter): choose native');
    }
    const known = this.modules.get(bytes) || {};
    if (known[engine]) return { engine, module: known[engine], compileMs: 0, cached: true, note };
    const started = performance.now();
    let module;
    try {
      module = await this.namespace(engine).compile(bytes);
    } catch (e) {
      // In auto mode a refusal to compile natively (a CSP without 'wasm-unsafe-eval', a JIT switched off) falls
      // back to the interpreter; a module the interpreter rejects too is the module's fault.
      if (choice !== AUTO || engine !== NATIVE || !this.hasInterpreter() || !this.teawasi.WebAssembly.validate(bytes)) throw e;
      this.nativeRefused = e.message;
      note = `native compilation refused (${e.message}); using the interpreter`;
      engine = INTERPRETER;
      return { ...(await this.compile(bytes, INTERPRETER)), note };
    }
    const compileMs = performance.now() - started;
    known[engine] = module;
    this.modules.set(bytes, known);
    return { engine, module, compileMs, cached: false, note };
  }
}
