// Test page: runs interactive.wasm with teawasi.run in the mode the test asks for (window.startRun(mode)); what is
// typed into #line (Enter) is the guest's stdin, #eof ends it. #out shows stdout, #status "exit N ENGINE" or
// "error NAME: MESSAGE". ?nojspi removes the browser's JSPI before teawasi loads.
if (new URLSearchParams(location.search).has('nojspi')) {
  delete WebAssembly.Suspending;
  delete WebAssembly.promising;
}
const teawasi = await import('../npm/teawasi.js');
const out = document.getElementById('out');
const status = document.getElementById('status');
const line = document.getElementById('line');
const queue = [];
let waiting = null;
let closed = false;

function give(text) {
  if (waiting) {
    const w = waiting;
    waiting = null;
    w(text);
  } else {
    queue.push(text);
  }
}
line.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    give(line.value + '\n');
    line.value = '';
  }
});
document.getElementById('eof').addEventListener('click', () => {
  closed = true;
  if (waiting) give(null);
});
const stdin = () => {
  if (queue.length) return queue.shift();
  if (closed) return null;
  return new Promise((resolve) => { waiting = resolve; });
};

window.startRun = (mode) => {
  const decoder = new TextDecoder();
  const options = { args: ['interactive'], stdin, stdout: (b) => { out.textContent += decoder.decode(b, { stream: true }); } };
  if (mode === 'worker') options.worker = new URL('../npm/teawasi-worker.js', import.meta.url);
  else options.engine = mode;
  status.textContent = 'running';
  teawasi.run(fetch('../wasm/interactive.wasm'), options).then(
    (r) => { status.textContent = `exit ${r.exitCode} ${r.engine}${r.worker ? ' worker' : ''}`; },
    (e) => { status.textContent = `error ${e.name}: ${e.message}`; });
};
window.pageReady = true;
