// Types of the teawasi ES module (hand-written; keep in step with dev.teawasi.web.TeawasiJs).

/** The teawasi version, e.g. "0.1.0". */
export function version(): string;

/** One section of a binary module. */
export interface SectionInfo {
  /** Section id (0 = custom, 1 = type, ... 12 = datacount). */
  id: number;
  /** "type", "code", ... or "custom:NAME" for custom sections. */
  name: string;
  /** Byte offset of the section payload in the file. */
  offset: number;
  /** Payload size in bytes. */
  size: number;
}

/**
 * Lists the sections of a `.wasm` file.
 * @throws Error with name "CompileError" when the bytes are not a well-formed module header and section list.
 */
export function sections(bytes: Uint8Array): SectionInfo[];

/** Counts of a spec-test run. */
export interface SpectestResult {
  passed: number;
  failed: number;
  skipped: number;
  /** "N passed, N failed" and ", N skipped" when anything was skipped. */
  summary: string;
}

/**
 * Runs one spec-test script in wabt's `wast2json` form (the project's JS-side test runner; the same Java runner as
 * `java -jar teawasi.jar spectest`). Text-format modules and v128 values are counted as skipped.
 * @param json the script's JSON text
 * @param readFile returns the bytes of a module file the script names (relative to the script), or null
 * @param print receives each failure line ("FILE:LINE: command: why")
 * @param verbose also report skipped commands, spectest print calls and differing compile/link messages
 * @param strictMessages count compile/link errors whose message differs from the expected text as failures
 */
export function spectest(json: string, readFile: (name: string) => Uint8Array | null,
  print: (line: string) => void, verbose?: boolean, strictMessages?: boolean): SpectestResult;

/** One object of a mounted directory tree (paths relative to the mount, '/'-separated, parents first). */
export interface MountEntry {
  path: string;
  kind: 'file' | 'dir' | 'symlink';
  /** file: the content. In an exported tree, absent when the file is unchanged since it was loaded at this path. */
  data?: Uint8Array;
  /** symlink: the target text (checked only when the guest follows it). */
  target?: string;
  /** Nanoseconds since the epoch, as decimal strings (e.g. String(fs.lstatSync(p, {bigint: true}).mtimeNs)). */
  atimeNs?: string;
  mtimeNs?: string;
  /** Another name of the file or symlink at this earlier path (a hard link). */
  linkTo?: string;
}

/** A directory tree preopened for the guest under guestPath (e.g. "/sandbox" or "."). */
export interface Mount {
  guestPath: string;
  entries: MountEntry[];
}

export interface WasiOptions {
  /** argv, argv[0] included (conventionally the program's name). */
  args?: string[];
  /** "KEY=VALUE" strings. */
  env?: string[];
  mounts?: Mount[];
  /** Up to max bytes of stdin; null/undefined at end of input; an empty array when nothing is ready yet (the run then
   *  stops with "waiting-for-input" and continues with the next step()). Default: empty stdin. */
  stdin?: (max: number) => Uint8Array | null | undefined;
  /** Bytes stdin can deliver without waiting, for poll_oneoff (a blocking source may say 1). Default: 0. */
  stdinAvailable?: () => number;
  /** Output chunks (copies). Default: discarded. */
  stdout?: (bytes: Uint8Array) => void;
  stderr?: (bytes: Uint8Array) => void;
  /** Whether stdio are terminals (character devices: isatty() is true and the guest line-buffers) or pipes/files
   *  (the guest buffers fully). Default true, as for a terminal-like page; the node launcher passes its own. */
  stdioTerminal?: boolean;
  /** true: sleeping (nanosleep, poll timeouts) ends step() with "sleeping" instead of busy-waiting (for pages);
   *  step() again after sleepMs(). Default false: the step waits. */
  suspendOnSleep?: boolean;
  /** Fills with random bytes for random_get, e.g. (b) => crypto.getRandomValues(b). Default: a non-cryptographic PRNG. */
  random?: (bytes: Uint8Array) => void;
}

export type WasiStatus = 'exited' | 'trapped' | 'out-of-fuel' | 'waiting-for-input' | 'sleeping';

/** A started WASI command (its _start runs in step()). */
export interface WasiRun {
  /** Runs at most fuel instructions (negative: to the end); "out-of-fuel", "waiting-for-input" and "sleeping"
   *  continue with the next step(). */
  step(fuel: number): WasiStatus;
  /** The exit code after "exited" (proc_exit's code, or 0); 134 after "trapped". */
  exitCode(): number;
  /** After "sleeping": milliseconds until the guest's earliest timeout. */
  sleepMs(): number;
  /** The trap message after "trapped", else null. */
  trap(): string | null;
  /** The wasm frames of the trap, innermost first. */
  wasmStack(): string[];
  /** The mounted trees as they are now, to write back wherever they came from. */
  mounts(): Mount[];
}

/**
 * Instantiates a WASI command (imports of wasi_snapshot_preview1 and wasi_unstable) with the given stdio, mounts,
 * args and env. Nothing outside the given trees is reachable; no node-only API is used, so pages can call it too.
 * @throws Error named "CompileError" (malformed module), "LinkError" (unknown imports), "RuntimeError" (trap while
 * instantiating) or "TypeError" (bad options).
 */
export function startWasi(wasm: Uint8Array, options?: WasiOptions): WasiRun;

// ---- The WebAssembly JavaScript interface on the teawasi interpreter (web/src/main/js/webassembly/).

/** Value type names of the JS API's descriptors ("anyfunc" is the old name of "funcref"). */
export type WasmValueType = 'i32' | 'i64' | 'f32' | 'f64' | 'v128' | 'funcref' | 'anyfunc' | 'externref';
/** A module's source: its bytes. */
export type WasmBufferSource = ArrayBuffer | ArrayBufferView;
/** An import object: module name -> field name -> function, Memory, Table, Global, number/BigInt, or Suspending. */
export type WasmImports = Record<string, Record<string, unknown>>;
export type WasmExports = Record<string, Function | WasmMemory | WasmTable | WasmGlobal>;

export interface WasmImportDescriptor { module: string; name: string; kind: 'function' | 'table' | 'memory' | 'global'; }
export interface WasmExportDescriptor { name: string; kind: 'function' | 'table' | 'memory' | 'global'; }

export interface WasmModule { readonly [Symbol.toStringTag]: 'WebAssembly.Module'; }
export interface WasmModuleConstructor {
  new (bytes: WasmBufferSource): WasmModule;
  exports(module: WasmModule): WasmExportDescriptor[];
  imports(module: WasmModule): WasmImportDescriptor[];
  customSections(module: WasmModule, sectionName: string): ArrayBuffer[];
}

export interface WasmInstance { readonly exports: WasmExports; }
export interface WasmInstanceConstructor { new (module: WasmModule, importObject?: WasmImports): WasmInstance; }

export interface WasmMemoryDescriptor { initial: number; maximum?: number; }
/** A linear memory; buffer is the memory itself (no copy), replaced (the old one detached) whenever it grows. */
export interface WasmMemory { readonly buffer: ArrayBuffer; grow(delta: number): number; }
export interface WasmMemoryConstructor { new (descriptor: WasmMemoryDescriptor): WasmMemory; }

export interface WasmTableDescriptor { element: 'funcref' | 'anyfunc' | 'externref'; initial: number; maximum?: number; }
export interface WasmTable {
  readonly length: number;
  get(index: number): any;
  set(index: number, value?: any): void;
  grow(delta: number, value?: any): number;
}
export interface WasmTableConstructor { new (descriptor: WasmTableDescriptor, value?: any): WasmTable; }

export interface WasmGlobalDescriptor { value: WasmValueType; mutable?: boolean; }
export interface WasmGlobal { value: any; valueOf(): any; }
export interface WasmGlobalConstructor { new (descriptor: WasmGlobalDescriptor, value?: any): WasmGlobal; }

/** What teawasi uses of an AbortSignal (a real one fits; the types do not need the DOM library). */
export interface WasmAbortSignal {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** What teawasi uses of a fetch Response (a real one fits). */
export interface WasmResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Options of promising() and instantiate(): how a sliced call runs. */
export interface WasmRunOptions {
  /** An AbortSignal that cancels the call: it rejects with the signal's reason (an AbortError). */
  signal?: WasmAbortSignal;
  /** Milliseconds of interpretation between yields to the event loop (default 5). */
  yieldEveryMs?: number;
}

export interface WasmErrorConstructor<T extends Error> {
  new (message?: string, options?: { cause?: unknown }): T;
  (message?: string, options?: { cause?: unknown }): T;
  readonly prototype: T;
}

/**
 * The standard `WebAssembly` namespace implemented on teawasi's interpreter (works where WebAssembly is missing:
 * `globalThis.WebAssembly ??= WebAssembly`), with JSPI (Suspending/promising) on every platform. i64 values are
 * BigInts. A JS exception thrown by an import reaches the JS caller as the same object; traps are RuntimeErrors.
 */
export declare const WebAssembly: {
  readonly Module: WasmModuleConstructor;
  readonly Instance: WasmInstanceConstructor;
  readonly Memory: WasmMemoryConstructor;
  readonly Table: WasmTableConstructor;
  readonly Global: WasmGlobalConstructor;
  readonly CompileError: WasmErrorConstructor<Error>;
  readonly LinkError: WasmErrorConstructor<Error>;
  readonly RuntimeError: WasmErrorConstructor<Error>;
  /** Thrown when a Suspending import is called outside WebAssembly.promising. */
  readonly SuspendError: WasmErrorConstructor<Error>;
  validate(bytes: WasmBufferSource): boolean;
  compile(bytes: WasmBufferSource): Promise<WasmModule>;
  /** Runs the start function in slices (it may suspend on a Suspending import); options as for promising. */
  instantiate(bytes: WasmBufferSource, importObject?: WasmImports, options?: WasmRunOptions):
    Promise<{ module: WasmModule; instance: WasmInstance }>;
  instantiate(module: WasmModule, importObject?: WasmImports, options?: WasmRunOptions): Promise<WasmInstance>;
  /** The response must have Content-Type application/wasm and an ok status. */
  compileStreaming(source: WasmResponse | PromiseLike<WasmResponse>): Promise<WasmModule>;
  instantiateStreaming(source: WasmResponse | PromiseLike<WasmResponse>, importObject?: WasmImports, options?: WasmRunOptions):
    Promise<{ module: WasmModule; instance: WasmInstance }>;
  /** Marks an async JS function as an import that suspends the promising call while its promise is pending. */
  readonly Suspending: new (jsFun: (...args: any[]) => any) => object;
  /**
   * An async function around an exported function: suspending imports may suspend it, and it yields to the event
   * loop every few milliseconds; options.signal cancels it.
   */
  promising<A extends any[], R>(wasmFunc: (...args: A) => R, options?: WasmRunOptions): (...args: A) => Promise<R>;
};

/** Where stdout or stderr goes: chunks as Uint8Array copies the callee may keep. */
export type OutputTarget =
  | ((chunk: Uint8Array<ArrayBuffer>) => void)
  | WritableStream<Uint8Array<ArrayBuffer>>
  | { write(chunk: Uint8Array<ArrayBuffer>): unknown }
  | null;

/** Bytes: an ArrayBuffer is as good as a Uint8Array (any typed array or DataView too). */
export type Bytes = Uint8Array | ArrayBuffer | ArrayBufferView | SharedArrayBuffer;

/**
 * Where stdin comes from: fixed text or bytes (then end of file); a function called whenever the guest wants more
 * and nothing is buffered, returning text or bytes, `''` for "nothing yet", `null` for the end of input, or a
 * promise of those; a ReadableStream or an async iterable of chunks. A promise (and a stream) means the guest's
 * read waits: that needs a run that can suspend (see {@link WASIOptions.jspi} and {@link run}).
 */
export type StdinSource =
  | string
  | Bytes
  | (() => string | Bytes | null | undefined | PromiseLike<string | Bytes | null | undefined>)
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | null;

/** A WebAssembly namespace with JSPI: the browser's own (Chrome 137+, Firefox 153+) or teawasi's polyfill. */
export interface JSPINamespace {
  Suspending: new (fn: (...args: any[]) => unknown) => object;
  promising(fn: Function): (...args: any[]) => Promise<unknown>;
}

/** Options of {@link WASI}, shaped like node:wasi's. Unknown names and wrong types are TypeErrors naming the option. */
export interface WASIOptions {
  /** `'preview1'` (imports from wasi_snapshot_preview1, the default) or `'unstable'` (wasi_unstable). */
  version?: 'preview1' | 'unstable';
  /** argv, argv[0] included (conventionally the program's name). Default: none. */
  args?: string[];
  /** The environment: an object of strings, or `'KEY=VALUE'` strings. Default: empty. */
  env?: Record<string, string> | string[];
  /**
   * Directories the guest gets, as node:wasi: `{'/guest/path': '/path/in/fs'}`. A missing directory of the file
   * system is created (a non-directory there is a TypeError).
   */
  preopens?: Record<string, string>;
  /** Default: no input (the guest reads end of file at once). */
  stdin?: StdinSource;
  /** Default: the console, line by line (console.log / console.error); null discards. */
  stdout?: OutputTarget;
  stderr?: OutputTarget;
  /**
   * Time: `'system'` (default: Date.now and performance.now), `'virtual'` (starts at 0 and moves only when the guest
   * sleeps, which then takes no real time: reproducible runs), or a function giving nanoseconds of WASI clock
   * `clockId` (0 realtime, 1 monotonic, 2 process CPU, 3 thread CPU).
   */
  clock?: 'system' | 'virtual' | ((clockId: number) => bigint);
  /** Fills a Uint8Array with random bytes for random_get, e.g. `(b) => crypto.getRandomValues(b)` (the default). */
  random?: (bytes: Uint8Array<ArrayBuffer>) => unknown;
  /** true (default): start() returns proc_exit's code. false: start() throws it as an Error named "ExitStatus" with `code`. */
  returnOnExit?: boolean;
  /**
   * Lets blocking calls (a read of stdin with nothing there yet, a sleep) suspend the guest instead of blocking the
   * thread: `true` for the global WebAssembly's JSPI, or a namespace such as `teawasi.WebAssembly`. Run with
   * {@link WASI.startAsync}. Without it a sleep busy-waits and a read that would wait is an Error saying what the
   * page needs.
   */
  jspi?: boolean | JSPINamespace;
  /** Whether stdio are terminals (isatty; the guest then line-buffers stdout). Default true. */
  terminal?: boolean;
}

/** The module's exports WASI needs: `memory`, and `_start` (a command) or optionally `_initialize` (a reactor). */
export interface WASIInstance {
  exports: object;
}

/**
 * WASI preview 1 for a WebAssembly instance, whichever WebAssembly made it: the browser's or node's own, or
 * teawasi's polyfill. The functions are teawasi's Java WASI layer; the guest's memory is read through
 * `instance.exports.memory.buffer`, also after memory.grow.
 *
 * ```js
 * const wasi = new WASI({ args: ['hello'], env: { LANG: 'C' }, stdout: (b) => term.write(b) });
 * const { instance } = await WebAssembly.instantiateStreaming(fetch('hello.wasm'), wasi.getImportObject());
 * const exitCode = wasi.start(instance);
 * ```
 */
export class WASI {
  constructor(options?: WASIOptions);
  /** The import module's functions (name -> function), to place under `wasi_snapshot_preview1` yourself. */
  readonly wasiImport: Record<string, Function | object>;
  /** `{wasi_snapshot_preview1: wasiImport}` (`wasi_unstable` for version 'unstable'). */
  getImportObject(): Record<string, Record<string, Function | object>>;
  /**
   * Runs a command's `_start` and returns its exit code (0 when `_start` returns, else proc_exit's code). A trap
   * is thrown as the WebAssembly's RuntimeError. Throws a TypeError for an instance that is no command or exports no
   * memory, and when the WASI was created with `jspi` (use {@link startAsync}).
   */
  start(instance: WASIInstance): number;
  /**
   * Like {@link start}, but with the `jspi` option `_start` runs through `promising`, so blocking calls suspend;
   * `signal` cancels the run at its next wait (the promise rejects with the signal's reason).
   */
  startAsync(instance: WASIInstance, options?: { signal?: AbortSignal }): Promise<number>;
  /** Initialises a reactor (a module without `_start`): calls `_initialize` when it exports one. */
  initialize(instance: WASIInstance): void;
}
