// The host file operations of the command line on node (node:fs), for the Java code that loads a --dir directory,
// writes the guest's changes back and reads module files (dev.teawasi.web.cli.HostMount, MountWriteBack, ModuleFile,
// ScriptModules, through dev.teawasi.web.JsHostFiles): the JVM runs the same code with java.nio. No function throws: a failure is left in `error` as {code, reason},
// reason the system's text as the JVM prints it ("No space left on device").
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';

function reason(e) {
  // node's messages look like "ENOSPC: no space left on device, write": keep the readable part
  const m = /^[A-Z]+: (.*?)(, [a-z]+( '.*')?)?$/.exec(e.message);
  if (!m) return e.message;
  return m[1].charAt(0).toUpperCase() + m[1].slice(1);
}

const nsToSeconds = (ns) => Number(BigInt(ns) / 1000n) / 1e6;

function describe(p, statSync) {
  let st;
  try {
    st = statSync(p, { bigint: true });
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
  const kind = st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : st.isFIFO() ? 'p' : 'o';
  return { kind, size: Number(st.size), atimeNs: st.atimeNs.toString(), mtimeNs: st.mtimeNs.toString(),
    key: `${st.dev}:${st.ino}` };
}

export function createHostFiles() {
  const files = { error: null };
  const open = new Map();
  const guard = (fn) => (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      files.error = { code: e.code || '', reason: reason(e) };
      return null;
    }
  };
  Object.assign(files, {
    lstat: guard((p) => describe(p, fs.lstatSync)),
    stat: guard((p) => describe(p, fs.statSync)),
    readlink: guard((p) => fs.readlinkSync(p)),
    list: guard((p) => fs.readdirSync(p)),
    realpath: guard((p) => fs.realpathSync(p)),
    read: guard((p, pos, len) => {
      const fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
      try {
        const buf = Buffer.alloc(len);
        let done = 0;
        while (done < len) {
          const n = fs.readSync(fd, buf, done, len - done, pos + done);
          if (n === 0) break;
          done += n;
        }
        return new Uint8Array(buf.buffer, buf.byteOffset, done);
      } finally {
        fs.closeSync(fd);
      }
    }),
    openRead: guard((p) => {
      const fd = fs.openSync(p, 'r');
      open.set(fd, true);
      return fd;
    }),
    readNext: guard((fd, len) => {
      const buf = Buffer.alloc(len);
      for (;;) {
        try {
          const n = fs.readSync(fd, buf, 0, len, null);
          return new Uint8Array(buf.buffer, buf.byteOffset, n);
        } catch (e) {
          // a pipe opened non-blocking (a shell's /dev/stdin) has nothing yet: wait a little, read again
          if (e.code !== 'EAGAIN') throw e;
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        }
      }
    }),
    createNew: guard((p) => {
      const fd = fs.openSync(p, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY
        | fs.constants.O_NOFOLLOW, 0o666);
      open.set(fd, true);
      return fd;
    }),
    write: guard((fd, bytes) => {
      let off = 0;
      while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    }),
    close: guard((fd, sync) => {
      open.delete(fd);
      try {
        if (sync) fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }),
    mkdir: guard((p) => { fs.mkdirSync(p); }),
    symlink: guard((target, p) => { fs.symlinkSync(target, p); }),
    link: guard((existing, p) => { fs.linkSync(existing, p); }),
    rename: guard((from, to) => { fs.renameSync(from, to); }),
    remove: guard((p) => {
      const st = fs.lstatSync(p);
      if (st.isDirectory()) fs.rmdirSync(p); else fs.unlinkSync(p);
    }),
    copyMode: guard((from, to) => { fs.chmodSync(to, fs.statSync(from).mode & 0o7777); }),
    setTimes: guard((p, atimeNs, mtimeNs) => { fs.lutimesSync(p, nsToSeconds(atimeNs), nsToSeconds(mtimeNs)); }),
    randomHex: () => randomBytes(8).toString('hex'),
  });
  return files;
}
