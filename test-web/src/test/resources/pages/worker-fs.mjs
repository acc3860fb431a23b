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

const until = async (test, ms = 10000) => {
  for (const end = Date.now() + ms; Date.now() < end && !test();) await new Promise((r) => setTimeout(r, 10));
  return test();
};

// window.workerLive() runs file-actions.wasm in a Worker: it writes a file, then waits for a line of stdin. The page
// answers only once its FileSystem shows the file (so the change arrived while the run goes on) and writes a file of
// its own meanwhile; then the guest renames and appends. Resolves to what the page saw during and after the run.
window.workerLive = async () => {
  const fs = new teawasi.FileSystem();
  fs.mkdirSync('/data');
  const events = [];
  fs.watch('/data', { recursive: true }, (e) => events.push(`${e.type} ${e.path}`));
  let during = null;
  let asked = 0;
  const stdin = async () => {
    if (asked++) return null;
    if (await until(() => fs.existsSync('/data/live.txt'))) during = fs.readFileSync('/data/live.txt', 'utf8');
    fs.writeFileSync('/data/page.txt', 'the page wrote this during the run');
    return 'go\n';
  };
  const r = await teawasi.run(fetch('../wasm/file-actions.wasm'), {
    worker: new URL('../npm/teawasi-worker.js', import.meta.url), fs, preopens: { '/data': '/data' }, stdin,
    args: ['fa', 'write', '/data/live.txt', 'written before the wait', 'wait', 'rename', '/data/live.txt',
      '/data/renamed.txt', 'append', '/data/renamed.txt', ', appended after', 'say', 'done'],
    stdout: null,
  });
  fs.flushEvents();
  return {
    exitCode: r.exitCode, during, isolated: globalThis.crossOriginIsolated === true,
    files: fs.readdirSync('/data').sort().join(','),
    renamed: fs.readFileSync('/data/renamed.txt', 'utf8'),
    events: events.join(','),
  };
};

// window.workerLazy() stores two files in a persistent directory, mounts it again in a fresh FileSystem (so their
// contents are not loaded), and runs file-actions.wasm in a Worker that prints one (loaded in the Worker from
// storage) and renames the other without reading it (it comes back to the page as a file still to be loaded from
// storage); the page then reads it, and a third mount (as after a reload) sees the rename stored.
window.workerLazy = async (backend) => {
  const name = 'worker-lazy-' + backend + '-' + Date.now();
  const first = new teawasi.FileSystem();
  const m1 = await first.mountPersistent('/p', { backend, name });
  first.writeFileSync('/p/shown.txt', 'stored content\n');
  first.writeFileSync('/p/moved.txt', 'moved without being read');
  await m1.unmount();
  const fs = new teawasi.FileSystem();
  const m2 = await fs.mountPersistent('/p', { backend, name });
  let notLoaded = '';
  try { fs.readFileSync('/p/shown.txt'); } catch (e) { notLoaded = e.code; }
  let stdout = '';
  const r = await teawasi.run(fetch('../wasm/file-actions.wasm'), {
    worker: new URL('../npm/teawasi-worker.js', import.meta.url), fs, preopens: { '/p': '/p' },
    args: ['fa', 'cat', '/p/shown.txt', 'rename', '/p/moved.txt', '/p/renamed.txt'],
    stdout: (b) => { stdout += new TextDecoder().decode(b); },
  });
  const renamed = await fs.promises.readFile('/p/renamed.txt', 'utf8');
  await m2.flush();
  const third = new teawasi.FileSystem();
  await third.mountPersistent('/q', { backend, name });
  await third.ready('/q');
  return {
    exitCode: r.exitCode, stdout, notLoaded, renamed,
    files: fs.readdirSync('/p').sort().join(','),
    stored: third.readdirSync('/q').sort().join(','),
    storedRenamed: third.readFileSync('/q/renamed.txt', 'utf8'),
  };
};
window.pageReady = true;
