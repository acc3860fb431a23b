#!/usr/bin/env node
// The node launcher: the same subcommands as `java -jar teawasi.jar`, executed by the TeaVM build.
import { version } from '../cli/node-core.js';

const COMMANDS = {
  sections: '../cli/sections.mjs',
  spectest: '../cli/spectest.mjs',
  run: '../cli/run.mjs',
};

function usage() {
  console.log(`usage: node teawasi.mjs <command> [options]

commands:
  run [--dir HOST[::GUEST]]... [--env KEY=VALUE]... [--fuel N] [--max-memory SIZE]
      [--max-fs-bytes SIZE] [--max-inodes N] [--max-table-elements N] [--max-call-depth N]
      [--max-module-bytes SIZE] [--invoke NAME] [-W unknown-imports-trap] FILE.wasm [ARGS...]
                     run a WASI command module; --invoke NAME calls that export instead of
                     _start (after _initialize) with ARGS and prints its results;
                     -W unknown-imports-trap (or --trap-unknown-imports) links unknown
                     function imports to functions that trap when called
  spectest FILE.json run a spec-test script converted by wabt's wast2json
  sections FILE.wasm list the sections of a module
  --version          print the version
  --help             this text`);
}

const [cmd, ...rest] = process.argv.slice(2);
if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
  usage();
  process.exit(cmd ? 0 : 2);
} else if (cmd === '--version' || cmd === 'version') {
  console.log('teawasi ' + version());
} else if (COMMANDS[cmd]) {
  const mod = await import(COMMANDS[cmd]);
  const code = await mod.main(rest);
  // exit now: a stdin read still pending in the background must not keep the process alive
  process.exit(code);
} else {
  console.error(`teawasi: unknown command '${cmd}' (see --help)`);
  process.exit(2);
}
