// Type-checks the WebAssembly part of teawasi.d.ts (strict): typical uses compile.
import { WebAssembly as W, WasmModule, WasmInstance } from './teawasi.js';

const m: WasmModule = new W.Module(new Uint8Array(8));
const i: WasmInstance = new W.Instance(m, { env: { f: () => 1, s: new W.Suspending(async () => 2) } });
const add = i.exports.add as (a: number, b: number) => number;
const sum: Promise<number> = W.promising(add, { yieldEveryMs: 3 })(1, 2);
const mem = new W.Memory({ initial: 1, maximum: 2 });
const n: number = mem.grow(1) + mem.buffer.byteLength + new W.Table({ element: 'externref', initial: 1 }).length;
const g = new W.Global({ value: 'i64', mutable: true }, 1n);
g.value = 2n;
const e: Error = new W.CompileError('x');
const valid: boolean = W.validate(new ArrayBuffer(8));
W.instantiate(new Uint8Array(0), {}).then((r) => r.instance.exports);
W.instantiate(m).then((inst: WasmInstance) => inst.exports);
W.Module.imports(m).map((d) => d.module + d.name + d.kind);
const tag = new W.Tag({ parameters: ['i32', 'externref'] });
const x = new W.Exception(tag, [1, {}], { traceStack: true });
const first: number = x.is(tag) ? x.getArg(tag, 0) : 0;
export { sum, n, e, valid, first };
