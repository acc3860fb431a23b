// A small WASI (wasi_snapshot_preview1) written for the test, on top of whatever `WebAssembly` the page has: stdio,
// args, environ, clocks, random, proc_exit; stdin reads suspend (JSPI) until the page supplies bytes. Everything else
// answers ENOSYS. A classic script: defines makeWasi.
function makeWasi({ args, env, stdout, readStdin }) {
  const encoder = new TextEncoder();
  let memory;
  let pending = new Uint8Array(0);
  const view = () => new DataView(memory.buffer);
  const bytes = () => new Uint8Array(memory.buffer);
  class Exit {
    constructor(code) {
      this.code = code;
    }
  }
  const encoded = (list) => list.map((s) => encoder.encode(s + '\0'));
  const sizes = (list) => (countPtr, sizePtr) => {
    const e = encoded(list);
    view().setUint32(countPtr, e.length, true);
    view().setUint32(sizePtr, e.reduce((a, b) => a + b.length, 0), true);
    return 0;
  };
  const get = (list) => (ptrs, buf) => {
    for (const s of encoded(list)) {
      view().setUint32(ptrs, buf, true);
      bytes().set(s, buf);
      ptrs += 4;
      buf += s.length;
    }
    return 0;
  };
  const functions = {
    args_sizes_get: sizes(args),
    args_get: get(args),
    environ_sizes_get: sizes(env),
    environ_get: get(env),
    fd_write(fd, iovs, count, nwritten) {
      if (fd !== 1 && fd !== 2) return 8;
      let total = 0;
      for (let i = 0; i < count; i++) {
        const ptr = view().getUint32(iovs + 8 * i, true);
        const len = view().getUint32(iovs + 8 * i + 4, true);
        stdout(bytes().slice(ptr, ptr + len));
        total += len;
      }
      view().setUint32(nwritten, total, true);
      return 0;
    },
    fd_read: new WebAssembly.Suspending(async (fd, iovs, count, nread) => {
      if (fd !== 0) return 8;
      if (pending.length === 0) pending = await readStdin();
      let total = 0;
      for (let i = 0; i < count && pending.length > 0; i++) {
        const ptr = view().getUint32(iovs + 8 * i, true);
        const len = Math.min(view().getUint32(iovs + 8 * i + 4, true), pending.length);
        bytes().set(pending.subarray(0, len), ptr);
        pending = pending.subarray(len);
        total += len;
      }
      view().setUint32(nread, total, true);
      return 0;
    }),
    fd_fdstat_get(fd, ptr) {
      if (fd > 2) return 8;
      for (let i = 0; i < 24; i++) view().setUint8(ptr + i, 0);
      view().setUint8(ptr, 2); // character device
      return 0;
    },
    fd_close: () => 0,
    fd_seek: () => 70,
    fd_prestat_get: () => 8,
    fd_prestat_dir_name: () => 8,
    proc_exit(code) {
      throw new Exit(code);
    },
    clock_time_get(id, precision, ptr) {
      view().setBigUint64(ptr, BigInt(Date.now()) * 1000000n, true);
      return 0;
    },
    random_get(ptr, len) {
      crypto.getRandomValues(bytes().subarray(ptr, ptr + len));
      return 0;
    },
  };
  const imports = new Proxy(functions, { get: (target, name) => target[name] ?? (() => 52) });
  return {
    imports,
    /** Runs _start through WebAssembly.promising; resolves with the exit code. */
    async start(instance) {
      memory = instance.exports.memory;
      try {
        await WebAssembly.promising(instance.exports._start)();
        return 0;
      } catch (e) {
        if (e instanceof Exit) return e.code;
        throw e;
      }
    },
  };
}
