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
