#!/usr/bin/env node
// Runs the official WASI test suite (a checkout of github.com/WebAssembly/wasi-testsuite, not part of this
// repository) through teawasi on the JVM, teawasi on node (the TeaVM build) and node's own node:wasi, and prints
// pass counts.
//
//   node scripts/wasi-testsuite.mjs CHECKOUT [--runtime jvm|node|node-wasi]... [--prebuilt] [--verbose]
//
// Without --prebuilt the C sources under CHECKOUT/tests/c/src are compiled with clang --target=wasm32-wasi and run
// with their .json beside them; the fs-tests.dir fixture is taken from CHECKOUT/tests/c/testsuite/wasm32-wasip1
// (or CHECKOUT/tests/c/testsuite). With --prebuilt every CHECKOUT/tests/*/testsuite/**/*.wasm (C, Rust,
// AssemblyScript) runs with its .json. A test's .json may give args, env ({KEY: VALUE}), dirs (host directories
// beside the test, preopened under the same name), root (a directory preopened as "."), exit_code (default 0) and
// stdout. Each test runs in a fresh copy of its directory, so tests that create files cannot disturb others.
// A test passes when the exit code (and stdout, when given) match.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const checkout = args.find((a) => !a.startsWith('--') && !['jvm', 'node', 'node-wasi'].includes(a));
if (!checkout) {
  console.error('usage: node scripts/wasi-testsuite.mjs CHECKOUT [--runtime jvm|node|node-wasi]... [--prebuilt] [--verbose]');
  process.exit(2);
}
const runtimes = [];
for (let i = 0; i < args.length; i++) if (args[i] === '--runtime') runtimes.push(args[++i]);
if (runtimes.length === 0) runtimes.push('jvm', 'node', 'node-wasi');
const prebuilt = args.includes('--prebuilt');
const verbose = args.includes('--verbose');

const COMMANDS = {
  jvm: ['java', '-jar', path.join(repo, 'demo/target/teawasi.jar'), 'run'],
  node: ['node', path.join(repo, 'web/target/npm/bin/teawasi.mjs'), 'run'],
  'node-wasi': ['node', path.join(repo, 'scripts/node-wasi-run.mjs')],
};

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else out.push(p);
  }
  return out;
}

/** [{name, wasm, json, fixtureDir}] */
function collect() {
  const tests = [];
  if (prebuilt) {
    const testsDir = path.join(checkout, 'tests');
    for (const lang of fs.readdirSync(testsDir)) {
      const suite = path.join(testsDir, lang, 'testsuite');
      if (!fs.existsSync(suite)) continue;
      for (const f of walk(suite, []).filter((f) => f.endsWith('.wasm')).sort()) {
        tests.push({ name: `${lang}/${path.relative(suite, f)}`, wasm: f, json: f.replace(/\.wasm$/, '.json'), fixtureDir: path.dirname(f) });
      }
    }
    return tests;
  }
  const src = path.join(checkout, 'tests/c/src');
  const fixtures = [path.join(checkout, 'tests/c/testsuite/wasm32-wasip1'), path.join(checkout, 'tests/c/testsuite')]
    .find((d) => fs.existsSync(path.join(d, 'fs-tests.dir'))) ?? src;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wasi-testsuite-build-'));
  for (const f of fs.readdirSync(src).filter((f) => f.endsWith('.c')).sort()) {
    const name = f.slice(0, -2);
    const wasm = path.join(out, name + '.wasm');
    const r = spawnSync('clang', ['--target=wasm32-wasi', '-O2', '-o', wasm, path.join(src, f)], { encoding: 'utf8' });
    if (r.status !== 0) {
      tests.push({ name: `c/${name}`, error: `does not compile: ${(r.stderr || r.error?.message || '').split('\n')[0]}` });
      continue;
    }
    tests.push({ name: `c/${name}`, wasm, json: path.join(src, name + '.json'), fixtureDir: fixtures });
  }
  return tests;
}

function runOne(t, runtime) {
  const cfg = fs.existsSync(t.json) ? JSON.parse(fs.readFileSync(t.json, 'utf8')) : {};
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wasi-testsuite-run-'));
  try {
    const flags = [];
    for (const d of cfg.dirs ?? []) {
      fs.cpSync(path.join(t.fixtureDir, d), path.join(work, d), { recursive: true });
      flags.push('--dir', d);
    }
    if (cfg.root) {
      fs.cpSync(path.join(t.fixtureDir, cfg.root), path.join(work, cfg.root), { recursive: true });
      flags.push('--dir', `${cfg.root}::.`);
    }
    for (const [k, v] of Object.entries(cfg.env ?? {})) flags.push('--env', `${k}=${v}`);
    const wasm = path.join(work, path.basename(t.wasm));
    fs.copyFileSync(t.wasm, wasm);
    const [cmd, ...pre] = COMMANDS[runtime];
    const r = spawnSync(cmd, [...pre, ...flags, path.basename(wasm), ...(cfg.args ?? [])],
      { cwd: work, encoding: 'utf8', timeout: 300000, input: '' });
    const want = cfg.exit_code ?? 0;
    const problems = [];
    if (r.status !== want) problems.push(`exit ${r.status} (want ${want})`);
    if (cfg.stdout !== undefined && r.stdout !== cfg.stdout) problems.push(`stdout ${JSON.stringify(r.stdout)} (want ${JSON.stringify(cfg.stdout)})`);
    return problems.length ? `${problems.join(', ')}${r.stderr ? ' | ' + r.stderr.trim().split('\n').slice(0, 3).join(' / ') : ''}` : null;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const tests = collect();
const totals = {};
for (const runtime of runtimes) {
  let pass = 0;
  const failures = [];
  for (const t of tests) {
    const problem = t.error ?? runOne(t, runtime);
    if (problem) failures.push(`  FAIL ${t.name}: ${problem}`); else pass++;
    if (verbose) console.log(`${runtime} ${t.name}: ${problem ?? 'pass'}`);
  }
  totals[runtime] = pass;
  console.log(`${runtime}: ${pass}/${tests.length} passed`);
  for (const f of failures) console.log(f);
}
process.exitCode = Object.values(totals).every((p) => p === tests.length) ? 0 : 1;
