// The page: runs hello.wasm here (teawasi.run on the browser's WebAssembly) and in the Worker (worker.js, an
// entry of the same build: see build.mjs).
import { run } from 'teawasi';

const decoder = new TextDecoder();
const show = (id) => (bytes) => { document.getElementById(id).textContent += decoder.decode(bytes, { stream: true }); };

const here = await run(fetch('hello.wasm'), { args: ['hello', 'page'], stdout: show('page') });
const there = await run(fetch('hello.wasm'), {
  args: ['hello', 'worker'],
  stdout: show('worker'),
  worker: new URL('worker.js', document.baseURI),
});
document.getElementById('status').textContent = `page exit ${here.exitCode}, worker exit ${there.exitCode}`;
