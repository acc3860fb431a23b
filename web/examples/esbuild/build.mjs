// Builds the page and the Worker as two entry points of one esbuild run with code splitting: teawasi lands in a
// shared chunk both import. Output: dist/ (index.html, main.js, worker.js, chunk-*.js).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
await build({
  entryPoints: ['src/main.js', 'src/worker.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  outdir: 'dist',
  logLevel: 'warning',
});
copyFileSync('index.html', 'dist/index.html');
