// `teawasi spectest [-v] [--strict-messages] [--wasm-2.0] FILE.json...` on the TeaVM build: the
// translated Java runner (the same code as the JVM's) executes the script.
import { spectest, cli } from './node-core.js';
import { createHostFiles } from './host-files.mjs';

// the JVM's ScriptModules.LIMIT: the largest script or module file a script names
const SCRIPT_MODULE_LIMIT = 64 * 1024 * 1024;

function usage(problem) {
  if (problem) console.error(`teawasi: ${problem}`);
  console.error(`usage: teawasi spectest [-v] [--strict-messages] [--wasm-2.0] FILE.json...
  runs spec-test scripts converted by wabt's wast2json (the .wasm files beside each .json)
  -v                 also show skipped commands, print calls and differing error messages
  --strict-messages  count compile/link errors with a different message as failures
  --wasm-2.0         compile by WebAssembly 2.0's rules where 3.0 changed them (for the 2.0 spec suite)`);
  return 2;
}

export function main(args) {
  let verbose = false;
  let strict = false;
  let wasm2 = false;
  const scripts = [];
  for (const a of args) {
    if (a === '-v' || a === '--verbose') verbose = true;
    else if (a === '--strict-messages') strict = true;
    else if (a === '--wasm-2.0') wasm2 = true;
    else if (a.startsWith('-')) return usage(`unknown option ${a}`);
    else scripts.push(a);
  }
  if (scripts.length === 0) return usage();
  const total = { passed: 0, failed: 0, skipped: 0 };
  const hostFiles = createHostFiles();
  for (const script of scripts) {
    let json;
    try {
      json = new TextDecoder().decode(cli().readModuleFile(script, SCRIPT_MODULE_LIMIT, hostFiles));
    } catch (e) {
      if (e.name !== 'ModuleFileError') throw e;
      console.error(`teawasi: cannot read ${script}: ${e.message}`);
      return 2;
    }
    const r = spectest(json, script, hostFiles, (line) => console.log(line), verbose, strict, wasm2);
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
