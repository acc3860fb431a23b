// `teawasi spectest [-v] [--strict-messages] FILE.json...` on the TeaVM build: node reads the files, the
// translated Java runner (the same code as the JVM's) executes the script.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spectest } from '../teawasi.js';

function usage(problem) {
  if (problem) console.error(`teawasi: ${problem}`);
  console.error(`usage: teawasi spectest [-v] [--strict-messages] FILE.json...
  runs spec-test scripts converted by wabt's wast2json (the .wasm files beside each .json)
  -v                 also show skipped commands, print calls and differing error messages
  --strict-messages  count compile/link errors with a different message as failures`);
  return 2;
}

export function main(args) {
  let verbose = false;
  let strict = false;
  const scripts = [];
  for (const a of args) {
    if (a === '-v' || a === '--verbose') verbose = true;
    else if (a === '--strict-messages') strict = true;
    else if (a.startsWith('-')) return usage(`unknown option ${a}`);
    else scripts.push(a);
  }
  if (scripts.length === 0) return usage();
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const script of scripts) {
    let json;
    try {
      json = readFileSync(script, 'utf8');
    } catch (e) {
      console.error(`teawasi: cannot read ${script}: ${e.message}`);
      return 2;
    }
    const dir = dirname(script);
    const readModule = (name) => {
      try {
        const b = readFileSync(join(dir, name));
        return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      } catch {
        return null;
      }
    };
    const r = spectest(json, readModule, (line) => console.log(line), verbose, strict);
    if (scripts.length > 1) console.log(`${script}: ${r.summary}`);
    total.passed += r.passed;
    total.failed += r.failed;
    total.skipped += r.skipped;
  }
  let summary = `${total.passed} passed, ${total.failed} failed`;
  if (total.skipped > 0) summary += `, ${total.skipped} skipped`;
  console.log(summary);
  return total.failed === 0 ? 0 : 1;
}
