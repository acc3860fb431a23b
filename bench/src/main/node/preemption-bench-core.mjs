// The measurement of preemption-bench.mjs, shared by node and the Chromium page: one corpus program run by
// teawasi.run on the native WebAssembly as it is and rewritten for preemption, alternating, the whole run() timed
// (the rewrite and compile included), every checksum checked.

/** How a rewritten run is asked for: 'signal' (JSPI: the yield suspends every few ms) or 'timeout' (checks only). */
function rewrittenOptions(mode) {
  return mode === 'signal' ? { signal: new AbortController().signal } : { limits: { timeout: 1e9 } };
}

async function once(teawasi, bytes, args, checksum, extra) {
  let out = '';
  const decoder = new TextDecoder();
  const sink = (b) => { out += decoder.decode(b, { stream: true }); };
  const t = performance.now();
  const r = await teawasi.run(bytes, {
    engine: 'native', args, stdout: sink, stderr: sink, terminal: false, preopens: { '/sandbox': '/sandbox' }, ...extra,
  });
  const ms = performance.now() - t;
  const sums = out.split('\n').filter((l) => l.startsWith('checksum: '));
  const sum = sums.length ? sums[sums.length - 1].slice(10).trim() : null;
  if (r.exitCode !== 0 || sum !== checksum) throw new Error(`${args[0]}: exit ${r.exitCode}, checksum ${sum}, expected ${checksum}`);
  if (!!r.rewritten !== !!extra.signal && !!r.rewritten !== !!extra.limits) throw new Error(`${args[0]}: rewritten ${r.rewritten}`);
  return ms;
}

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };

/** {plain, rewritten} median milliseconds of runs alternating runs, after one warm-up of each. */
export async function benchProgram(teawasi, bytes, program, size, checksum, mode, runs) {
  const args = [program + '.wasm'].concat(size === '' ? [] : [size]);
  const plain = [];
  const rewritten = [];
  await once(teawasi, bytes, args, checksum, {});
  await once(teawasi, bytes, args, checksum, rewrittenOptions(mode));
  for (let i = 0; i < runs; i++) {
    plain.push(await once(teawasi, bytes, args, checksum, {}));
    rewritten.push(await once(teawasi, bytes, args, checksum, rewrittenOptions(mode)));
  }
  return { plain: median(plain), rewritten: median(rewritten) };
}
