// Test page: window.workerFs() runs files.wasm in a Worker against a page FileSystem and resolves to what the page
// then sees: the run's result, stdout, the files of /data and the change events the sync back fired.
const teawasi = await import('../npm/teawasi.js');

window.workerFs = async () => {
  const fs = new teawasi.FileSystem();
  fs.mkdirSync('/data');
  fs.writeFileSync('/data/in.txt', 'made on the page');
  fs.writeFileSync('/data/gone.txt', 'x');
  const events = [];
  fs.watch('/data', { recursive: true }, (e) => events.push(`${e.type} ${e.path}`));
  let stdout = '';
  const r = await teawasi.run(fetch('../wasm/files.wasm'), {
    worker: new URL('../npm/teawasi-worker.js', import.meta.url),
    fs, preopens: { '/data': '/data' }, stdout: (b) => { stdout += new TextDecoder().decode(b); },
  });
  fs.flushEvents();
  return {
    exitCode: r.exitCode, worker: r.worker, stdout,
    files: fs.readdirSync('/data').sort().join(','),
    out: fs.readFileSync('/data/out.txt', 'utf8'),
    sawOut: events.some((e) => e.includes('out.txt')),
    events: events.filter((e) => !e.endsWith(' /data')).sort().join(','),
  };
};
window.pageReady = true;
