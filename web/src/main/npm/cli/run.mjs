// `teawasi run [--dir HOST[::GUEST]]... [--env KEY[=VALUE]]... [--fuel N] [--invoke NAME] [-W unknown-imports-trap]
// FILE.wasm [ARGS...]` on the TeaVM build.
// Same flags, exit codes and host-directory semantics as `java -jar teawasi.jar run`: each --dir is read into the
// virtual file system before the run and what the guest changed is written back after it (also after a trap or
// proc_exit): the option parsing, the loading and the write-back are the JVM's Java code (dev.teawasi.web.cli:
// RunOptions, ModuleFile, HostMount, MountWriteBack, TrapReport, in the TeaVM build node-core.js) over node:fs (host-files.mjs). The guest
// runs in fuel slices with the event loop in between, and stdin is read asynchronously while the guest waits, so
// SIGINT/SIGTERM/SIGHUP are handled at any time: before the program has ended nothing is written back (the directories stay as before the run) and the exit code is 128 + signal.
import * as fs from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { startWasi, cli } from './node-core.js';
import { createHostFiles } from './host-files.mjs';

const EXIT = { BAD_MODULE: 1, USAGE: 2, INTERNAL: 70, WRITE_BACK: 74, TRAP: 134 };
/** Fuel per slice: the event loop (signals, stdin) gets a turn between slices. */
const SLICE = 10_000_000;
/** Problem lines printed per mount after the write-back (the rest are counted). */
const MAX_PROBLEM_LINES = 50;
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
const MOUNT_LIMIT = Number(process.env.TEAWASI_MOUNT_LIMIT || 1024 * 1024 * 1024);

/** run's arguments, parsed by the JVM command line's Java code (dev.teawasi.web.cli.RunOptions) in the TeaVM build. */
export function parse(argv) {
  return cli().parseRun(argv, (key) => process.env[key] ?? null);
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
    if (e && e.name === 'UsageError') {
      console.error(`teawasi run: ${e.message} (usage: ${cli().runUsage()})`);
      return EXIT.USAGE;
    }
    throw e;
  }
  const hostFiles = createHostFiles();
  let bytes;
  try {
    bytes = cli().readModuleFile(o.file, o.maxModuleBytes, hostFiles);
  } catch (e) {
    if (e.name !== 'ModuleFileError') throw e;
    console.error(`teawasi: cannot read ${o.file}: ${e.message}`);
    return EXIT.BAD_MODULE;
  }
  const mounts = [];
  let left = MOUNT_LIMIT;
  for (const d of o.dirs) {
    let m;
    try {
      m = cli().loadMount(d.host, d.guest, left, hostFiles, 'raise the limit with TEAWASI_MOUNT_LIMIT=BYTES');
    } catch (e) {
      if (e.name !== 'MountError') throw e;
      console.error(`teawasi: ${e.message}`);
      return EXIT.USAGE;
    }
    left -= m.bytes;
    mounts.push({ id: m.id, root: m.root, guestPath: d.guest });
  }
  const stdin = new Stdin();
  let run;
  try {
    run = startWasi(bytes, {
      args: [o.file, ...o.args],
      env: o.env,
      mounts: mounts.map((m) => ({ guestPath: m.guestPath, hostMount: m.id })),
      stdin: (max) => stdin.read(max),
      stdinAvailable: () => stdin.available(),
      stdout: (b) => writeAll(1, b),
      stderr: (b) => writeAll(2, b),
      random: (b) => randomFillSync(b),
      stdioTerminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
      suspendOnSleep: true,
      limits: {
        memoryBytes: o.maxMemoryBytes, tableElements: o.maxTableElements, callDepth: o.maxCallDepth,
        fsBytes: o.maxFsBytes, fsInodes: o.maxInodes,
      },
      trapUnknownImports: o.trapUnknownImports,
      reactor: o.invoke !== null,
    });
  } catch (e) {
    if (e.name === 'TypeError' && /^mount /.test(e.message)) {
      const m = /^mount (\S+): (.*)$/.exec(e.message);
      const host = m ? o.dirs.find((d) => d.guest === m[1]) : null;
      console.error(host ? `teawasi: --dir ${host.host}: cannot load it: ${m[2]} (--max-fs-bytes ${o.maxFsBytes}, --max-inodes ${o.maxInodes})`
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
      process.stderr.write(cli().formatTrap(run.trap(), run.wasmStack(), null));
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
    for (let i = 0; i < mounts.length; i++) {
      const problems = run.writeBack(i);
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
