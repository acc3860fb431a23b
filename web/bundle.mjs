// Bundles the hand-written ES sources (target/js, beside TeaVM's core.js) into the package's two files:
// teawasi.js (ES module) and teawasi.classic.js (a classic script that defines the one global `teawasi`).
// Run by the Maven build after TeaVM, with esbuild from the top-level node_modules (package-lock.json).
import { build } from 'esbuild';
import ts from 'typescript5';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const js = path.join(here, 'target', 'js');
const out = path.join(here, 'target', 'npm');
const esm = path.join(out, 'teawasi.js');
const options = {
  entryPoints: [path.join(js, 'index.js')],
  bundle: true,
  format: 'esm',
  minify: !process.argv.includes('--minify=false'), // -Dteawasi.minify=false: readable profiles
  target: 'es2020',
  legalComments: 'none',
  logLevel: 'warning',
};
await build({ ...options, outfile: esm });

// The classic script wraps the ES bundle and returns its exports as one frozen object. (esbuild's own iife format
// defines the exports as getters in a loop, which HtmlUnit's Rhino engine gets wrong: every getter returns the last.)
// Its bundle has async functions lowered to generators: Rhino has generators but no async/await (nor classes, so
// the sources use constructor functions).
// Rhino also rejects a yield that is not parenthesized where it is an operand (an argument, a property value), which
// the lowering and the minifier produce, so every yield gets parentheses (found with TypeScript's parser).
const classic = await build({ ...options, write: false, supported: { 'async-await': false } });
const code = parenthesizeYields(classic.outputFiles[0].text);
const match = /export\s*\{([^}]*)\};?\s*$/.exec(code);
if (!match) {
  throw new Error('bundle.mjs: no export clause at the end of teawasi.js');
}
const members = match[1].split(',').map((part) => {
  const [local, exported] = part.trim().split(/\s+as\s+/);
  return `${JSON.stringify(exported ?? local)}:${local}`;
});
writeFileSync(path.join(out, 'teawasi.classic.js'),
  `var teawasi=(()=>{${code.slice(0, match.index)}return Object.freeze({${members.join(',')}});})();\n`);

function parenthesizeYields(source) {
  const file = ts.createSourceFile('classic.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node, parent) => {
    if (ts.isYieldExpression(node) && !ts.isParenthesizedExpression(parent)) {
      edits.push([node.getStart(file), '('], [node.end, ')']);
    }
    ts.forEachChild(node, (child) => visit(child, node));
  };
  visit(file, file);
  edits.sort((a, b) => b[0] - a[0]);
  let text = source;
  for (const [at, s] of edits) text = text.slice(0, at) + s + text.slice(at);
  return text;
}
