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
