// Typed usage of the WASI and run parts of teawasi.d.ts, as the README shows them (checked with tsc --noEmit).
import { FileSystem, WASI, run, workerMain, type RunResult, type WASIOptions } from 'teawasi';

declare const term: { write(b: Uint8Array): void };

export async function wasiOnNativeWebAssembly(bytes: ArrayBuffer): Promise<number> {
  const wasi = new WASI({
    version: 'preview1',
    args: ['app', '--flag'],
    env: { LANG: 'C.UTF-8' },
    fs: new FileSystem(),
    preopens: { '/data': '/data' },
    stdin: 'input\n',
    stdout: (b) => term.write(b),
    stderr: null,
    random: (b) => crypto.getRandomValues(b),
    clock: 'virtual',
    returnOnExit: true,
  });
  const { instance } = await WebAssembly.instantiate(bytes, wasi.getImportObject() as WebAssembly.Imports);
  return wasi.start(instance);
}

export async function wasiWithJspi(module: WebAssembly.Module): Promise<number> {
  const options: WASIOptions = {
    env: ['A=1', 'B=2'],
    stdin: async () => 'typed line\n',
    stdout: new WritableStream<Uint8Array>(),
    clock: (id) => BigInt(id) * 1_000_000n,
    jspi: true,
  };
  const wasi = new WASI(options);
  const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: wasi.wasiImport } as WebAssembly.Imports);
  return wasi.startAsync(instance, { signal: AbortSignal.timeout(1000) });
}

export function reactor(instance: WebAssembly.Instance): void {
  new WASI().initialize(instance);
}

export async function runs(): Promise<number> {
  const a: RunResult = await run(fetch('hello.wasm'), { args: ['hello'], engine: 'auto' });
  const b = await run(new Uint8Array(8).buffer, { engine: 'interpreter', stdin: new Uint8Array([104, 105]) });
  const c = await run(new URL('https://example.org/x.wasm'), {
    worker: new URL('teawasi/worker.js', import.meta.url),
    stdin: new ReadableStream<Uint8Array>(),
    signal: new AbortController().signal,
  });
  return a.exitCode + b.exitCode + c.exitCode + (c.engine === 'native' ? 1 : 0);
}

export function worker(): void {
  workerMain();
}

// Limits: a run with fuel, time and memory limits, and a separately limited WebAssembly namespace.
import { createWebAssembly, type RunLimits, type WebAssemblyLimits } from 'teawasi';

export async function limitedRun(bytes: Uint8Array, signal: AbortSignal): Promise<boolean> {
  const limits: RunLimits = { maxMemory: 64 * 1024 * 1024, maxTableElements: 10_000, fuel: 1e9, timeout: 5_000 };
  const r: RunResult = await run(bytes, { engine: 'native', signal, limits });
  return r.rewritten === true;
}

export function limitedNamespace(bytes: Uint8Array): number {
  const nsLimits: WebAssemblyLimits = { maxMemory: 16 * 65536, maxCallDepth: 1000 };
  const W = createWebAssembly({ limits: nsLimits });
  const memory = new W.Memory({ initial: 1, maximum: 16 });
  const instance = new W.Instance(new W.Module(bytes), { env: { memory } });
  return instance.exports.memory ? memory.grow(1) : 0;
}
