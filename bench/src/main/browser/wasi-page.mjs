// The page of wasi-browser-bench.mjs: runs one program on the browser's own WebAssembly with teawasi's WASI or
// with browser_wasi_shim 0.4.2, same module, same page; window.bench(name, engine, wasmUrl, args, runs) resolves to
// {times, checksum}. Only _start is timed; the module is compiled once per call. stdout is collected for the
// checksum line. fileio gets an empty preopened /sandbox on both.
import { WASI } from '/teawasi/teawasi.js';
import * as shim from '/shim/index.js';

const decoder = new TextDecoder();

function checksumOf(text) {
  let found = null;
  for (const line of text.split('\n')) if (line.startsWith('checksum: ')) found = line.slice(10).trim();
  return found;
}

function teawasiRun(module, args) {
  let out = '';
  const wasi = new WASI({ args, preopens: { '/sandbox': '/sandbox' }, stdout: (b) => { out += decoder.decode(b, { stream: true }); },
    stderr: (b) => { out += decoder.decode(b, { stream: true }); } });
  return WebAssembly.instantiate(module, wasi.getImportObject()).then((instance) => {
    const t = performance.now();
    const code = wasi.start(instance);
    const ms = performance.now() - t;
    return { ms, code, out };
  });
}

function shimRun(module, args) {
  let out = '';
  const fds = [
    new shim.OpenFile(new shim.File([])),
    new shim.ConsoleStdout((b) => { out += decoder.decode(b, { stream: true }); }),
    new shim.ConsoleStdout((b) => { out += decoder.decode(b, { stream: true }); }),
    new shim.PreopenDirectory('/sandbox', new Map()),
  ];
  const wasi = new shim.WASI(args, [], fds, { debug: false });
  return WebAssembly.instantiate(module, { wasi_snapshot_preview1: wasi.wasiImport }).then((instance) => {
    const t = performance.now();
    const code = wasi.start(instance);
    const ms = performance.now() - t;
    return { ms, code, out };
  });
}

window.bench = async (engine, wasmUrl, args, runs) => {
  const module = await WebAssembly.compile(await (await fetch(wasmUrl)).arrayBuffer());
  const times = [];
  let checksum = null;
  let code = null;
  for (let i = 0; i < runs; i++) {
    const r = engine === 'teawasi' ? await teawasiRun(module, args) : await shimRun(module, args);
    times.push(r.ms);
    checksum = checksumOf(r.out);
    code = r.code;
  }
  return { times, checksum, code };
};
window.ready = true;
