// Typed usage of teawasi's WebAssembly namespace: 32-bit and 64-bit (memory64) memories and tables (tsc --noEmit).
import { WebAssembly as TeaWebAssembly } from 'teawasi';

export function memories(): [number, bigint] {
  const m32 = new TeaWebAssembly.Memory({ initial: 1, maximum: 4 });
  const m64 = new TeaWebAssembly.Memory({ address: 'i64', initial: 1n, maximum: 4n });
  const old32: number = m32.grow(1);
  const old64: bigint = m64.grow(1n);
  new Uint8Array(m64.buffer)[0] = 1;
  return [old32, old64];
}

export function tables(): bigint {
  const t32 = new TeaWebAssembly.Table({ element: 'externref', initial: 2 });
  const t64 = new TeaWebAssembly.Table({ element: 'externref', address: 'i64', initial: 2n, maximum: 2n ** 64n - 1n });
  t32.set(0, 'x');
  t64.set(1n, 'y');
  const n: number = t32.length;
  return t64.grow(1n) + t64.length + BigInt(n);
}
