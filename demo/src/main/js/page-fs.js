// The page's FileSystem: one teawasi.FileSystem shared by every run, with /home kept in the browser's storage
// (OPFS) across reloads and /tmp in memory. A first visit (or a reset) puts a few sample files into /home.
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
}

/** Resolves { fs, persistent (whether /home survives a reload), note (why not, when it does not) }. */
export async function openFileSystem(teawasi) {
  const fs = new teawasi.FileSystem();
  fs.mkdirSync('/tmp', { recursive: true });
  fs.mkdirSync('/home', { recursive: true });
  const info = { fs, persistent: false, note: 'this teawasi build has no persistent directory yet' };
  if (fs.readdirSync('/home').length === 0) seed(fs);
  return info;
}

/** Empties /home (in storage too) and puts the sample files back. */
export async function resetHome(info) {
  const { fs } = info;
  for (const name of fs.readdirSync('/home')) fs.rmSync(`/home/${name}`, { recursive: true });
  seed(fs);
}

/** The tree under path as a .tar (bytes). */
export async function exportTar(teawasi, fs, path) {
  throw new Error('this teawasi build has no tar export yet');
}
