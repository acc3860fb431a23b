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

// ---- The WebAssembly JavaScript interface on the teawasi interpreter (web/src/main/js/webassembly/).

/** Value type names of the JS API's descriptors ("anyfunc" is the old name of "funcref"). */
export type WasmValueType = 'i32' | 'i64' | 'f32' | 'f64' | 'v128' | 'funcref' | 'anyfunc' | 'externref';
/** A module's source: its bytes. */
export type WasmBufferSource = ArrayBuffer | ArrayBufferView;
/** An import object: module name -> field name -> function, Memory, Table, Global, number/BigInt, or Suspending. */
export type WasmImports = Record<string, Record<string, unknown>>;
export type WasmExports = Record<string, Function | WasmMemory | WasmTable | WasmGlobal | WasmTag>;

export interface WasmImportDescriptor { module: string; name: string; kind: 'function' | 'table' | 'memory' | 'global' | 'tag'; }
export interface WasmExportDescriptor { name: string; kind: 'function' | 'table' | 'memory' | 'global' | 'tag'; }

export interface WasmModule { readonly [Symbol.toStringTag]: 'WebAssembly.Module'; }
export interface WasmModuleConstructor {
  new (bytes: WasmBufferSource): WasmModule;
  exports(module: WasmModule): WasmExportDescriptor[];
  imports(module: WasmModule): WasmImportDescriptor[];
  customSections(module: WasmModule, sectionName: string): ArrayBuffer[];
}

export interface WasmInstance { readonly exports: WasmExports; }
export interface WasmInstanceConstructor { new (module: WasmModule, importObject?: WasmImports): WasmInstance; }

export interface WasmMemoryDescriptor { address?: 'i32'; initial: number; maximum?: number; }
/** A 64-bit memory (memory64): its sizes in pages are BigInts. */
export interface WasmMemory64Descriptor { address: 'i64'; initial: bigint; maximum?: bigint; }
/**
 * A linear memory; buffer is the memory itself (no copy), replaced (the old one detached) whenever it grows. Page
 * counts are numbers, or BigInts for a 64-bit memory (WasmMemory<bigint>).
 */
export interface WasmMemory<Address extends number | bigint = number | bigint> {
  readonly buffer: ArrayBuffer;
  grow(delta: Address): Address;
}
export interface WasmMemoryConstructor {
  new (descriptor: WasmMemoryDescriptor): WasmMemory<number>;
  new (descriptor: WasmMemory64Descriptor): WasmMemory<bigint>;
}

export interface WasmTableDescriptor {
  element: 'funcref' | 'anyfunc' | 'externref';
  address?: 'i32';
  initial: number;
  maximum?: number;
}
/** A 64-bit table (table64): its length, indices and deltas are BigInts. */
export interface WasmTable64Descriptor {
  element: 'funcref' | 'anyfunc' | 'externref';
  address: 'i64';
  initial: bigint;
  maximum?: bigint;
}
export interface WasmTable<Index extends number | bigint = number | bigint> {
  readonly length: Index;
  get(index: Index): any;
  set(index: Index, value?: any): void;
  grow(delta: Index, value?: any): Index;
}
export interface WasmTableConstructor {
  new (descriptor: WasmTableDescriptor, value?: any): WasmTable<number>;
  new (descriptor: WasmTable64Descriptor, value?: any): WasmTable<bigint>;
}

export interface WasmGlobalDescriptor { value: WasmValueType; mutable?: boolean; }
export interface WasmGlobal { value: any; valueOf(): any; }
export interface WasmGlobalConstructor { new (descriptor: WasmGlobalDescriptor, value?: any): WasmGlobal; }

/** An exception tag: catch clauses match exceptions of the same tag object. */
export interface WasmTag { readonly [Symbol.toStringTag]: 'WebAssembly.Tag'; }
export interface WasmTagConstructor { new (type: { parameters: WasmValueType[] }): WasmTag; }
/** A wasm exception as a JS value (not an Error): thrown by wasm, or thrown by a JS import into wasm. */
export interface WasmException {
  getArg(tag: WasmTag, index: number): any;
  is(tag: WasmTag): boolean;
  /** With options.traceStack: where it was made. */
  readonly stack?: string;
}
export interface WasmExceptionConstructor {
  new (tag: WasmTag, payload: Iterable<any>, options?: { traceStack?: boolean }): WasmException;
}

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
  readonly Tag: WasmTagConstructor;
  readonly Exception: WasmExceptionConstructor;
  /** The tag of JS values thrown through wasm: import it to catch them in wasm (its payload is the value). */
  readonly JSTag: WasmTag;
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

/**
 * Limits of a WebAssembly namespace from {@link createWebAssembly} (the CLI's --max-memory, --max-table-elements and
 * --max-call-depth). A limit that is absent (or Infinity) keeps the default.
 */
export interface WebAssemblyLimits {
  /**
   * Bytes each memory may reach, and all memories of one instance together (rounded down to 64 KiB pages; default
   * and ceiling 2 GiB - 64 KiB, the JS build's largest array). `new Memory` with more initial pages is a RangeError,
   * a module declaring more is a LinkError naming the limit, growth beyond it fails as the spec says
   * (`memory.grow` -1 in wasm, a RangeError from `Memory.grow`).
   */
  maxMemory?: number;
  /** Elements each table may reach, and all tables of one instance together (default and ceiling 10,000,000). */
  maxTableElements?: number;
  /** Nested wasm calls before a RangeError "Maximum call stack size exceeded (call stack exhausted)" (default 20000). */
  maxCallDepth?: number;
}

/**
 * A `WebAssembly` namespace of teawasi's interpreter with its own limits: its `Instance`, `Memory`, `Table`,
 * `instantiate` and `instantiateStreaming` apply them; everything else is the same object as in
 * {@link WebAssembly} (which keeps the defaults), and objects of either work with the other (`instanceof` too).
 * @throws TypeError naming a bad option.
 */
export function createWebAssembly(options?: { limits?: WebAssemblyLimits }): typeof WebAssembly;

// ---------------------------------------------------------------------------------------------------------------
// FileSystem

/** An error of a FileSystem operation, shaped like node:fs's (e.g. "ENOENT: no such file or directory, open '/a'"). */
export interface FileSystemError extends Error {
  /** 'ENOENT', 'EEXIST', 'ENOTDIR', 'EISDIR', 'ENOTEMPTY', 'EINVAL', 'ELOOP', 'ENOSPC', 'EXDEV', 'EPERM', ...;
   *  rmSync of a directory without recursive: 'ERR_FS_EISDIR'. */
  code: string;
  /** Negative errno as node reports it on Linux (ENOENT: -2). */
  errno: number;
  /** The operation: 'open', 'mkdir', 'scandir', 'stat', 'lstat', 'rm', 'rename', ... */
  syscall: string;
  /** The path the operation was given (normalized). */
  path?: string;
  /** The second path of rename, link, symlink, copyfile. */
  dest?: string;
}

/** Encodings readFile/writeFile accept; 'buffer' (or none) means bytes. */
export type FileEncoding = 'utf8' | 'utf-8' | 'latin1' | 'binary' | 'ascii' | 'hex' | 'base64' | 'base64url' | 'buffer';

/** The encodings that make readFile return a string. */
export type TextEncoding = Exclude<FileEncoding, 'buffer'>;

/** File data for writeFile/appendFile: a string (encoded, UTF-8 by default) or bytes. */
export type FileData = string | Uint8Array | ArrayBufferView | ArrayBuffer;

export interface ReadFileOptions {
  /** Return a string decoded with this encoding instead of bytes. */
  encoding?: FileEncoding | null;
  /** Accepted for node compatibility; reading always opens for reading. */
  flag?: string;
}

export interface WriteFileOptions {
  /** Encoding of string data (default 'utf8'). */
  encoding?: FileEncoding | null;
  /** 'w' (default for writeFile: create or replace), 'wx' (fail with EEXIST if it exists), 'a' (default for
   *  appendFile: create or append), 'ax'. */
  flag?: 'w' | 'wx' | 'xw' | 'a' | 'ax' | 'xa' | 'w+' | 'a+' | 'wx+' | 'ax+';
  /** Permission bits of a file this call creates (e.g. 0o600). */
  mode?: number | string;
}

export interface MkdirOptions {
  /** Also create missing parents; an existing directory is no error. */
  recursive?: boolean;
  /** Permission bits of the directories created (default 0o755). */
  mode?: number | string;
}

export interface ReaddirOptions {
  /** Return Dirent objects instead of names. */
  withFileTypes?: boolean;
  /** Also list everything below, as paths relative to the directory ('a/b.txt'). */
  recursive?: boolean;
  /** Accepted for node compatibility: names are always strings. */
  encoding?: string;
}

export interface StatOptions {
  /** Numbers as BigInt, plus atimeNs/mtimeNs/ctimeNs/birthtimeNs in nanoseconds. */
  bigint?: boolean;
  /** false: return undefined instead of throwing when the path does not exist. */
  throwIfNoEntry?: boolean;
}

export interface RmOptions {
  /** Remove directories with everything in them. */
  recursive?: boolean;
  /** A missing path is no error. */
  force?: boolean;
}

/** Attributes of a file, directory or symlink, as node's fs.Stats (T = number, or bigint with {bigint: true}). */
export interface Stats<T extends number | bigint = number> {
  /** Device number: one per FileSystem. */
  dev: T;
  /** Inode number, unique within the FileSystem. */
  ino: T;
  /** File type bits (S_IFREG 0o100000, S_IFDIR 0o040000, S_IFLNK 0o120000) | permission bits. */
  mode: T;
  /** Number of names (hard links); 2 + subdirectories for a directory. */
  nlink: T;
  /** Always 0: there are no owners. */
  uid: T;
  gid: T;
  /** Always 0: there are no device files. */
  rdev: T;
  /** Bytes of a file, the entry count of a directory, the target length of a symlink. */
  size: T;
  /** 4096. */
  blksize: T;
  /** size in 512-byte units, rounded up. */
  blocks: T;
  /** Times in milliseconds since the epoch (fractional with number). */
  atimeMs: T;
  mtimeMs: T;
  ctimeMs: T;
  /** The same as ctime (the Vfs keeps no birth time). */
  birthtimeMs: T;
  /** With {bigint: true}: times in nanoseconds. */
  atimeNs?: bigint;
  mtimeNs?: bigint;
  ctimeNs?: bigint;
  birthtimeNs?: bigint;
  atime: Date;
  mtime: Date;
  ctime: Date;
  birthtime: Date;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  /** Always false (no such files exist in a FileSystem). */
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
}

/** One directory entry of readdirSync(path, {withFileTypes: true}). */
export interface Dirent {
  name: string;
  /** The directory that holds the entry. */
  parentPath: string;
  /** The same as parentPath (node's older name). */
  path: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
}

/** One change under a watched path. */
export interface FileSystemChange {
  /** 'create', 'modify' (content, size, times or mode), 'delete'; a rename is a delete and a create. 'overflow':
   *  more than 10000 changes were pending and the rest were dropped (rescan what you mirror). */
  type: 'create' | 'modify' | 'delete' | 'overflow';
  /** Absolute path of the changed entry ('/' for overflow). */
  path: string;
  /** What the entry is ('' for overflow). */
  kind: 'file' | 'dir' | 'symlink' | '';
}

export interface WatchOptions {
  /** Also changes deeper than the direct entries of the watched directory. */
  recursive?: boolean;
}

/** A subscription returned by FileSystem.watch. */
export interface FileSystemWatcher {
  /** Stops the events (idempotent). */
  close(): void;
}

/** Limits of a FileSystem: beyond them writes fail with ENOSPC (for a guest: errno ENOSPC from WASI). */
export interface FileSystemLimits {
  /** Bytes of file storage, entry names and symlink targets (default 1 GiB; Infinity for no limit). */
  maxBytes?: number;
  /** Files, directories and symlinks, the root included (default 1,000,000; Infinity for no limit). */
  maxInodes?: number;
}

/** What a FileSystem holds now, and its limits. */
export interface FileSystemUsage {
  usedBytes: number;
  usedInodes: number;
  maxBytes: number;
  maxInodes: number;
}

/** Promise forms of the FileSystem methods (fs.promises.readFile(...) etc.), as node:fs/promises. */
export interface FileSystemPromises {
  readFile(path: string | URL, options?: 'buffer' | null | { encoding?: 'buffer' | null; flag?: string }): Promise<Uint8Array>;
  readFile(path: string | URL, options: TextEncoding | { encoding: TextEncoding; flag?: string }): Promise<string>;
  readFile(path: string | URL, options: FileEncoding | ReadFileOptions): Promise<string | Uint8Array>;
  writeFile(path: string | URL, data: FileData, options?: FileEncoding | WriteFileOptions): Promise<void>;
  appendFile(path: string | URL, data: FileData, options?: FileEncoding | WriteFileOptions): Promise<void>;
  mkdir(path: string | URL, options?: MkdirOptions | number): Promise<string | undefined>;
  readdir(path: string | URL, options?: ReaddirOptions & { withFileTypes?: false }): Promise<string[]>;
  readdir(path: string | URL, options: ReaddirOptions & { withFileTypes: true }): Promise<Dirent[]>;
  stat(path: string | URL, options?: StatOptions): Promise<Stats>;
  lstat(path: string | URL, options?: StatOptions): Promise<Stats>;
  rm(path: string | URL, options?: RmOptions): Promise<void>;
  rmdir(path: string | URL, options?: { recursive?: boolean }): Promise<void>;
  unlink(path: string | URL): Promise<void>;
  rename(oldPath: string | URL, newPath: string | URL): Promise<void>;
  symlink(target: string, path: string | URL): Promise<void>;
  readlink(path: string | URL): Promise<string>;
  link(existingPath: string | URL, newPath: string | URL): Promise<void>;
  chmod(path: string | URL, mode: number | string): Promise<void>;
  lchmod(path: string | URL, mode: number | string): Promise<void>;
  utimes(path: string | URL, atime: number | Date | bigint, mtime: number | Date | bigint): Promise<void>;
  lutimes(path: string | URL, atime: number | Date | bigint, mtime: number | Date | bigint): Promise<void>;
  truncate(path: string | URL, len?: number): Promise<void>;
  copyFile(src: string | URL, dest: string | URL, mode?: number): Promise<void>;
  realpath(path: string | URL): Promise<string>;
  access(path: string | URL, mode?: number): Promise<void>;
  /** Resolves to existsSync(path). */
  exists(path: string | URL): Promise<boolean>;
}

/** Constants as in node:fs (only the ones that mean something here). */
export interface FileSystemConstants {
  readonly F_OK: 0;
  readonly R_OK: 4;
  readonly W_OK: 2;
  readonly X_OK: 1;
  readonly COPYFILE_EXCL: 1;
  readonly S_IFMT: 0o170000;
  readonly S_IFREG: 0o100000;
  readonly S_IFDIR: 0o040000;
  readonly S_IFLNK: 0o120000;
}

/**
 * The in-memory file system (files, directories, symlinks, hard links; times and permission bits kept, permissions
 * not enforced) with the methods of node:fs. Shared between runs and between several WASI instances that are given
 * it. Paths are '/'-separated; a relative path is taken from '/' (there is no working directory), and "." and ".."
 * are resolved lexically, as path.posix.resolve('/', p) does. Failures throw {@link FileSystemError}s with node's
 * codes and messages; bad arguments a TypeError with code 'ERR_INVALID_ARG_TYPE' or 'ERR_INVALID_ARG_VALUE'.
 * readFile returns a Uint8Array where node returns a Buffer.
 */
export class FileSystem {
  /** @param options limits (see {@link FileSystemLimits}); unknown options are a TypeError. */
  constructor(options?: FileSystemLimits);
  /** Promise forms of the methods. */
  readonly promises: FileSystemPromises;
  readonly constants: FileSystemConstants;

  /** Changes the limits (a limit below today's use only stops further growth). @throws RangeError for a bad value. */
  setLimits(limits: FileSystemLimits): void;
  usage(): FileSystemUsage;

  /** The content of a file (following symlinks): bytes, or a string with an encoding. */
  readFileSync(path: string | URL, options?: 'buffer' | null | { encoding?: 'buffer' | null; flag?: string }): Uint8Array;
  readFileSync(path: string | URL, options: TextEncoding | { encoding: TextEncoding; flag?: string }): string;
  readFileSync(path: string | URL, options: FileEncoding | ReadFileOptions): string | Uint8Array;
  /** Creates or replaces a file (its directory must exist; a final symlink is followed). */
  writeFileSync(path: string | URL, data: FileData, options?: FileEncoding | WriteFileOptions): void;
  /** Appends to a file, creating it if missing. Appends are cheap (the file is stored in chunks). */
  appendFileSync(path: string | URL, data: FileData, options?: FileEncoding | WriteFileOptions): void;
  /** Creates a directory; with recursive returns the first directory created (undefined when none was). */
  mkdirSync(path: string | URL, options?: MkdirOptions | number): string | undefined;
  /** Entry names (or Dirents) of a directory, in creation order. */
  readdirSync(path: string | URL, options?: ReaddirOptions & { withFileTypes?: false }): string[];
  readdirSync(path: string | URL, options: ReaddirOptions & { withFileTypes: true }): Dirent[];
  /** Attributes, following symlinks. */
  statSync(path: string | URL, options?: StatOptions & { bigint?: false }): Stats;
  statSync(path: string | URL, options: StatOptions & { bigint: true }): Stats<bigint>;
  /** Attributes of the path itself (a final symlink is not followed). */
  lstatSync(path: string | URL, options?: StatOptions & { bigint?: false }): Stats;
  lstatSync(path: string | URL, options: StatOptions & { bigint: true }): Stats<bigint>;
  /** True when path resolves (following symlinks). Never throws. */
  existsSync(path: string | URL): boolean;
  /** Throws ENOENT when path does not resolve; every access mode is granted (no permissions are enforced). */
  accessSync(path: string | URL, mode?: number): void;
  /** Removes a file or symlink, a directory only with recursive (else code 'ERR_FS_EISDIR'). */
  rmSync(path: string | URL, options?: RmOptions): void;
  /** Removes an empty directory (ENOTEMPTY otherwise); {recursive: true} acts like rmSync. */
  rmdirSync(path: string | URL, options?: { recursive?: boolean }): void;
  /** Removes a file or symlink (a directory: EISDIR). */
  unlinkSync(path: string | URL): void;
  /** rename(2): moves or renames; replaces a file by a file or an empty directory by a directory. */
  renameSync(oldPath: string | URL, newPath: string | URL): void;
  /** Creates a symlink at path whose target is stored as written (relative targets resolve from its directory). */
  symlinkSync(target: string, path: string | URL): void;
  /** The target of a symlink (EINVAL when path is not one). */
  readlinkSync(path: string | URL, options?: FileEncoding | { encoding?: FileEncoding }): string;
  /** A second name for a file or symlink (directories: EPERM). */
  linkSync(existingPath: string | URL, newPath: string | URL): void;
  /** Sets permission bits (following symlinks). They are kept (stat, tar) but not enforced. */
  chmodSync(path: string | URL, mode: number | string): void;
  /** Sets permission bits of a symlink itself. */
  lchmodSync(path: string | URL, mode: number | string): void;
  /** Sets access and modification times (seconds since the epoch, Dates, or a bigint of nanoseconds), following
   *  symlinks. */
  utimesSync(path: string | URL, atime: number | Date | bigint, mtime: number | Date | bigint): void;
  /** utimesSync on a symlink itself. */
  lutimesSync(path: string | URL, atime: number | Date | bigint, mtime: number | Date | bigint): void;
  /** Cuts or extends (with zeros) a file to len bytes (default 0). */
  truncateSync(path: string | URL, len?: number): void;
  /** Copies a file's content; mode constants.COPYFILE_EXCL fails with EEXIST when dest exists. */
  copyFileSync(src: string | URL, dest: string | URL, mode?: number): void;
  /** The canonical path, symlinks resolved. */
  realpathSync(path: string | URL): string;

  /**
   * Subscribes to changes under path made by JS and by guests (through WASI) alike: listener gets one
   * {@link FileSystemChange} per change, in a microtask after it (a run's changes after its slice). Without
   * recursive: path itself and its direct entries. Repeated modifications of one file in a row are reported once.
   * With no watcher the file system records nothing.
   */
  watch(path: string | URL, listener: (change: FileSystemChange) => void): FileSystemWatcher;
  watch(path: string | URL, options: WatchOptions, listener: (change: FileSystemChange) => void): FileSystemWatcher;
  /** Delivers pending change events now instead of in the next microtask. */
  flushEvents(): void;

  /**
   * The tree at path (default '/') as a tar archive: POSIX ustar, with pax extended headers where ustar cannot
   * hold a name or link target (over 100 bytes or not ASCII), an mtime (sub-second or out of range) or a size.
   * A directory exports its contents (names relative to it, directories before their entries); a file or
   * symlink exports alone under its base name. Keeps kinds, content, symlink targets, hard links (as links to the
   * first name), permission bits and mtimes; uid/gid are 0.
   */
  exportTar(path?: string | URL): Uint8Array;
  /**
   * Extracts a tar archive (ustar, pax, GNU long names, v7) into the directory path (default '/', created if
   * missing), replacing files and symlinks of the same name. The archive is treated as untrusted: a name or hard
   * link target with '..' is refused, a leading '/' is dropped, nothing is written through a symlink (not even
   * one the archive made), headers are checked (checksum, numbers, sizes against the archive's length); any
   * problem throws a {@link TarError} naming the entry, and entries before it stay extracted. Devices, FIFOs and
   * sparse files are skipped and listed. Symlink targets are stored as written.
   * @throws TypeError (code 'ERR_INVALID_ARG_TYPE') when archive is not bytes.
   */
  importTar(archive: Uint8Array | ArrayBufferView | ArrayBuffer, path?: string | URL, options?: TarImportOptions): TarImportResult;

  /**
   * Creates or replaces the file at path as one whose content is loaded on demand: stat and readdir see it with
   * size bytes at once; the first operation that needs the content calls load() once and uses the bytes it
   * resolves to. A guest's open waits for it where the run can suspend (teawasi's interpreter, JSPI); a run that
   * cannot (`wasi.start`, native WebAssembly without JSPI) loads its preopened directories' such files before it
   * starts when started through `run` or `startAsync`, and `wasi.start` fails with an Error naming
   * {@link ready}. Sync methods that need the content before it is loaded (readFileSync, appendFileSync,
   * copyFileSync, truncateSync to a non-zero length, exportTar) throw an Error with code 'ERR_FS_NOT_LOADED';
   * the promise forms load it first. Replacing the whole content (writeFileSync, a guest's O_TRUNC) needs no load.
   * A failing load rejects the promise form's promise and gives a guest EIO (ENOSPC beyond the limits).
   * @throws TypeError (code 'ERR_INVALID_ARG_TYPE') for a size that is not an integer >= 0 or a load that is no function.
   */
  createLazyFile(path: string | URL, size: number, load: () => Uint8Array | ArrayBuffer | ArrayBufferView
    | PromiseLike<Uint8Array | ArrayBuffer | ArrayBufferView>): void;
  /**
   * Loads every file at or below path (default '/', following a symlink given as path) whose content is not
   * loaded yet (see {@link createLazyFile} and {@link mountPersistent}); afterwards the sync methods can read them.
   * Rejects with the storage's error when a load fails.
   */
  ready(path?: string | URL): Promise<void>;

  /**
   * Mounts a directory kept in the browser's persistent storage at path (created if missing; it must be empty):
   * what was stored under options.name (default: the path) appears at once with its names, kinds, sizes, modes,
   * mtimes and symlink targets, and each file's content is loaded on demand, as for {@link createLazyFile}
   * (`await fs.ready(path)` loads all). Every change under path, by JS or by a guest, is written through in the
   * background (batched per task); a file not loaded yet is loaded before a change to its name or metadata is
   * stored. OPFS keeps files as real OPFS files (teawasi-fs/NAME/tree) plus a meta.json for symlinks, modes, sizes
   * and mtimes; IndexedDB keeps one metadata record per entry and the contents in a second object store (database
   * "teawasi-fs:NAME"). Hard links are stored as separate copies. The FileSystem's limits still apply (to a file
   * when it is loaded); the browser's own storage quota shows as a write-through error (onError, flush()).
   * @throws (rejects) TypeError for bad options; Error when the backend is missing, path is not an empty directory,
   * or it overlaps another persistent directory of this FileSystem.
   */
  mountPersistent(path: string | URL, options?: PersistentOptions): Promise<PersistentMount>;
}

/** Limits of importTar. */
export interface TarImportOptions {
  /** More entries than this is an error (default 1,000,000). */
  maxEntries?: number;
}

/** What importTar did. */
export interface TarImportResult {
  /** Entries created (files, directories, symlinks, hard links). */
  entries: number;
  /** Names of entries that have no equivalent in a FileSystem (devices, FIFOs, sparse files) and were skipped. */
  skipped: string[];
}

/** The error of a malformed or hostile tar archive: message "tar: ..." naming the entry or offset. */
export interface TarError extends Error {
  code: 'ERR_TAR';
  /** The FileSystemError (e.g. ENOSPC) when the file system refused an entry. */
  cause?: unknown;
}

export interface PersistentOptions {
  /** 'auto' (default): OPFS where it works (a secure context with createWritable), else IndexedDB. */
  backend?: 'auto' | 'opfs' | 'indexeddb';
  /** The storage key (default: the mount path): mount the same name again to get the same files. */
  name?: string;
  /** Called with the error when writing through fails (e.g. the browser's quota); flush() also rejects with it. */
  onError?: (error: unknown) => void;
}

/** A persistent directory mounted in a FileSystem. */
export interface PersistentMount {
  /** The mount point in the FileSystem. */
  readonly path: string;
  /** The backend in use. */
  readonly backend: 'opfs' | 'indexeddb';
  /** The storage key. */
  readonly name: string;
  /** Entries found in storage when mounted (their contents are loaded on demand). */
  readonly loadedEntries: number;
  /** Resolves once every change made so far is stored; rejects with the storage's error if writing failed. */
  flush(): Promise<void>;
  /** Stores what is pending, loads the contents not loaded yet, then stops writing through; the files stay in the FileSystem. */
  unmount(): Promise<void>;
}

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
   * The file system the preopened directories are in, shared with the page and with other WASI instances (changes
   * either side makes are seen by the other at once). Default: a fresh, empty one.
   */
  fs?: FileSystem;
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

/** Options of {@link run}: the WASI options (without `jspi`, which run chooses) plus how and where to run. */
export interface RunOptions extends Omit<WASIOptions, 'jspi'> {
  /**
   * `'auto'` (default): the browser's (or node's) own WebAssembly where it exists and may compile the module (no
   * CSP without 'wasm-unsafe-eval', no Lockdown Mode, every feature supported), else teawasi's interpreter; also the
   * interpreter when stdin may wait (a function or stream) and the native WebAssembly has no JSPI.
   * `'native'`: only the browser's own (an Error if impossible). `'interpreter'`: only teawasi's interpreter.
   */
  engine?: 'auto' | 'native' | 'interpreter';
  /**
   * Cancels the run: the promise rejects with the signal's reason. On the interpreter and in a Worker the run stops
   * at once (the Worker is terminated). On native WebAssembly with JSPI (Chrome 137+) the module is rewritten to be
   * preemptible (see {@link RunLimits}), so it stops within milliseconds even in an endless loop; without JSPI it
   * stops at its next read of stdin or sleep (use `limits.timeout` or `worker` against endless loops).
   */
  signal?: AbortSignal;
  /** Limits of the run; see {@link RunLimits}. */
  limits?: RunLimits;
  /**
   * Runs the program in a module Worker: a Worker whose script calls {@link workerMain} (the package ships one as
   * `teawasi/worker.js`), or the URL of such a script. stdout/stderr stream back to the page, stdin is fed from
   * the page (through SharedArrayBuffer and Atomics.wait when the page is cross-origin isolated, else by messages
   * while the Worker's run suspends). `random` and function clocks cannot cross into a Worker (TypeError). The
   * Worker runs on a copy of `fs` (sent as a tar; files of persistent directories not loaded yet cross as where
   * they are stored and the Worker loads them when the guest opens them, or before the run where it cannot wait:
   * when it blocks in Atomics.wait; files of createLazyFile are loaded before the run). While the program runs,
   * the Worker sends its file changes in batches (at most every 75 ms, at a close or fsync, before it waits for
   * stdin or sleeps, and when it ends; a hard link arrives as a copy) and they are written into `fs` on the page, firing
   * `fs`'s change events as they come. Changes the page makes to `fs` during the run are not seen by the
   * program; they stay unless the program changes the same path, whose state the program's next batch then sets.
   * After more than 10,000 changes within one batch (a watcher overflow) the Worker's whole tree replaces the
   * contents of `fs` when the run ends instead. An aborted run sends nothing more.
   */
  worker?: Worker | URL | string;
  /**
   * Pauses a Worker run (with `worker` only; needs SharedArrayBuffer, so a cross-origin isolated page): while
   * `pause[0]` is not 0 the program waits at its next WASI call (a program that makes none runs on; `signal` still
   * stops it). Resume with `Atomics.store(pause, 0, 0); Atomics.notify(pause, 0)`. A TypeError when it is not an
   * Int32Array on a SharedArrayBuffer or there is no `worker`.
   */
  pause?: Int32Array;
}

/**
 * Limits of a {@link run}: those of {@link WebAssemblyLimits} plus fuel and time. Each is checked (a TypeError
 * names a bad one). On the interpreter all apply as documented there. On native WebAssembly:
 * - `maxMemory`, `maxTableElements`: the module's own memories and tables get their maximum lowered to the limit
 *   (growth beyond it is -1, as the spec says) and a declared minimum above it is a LinkError naming the limit,
 *   before anything runs. Several memories are each capped, but their sum is only checked for the declared minimums.
 * - `maxCallDepth` does not apply: the browser's own stack limit does; a native stack overflow is reported as the
 *   interpreter's (a RangeError "Maximum call stack size exceeded (call stack exhausted)").
 * - `fuel` and `timeout`, and a `signal` where the WebAssembly has JSPI, make teawasi rewrite the module first: an
 *   added counter at every loop header and at the entry of every function that may recurse calls teawasi every so
 *   often (about each millisecond).
 *   With JSPI that call suspends the run for one task every few milliseconds, so the page's timers and input are
 *   served and the signal is seen; without JSPI (node 20, older browsers) it can only end the run, which enforces
 *   `fuel` and `timeout` (not a signal: its abort event cannot fire while the thread computes). The rewritten
 *   module's start function runs after instantiation (as `"teawasi:start"`), debug custom sections (DWARF, source
 *   maps) are dropped, function names are kept. Runs without these options are not rewritten (no cost).
 */
export interface RunLimits extends WebAssemblyLimits {
  /**
   * Work before the run fails with the WebAssembly's RuntimeError "out of fuel: the run used all of limits.fuel
   * (...)": taken branches and calls on the interpreter; loop iterations and calls of functions that may recurse on
   * native WebAssembly (same order of magnitude for the same program, not equal).
   */
  fuel?: number;
  /** Milliseconds the run may take before it fails with a DOMException named "TimeoutError". */
  timeout?: number;
}

/** What a finished {@link run} returns. */
export interface RunResult {
  /** The program's exit code (0 when `_start` returns, else proc_exit's code). */
  exitCode: number;
  /** The engine that ran it. */
  engine: 'native' | 'interpreter';
  /** true when it ran in a Worker. */
  worker?: boolean;
  /** true when teawasi rewrote the module for native WebAssembly (preemption or limits, see {@link RunLimits}). */
  rewritten?: boolean;
}

/**
 * Runs a WASI command from its bytes (Uint8Array or ArrayBuffer), a Response, or a URL (fetched), with the same
 * WASI on every engine. Interactive stdin (a function returning promises, a ReadableStream) works without
 * SharedArrayBuffer: on native WebAssembly through JSPI where the browser has it, else on the interpreter.
 * Rejects with a TypeError naming a bad option, the WebAssembly's CompileError/LinkError, or its RuntimeError for
 * a trap.
 *
 * ```js
 * const { exitCode } = await run(fetch('hello.wasm'), { args: ['hello'], stdout: (b) => term.write(b) });
 * ```
 */
export function run(wasm: Bytes | Response | URL | string | PromiseLike<Bytes | Response>, options?: RunOptions): Promise<RunResult>;

/** Call in a module Worker's script to let pages run programs in that Worker with `run(wasm, {worker})`. */
export function workerMain(): void;
