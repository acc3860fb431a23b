// The page's FileSystem: one teawasi.FileSystem shared by every run, with /home kept in the browser's storage
// (FileSystem.mountPersistent: OPFS, or IndexedDB where OPFS is missing) across reloads, and /tmp in memory.
// A first visit (or a reset) puts a few sample files into /home.
const HOME_STORE = 'teawasi-demo-home';
const SEEDED_KEY = 'teawasi-demo-seeded';

const SAMPLES = {
  'README.txt': 'This is /home, kept in your browser (OPFS) across reloads.\n'
    + 'Try:  ftool find /home   ftool grep -i ruby /home   ruby hello.rb   speak Hello\n',
  'hello.rb': '# Run me: ruby hello.rb\nname = "teawasi"\nputs "Hello from Ruby #{RUBY_VERSION}, running on #{name}!"\n'
    + '3.times { |i| puts "  line #{i + 1}" }\n',
  'poem.txt': 'The WebAssembly runs in the tab,\nthe interpreter reads every byte;\n'
    + 'when the JIT is switched off,\nteawasi still runs it right.\n',
};

function seed(fs) {
  for (const [name, text] of Object.entries(SAMPLES)) fs.writeFileSync(`/home/${name}`, text);
  try {
    localStorage.setItem(SEEDED_KEY, '1');
  } catch {
    // storage refused (private mode): the samples come back on the next visit, which is harmless
  }
}

/**
 * Resolves { fs, mount (the PersistentMount of /home, or null), error (why /home is not persistent) }.
 * onStoreError receives write-through failures (e.g. the browser's quota).
 */
export async function openFileSystem(teawasi, onStoreError) {
  if (typeof teawasi.FileSystem !== 'function') {
    return { fs: null, mount: null, error: new Error('this teawasi build has no FileSystem') };
  }
  const fs = new teawasi.FileSystem();
  fs.mkdirSync('/tmp', { recursive: true });
  fs.mkdirSync('/home', { recursive: true });
  const info = { fs, mount: null, error: null };
  try {
    info.mount = await fs.mountPersistent('/home', { name: HOME_STORE, onError: (e) => onStoreError?.(e) });
    // contents are loaded on demand; the panels and the Ruby worker read files synchronously: load them now
    if (typeof fs.ready === 'function') await fs.ready('/home');
  } catch (e) {
    info.error = e;
  }
  let seeded = false;
  try {
    seeded = localStorage.getItem(SEEDED_KEY) === '1';
  } catch {
    // no localStorage: treat as a first visit
  }
  if (!info.mount || !seeded) seed(fs);
  return info;
}

/** Empties /home (in storage too) and puts the sample files back. */
export async function resetHome(info) {
  const { fs } = info;
  for (const name of fs.readdirSync('/home')) fs.rmSync(`/home/${name}`, { recursive: true, force: true });
  seed(fs);
  if (info.mount) await info.mount.flush();
}

/** The tree under path as a .tar (bytes). */
export async function exportTar(fs, path) {
  return fs.exportTar(path);
}
