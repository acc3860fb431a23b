// `teawasi run [--dir HOST[::GUEST]]... [--env KEY[=VALUE]]... [--fuel N] [--invoke NAME] [-W unknown-imports-trap]
// FILE.wasm [ARGS...]` on the TeaVM build.
// Same flags, exit codes and host-directory semantics as `java -jar teawasi.jar run`: each --dir is read into the
// virtual file system before the run and what the guest changed is written back after it (also after a trap or
// proc_exit; see write-back.mjs). The guest runs in fuel slices with the event loop in between, and stdin is read
// asynchronously while the guest waits, so SIGINT/SIGTERM/SIGHUP are handled at any time: before the program
// has ended nothing is written back (the directories stay as before the run) and the exit code is 128 + signal.
import * as fs from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { startWasi } from './node-core.js';
import { readModuleFile, ModuleFileError, DEFAULT_MODULE_LIMIT } from './module-file.mjs';
import { formatTrap } from './trap-report.mjs';
import { readHostDir, writeBack } from './write-back.mjs';

const USAGE = 'usage: run [--dir HOST[::GUEST]]... [--env KEY=VALUE]... [--fuel N] [--max-memory SIZE]'
  + ' [--max-fs-bytes SIZE] [--max-table-elements N] [--max-call-depth N] [--max-module-bytes SIZE]'
  + ' [--invoke NAME] [-W unknown-imports-trap] FILE.wasm [ARGS...]';
/** Bytes of file data each mounted directory may hold by default (the guest gets ENOSPC beyond). */
const DEFAULT_FS_BYTES = 1024 * 1024 * 1024;
const FLAGS = ['--dir', '--env', '--fuel', '--max-memory', '--max-table-elements', '--max-call-depth', '--max-fs-bytes',
  '--max-module-bytes', '--invoke', '-W'];

/** A size in bytes: digits with an optional K, M or G (powers of 1024), e.g. 64M. */
function parseSize(flag, value) {
  const m = /^([0-9]{1,15})([KMG]?)$/i.exec(value.trim());
  if (!m) throw new UsageError(`${flag} needs a size in bytes (e.g. 65536, 64K, 256M, 2G), got '${value}'`);
  return Number(m[1]) * ({ '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 })[m[2].toUpperCase()];
}

function parseCount(flag, value) {
  if (!/^[0-9]{1,10}$/.test(value) || Number(value) === 0 || Number(value) > 2147483647) {
    throw new UsageError(`${flag} needs a positive number, got '${value}'`);
  }
  return Number(value);
}
const EXIT = { BAD_MODULE: 1, USAGE: 2, INTERNAL: 70, WRITE_BACK: 74, TRAP: 134 };
/** Fuel per slice: the event loop (signals, stdin) gets a turn between slices. */
const SLICE = 10_000_000;
/** Problem lines printed per mount after the write-back (the rest are counted). */
const MAX_PROBLEM_LINES = 50;
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
const MOUNT_LIMIT = Number(process.env.TEAWASI_MOUNT_LIMIT || 1024 * 1024 * 1024);

class UsageError extends Error {}

export function parse(argv) {
  const o = { dirs: [], env: [], fuel: -1, file: null, args: [], maxMemoryBytes: -1, maxTableElements: -1,
    maxCallDepth: -1, invoke: null, trapUnknownImports: false, maxFsBytes: DEFAULT_FS_BYTES, maxModuleBytes: DEFAULT_MODULE_LIMIT };
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    if (a === '--trap-unknown-imports') { o.trapUnknownImports = true; i++; continue; }
    let name = a, value = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { name = a.slice(0, eq); value = a.slice(eq + 1); }
    else if (a.startsWith('-W') && a.length > 2) { name = '-W'; value = a.slice(2); }
    if (!FLAGS.includes(name)) throw new UsageError(`unknown option '${a}'`);
    if (value === null) {
      if (i + 1 >= argv.length) throw new UsageError(`option ${name} needs a value`);
      value = argv[++i];
    }
    i++;
    if (name === '--dir') {
      const sep = value.indexOf('::');
      const host = sep < 0 ? value : value.slice(0, sep);
      const guest = sep < 0 ? value : value.slice(sep + 2);
      if (!host || !guest) throw new UsageError(`--dir needs HOST or HOST::GUEST, got '${value}'`);
      o.dirs.push({ host, guest });
    } else if (name === '--invoke') {
      if (!value) throw new UsageError('--invoke needs the name of an exported function');
      o.invoke = value;
    } else if (name === '-W') {
      o.trapUnknownImports = wasmOption(value);
    } else if (name === '--env') {
      const e = value.indexOf('=');
      const key = e < 0 ? value : value.slice(0, e);
      if (!key) throw new UsageError(`--env needs KEY=VALUE, got '${value}'`);
      o.env.push(e < 0 ? `${key}=${process.env[key] ?? ''}` : value);
    } else if (name === '--max-memory') {
      o.maxMemoryBytes = parseSize(name, value);
    } else if (name === '--max-table-elements') {
      o.maxTableElements = parseCount(name, value);
    } else if (name === '--max-call-depth') {
      o.maxCallDepth = parseCount(name, value);
    } else if (name === '--max-fs-bytes') {
      o.maxFsBytes = parseSize(name, value);
    } else if (name === '--max-module-bytes') {
      o.maxModuleBytes = parseSize(name, value);
    } else {
      if (!/^[0-9]+$/.test(value) || Number(value) <= 0) {
        throw new UsageError(`--fuel needs a positive number of instructions, got '${value}'`);
      }
      o.fuel = Number(value);
    }
  }
  if (i >= argv.length) throw new UsageError('missing the .wasm file to run');
  o.file = argv[i];
  o.args = argv.slice(i + 1);
  return o;
}

/** The one -W option teawasi has: unknown-imports-trap[=y|n] (wasmtime's boolean spellings). */
function wasmOption(value) {
  const eq = value.indexOf('=');
  const key = eq < 0 ? value : value.slice(0, eq);
  if (key !== 'unknown-imports-trap') {
    throw new UsageError(`unsupported -W option '${value}' (teawasi supports -W unknown-imports-trap)`);
  }
  if (eq < 0) return true;
  const v = value.slice(eq + 1);
  if (['y', 'yes', 'true'].includes(v)) return true;
  if (['n', 'no', 'false'].includes(v)) return false;
  throw new UsageError(`-W unknown-imports-trap takes y or n, got '${v}'`);
}

const closed = new Set();

function writeAll(fd, bytes) {
  let off = 0;
  while (off < bytes.length && !closed.has(fd)) {
    try {
      off += fs.writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if (e.code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1); continue; }
      // a closed pipe (e.g. `| head`): drop the rest of this stream, keep running (the JVM gives the guest EIO)
      if (e.code === 'EPIPE') { closed.add(fd); return; }
      throw e;
    }
  }
}

/** Stdin read asynchronously into a buffer; the guest gets "not ready" (and waits) while it is empty. */
class Stdin {
  constructor() {
    this.pieces = [];
    this.eof = false;
    this.pending = null;
  }

  /** For the guest: up to max bytes, an empty array when none are buffered yet, null at the end. */
  read(max) {
    if (this.pieces.length === 0) return this.eof ? null : new Uint8Array(0);
    const first = this.pieces[0];
    if (first.length <= max) { this.pieces.shift(); return first; }
    this.pieces[0] = first.subarray(max);
    return first.subarray(0, max);
  }

  available() {
    if (this.pieces.length === 0) return 0;
    return this.pieces.reduce((n, p) => n + p.length, 0);
  }

  /** Resolves when more input (or its end) has arrived. */
  more() {
    if (this.eof) return Promise.resolve();
    if (!this.pending) {
      this.pending = new Promise((resolve) => {
        const buf = Buffer.alloc(65536);
        const attempt = () => fs.read(0, buf, 0, buf.length, null, (err, n) => {
          if (err && err.code === 'EAGAIN') { setTimeout(attempt, 10); return; }
          if (err || n === 0) this.eof = true;
          else this.pieces.push(new Uint8Array(buf.buffer, buf.byteOffset, n));
          this.pending = null;
          resolve();
        });
        attempt();
      });
    }
    return this.pending;
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

export async function main(argv) {
  let o;
  try {
    o = parse(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`teawasi run: ${e.message} (${USAGE})`);
      return EXIT.USAGE;
    }
    throw e;
  }
  let bytes;
  try {
    bytes = readModuleFile(o.file, o.maxModuleBytes);
  } catch (e) {
    if (!(e instanceof ModuleFileError)) throw e;
    console.error(`teawasi: cannot read ${o.file}: ${e.message}`);
    return EXIT.BAD_MODULE;
  }
  const mounts = [];
  try {
    const budget = { bytes: 0 };
    for (const d of o.dirs) {
      let st;
      try { st = fs.statSync(d.host); } catch { st = null; }
      if (!st || !st.isDirectory()) throw new Error(`--dir ${d.host}: not a directory`);
      const mount = readHostDir(fs.realpathSync(d.host), budget, MOUNT_LIMIT);
      mount.guestPath = d.guest;
      mounts.push(mount);
    }
  } catch (e) {
    console.error(`teawasi: ${e.message}`);
    return EXIT.USAGE;
  }
  const stdin = new Stdin();
  let run;
  try {
    run = startWasi(bytes, {
      args: [o.file, ...o.args],
      env: o.env,
      mounts: mounts.map((m) => ({ guestPath: m.guestPath, entries: m.entries })),
      stdin: (max) => stdin.read(max),
      stdinAvailable: () => stdin.available(),
      stdout: (b) => writeAll(1, b),
      stderr: (b) => writeAll(2, b),
      random: (b) => randomFillSync(b),
      stdioTerminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
      suspendOnSleep: true,
      limits: {
        memoryBytes: o.maxMemoryBytes, tableElements: o.maxTableElements, callDepth: o.maxCallDepth,
        fsBytes: o.maxFsBytes,
      },
      trapUnknownImports: o.trapUnknownImports,
      reactor: o.invoke !== null,
    });
  } catch (e) {
    if (e.name === 'TypeError' && /^mount /.test(e.message)) {
      const m = /^mount (\S+): (.*)$/.exec(e.message);
      const host = m ? o.dirs.find((d) => d.guest === m[1]) : null;
      console.error(host ? `teawasi: --dir ${host.host}: cannot load it: ${m[2]} (--max-fs-bytes ${o.maxFsBytes})`
        : `teawasi: ${e.message}`);
      return EXIT.USAGE;
    }
    console.error(`teawasi: ${o.file}: ${e.message}`);
    return EXIT.BAD_MODULE;
  }
  if (o.invoke !== null) {
    try {
      run.invoke(o.invoke, o.args);
    } catch (e) {
      console.error(`teawasi: ${o.file}: --invoke: ${e.message}`);
      return EXIT.USAGE;
    }
  }
  let interrupted = null;
  const onSignal = (name) => {
    if (interrupted === 'writing-back') {
      console.error(`teawasi: ${name}: finishing the write-back first`);
      return;
    }
    let msg = `teawasi: interrupted by ${name}`;
    if (mounts.length) msg += `: nothing was written back to ${mounts.map((m) => m.root).join(', ')} (left as before the run)`;
    console.error(msg);
    process.exit(128 + SIGNALS[name]);
  };
  for (const name of Object.keys(SIGNALS)) process.on(name, onSignal);
  let status;
  let code;
  try {
    let left = o.fuel > 0 ? o.fuel : Infinity;
    for (;;) {
      const slice = Math.min(SLICE, left);
      status = run.step(slice);
      if (status === 'out-of-fuel') {
        left -= slice;
        if (left <= 0) break;
      } else if (status === 'waiting-for-input') {
        await stdin.more();
        continue;
      } else if (status === 'sleeping') {
        const ms = run.sleepMs();
        const timeout = new Promise((r) => setTimeout(r, ms));
        await (stdin.eof ? timeout : Promise.race([timeout, stdin.more()]));
        continue;
      } else {
        break;
      }
      await tick();
    }
  } catch (e) {
    if (e instanceof RangeError) {
      console.error('teawasi: out of memory: the program asked for more than this node can hold');
      code = EXIT.TRAP;
    } else {
      console.error(`teawasi: internal error: ${e && e.message}`);
      code = EXIT.INTERNAL;
    }
  }
  if (code === undefined) {
    if (status === 'trapped') {
      process.stderr.write(formatTrap(run.trap(), run.wasmStack(), null));
      code = EXIT.TRAP;
    } else if (status === 'out-of-fuel') {
      console.error(`teawasi: out of fuel: the run used up --fuel ${o.fuel} instructions`);
      code = EXIT.TRAP;
    } else {
      code = run.exitCode() & 0xff;
      if (o.invoke !== null) {
        const results = run.results();
        if (results.length) writeAll(1, Buffer.from(results.map((r) => r + '\n').join('')));
      }
    }
  }
  // also after a trap or proc_exit: the guest's changes reach the host
  interrupted = 'writing-back';
  let ok = true;
  if (mounts.length) {
    const after = run.mounts();
    for (let i = 0; i < mounts.length; i++) {
      const problems = writeBack(mounts[i], after[i].entries);
      for (let k = 0; k < problems.length; k++) {
        if (k === MAX_PROBLEM_LINES) {
          console.error(`teawasi: --dir ${mounts[i].root}: ... and ${problems.length - k} more`);
          break;
        }
        console.error(`teawasi: --dir ${mounts[i].root}: ${problems[k]}`);
      }
      if (problems.length) ok = false;
    }
  }
  if (!ok) {
    console.error(`teawasi: not every change of the program was written back (the program's own exit code was ${code})`);
    return EXIT.WRITE_BACK;
  }
  return code;
}
