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
