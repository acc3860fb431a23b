// A small shell in the terminal: reads a command line, runs a program (by name, or a .wasm file from the file
// system by its path) or a builtin, prints which engine ran it and how long it took, and prompts again.
import { PROGRAMS, programNamed } from './programs.js';
import { colour } from './ansi.js';
import { ENGINE_LABEL } from './engines.js';

/** Splits a command line: spaces separate words; '...' and "..." quote; a backslash escapes one character. */
export function splitWords(line) {
  const words = [];
  let word = null;
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word = word ?? '';
    } else if (c === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i];
    } else if (c === ' ' || c === '\t') {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote`);
  if (word !== null) words.push(word);
  return words;
}

export function formatMs(ms) {
  if (ms < 1) return '<1 ms';
  if (ms < 10000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export class Shell {
  /** page: the app (terminal, runProgram, setEngine, ...) */
  constructor(page) {
    this.page = page;
    this.terminal = page.terminal;
    this.queue = []; // commands given by buttons while the shell was not prompting
    this.prompting = false;
    this.lineWaiter = null;
  }

  prompt() {
    return `${colour.green('teawasi')}:${colour.blue('~')}$ `;
  }

  async loop() {
    this.terminal.write(`${colour.bold('teawasi demo')} — type ${colour.cyan('help')} for the programs, or pick one on the left.\r\n`);
    for (;;) {
      let line;
      if (this.queue.length > 0) {
        line = this.queue.shift();
        this.terminal.write(this.prompt() + line + '\r\n');
      } else {
        this.prompting = true;
        this.page.setState('idle');
        line = await this.terminal.readLine(this.prompt());
        this.prompting = false;
        if (line === null) continue; // Ctrl-D at the prompt: nothing to end
      }
      line = line.trim();
      if (!line) continue;
      try {
        await this.run(line);
      } catch (e) {
        await this.terminal.note(colour.red(`${e.name || 'Error'}: ${e.message}`));
      }
    }
  }

  /** Runs a command as if typed (used by the page's buttons). */
  type(line) {
    if (this.prompting && this.terminal.reading()) {
      this.terminal.submit(line);
    } else {
      this.queue.push(line);
    }
    this.terminal.focus();
  }

  async run(line) {
    const [command, ...args] = splitWords(line);
    switch (command) {
      case 'help': return this.help();
      case 'clear': this.terminal.clear(); return undefined;
      case 'engine': return this.engine(args);
      default:
    }
    const program = programNamed(command);
    if (program) return this.page.runProgram(program, args);
    if (command.endsWith('.wasm') || command.includes('/')) return this.page.runFile(command, args);
    await this.terminal.note(colour.red(`${command}: command not found`) + ` (type ${colour.cyan('help')})`);
    return undefined;
  }

  async help() {
    const t = this.terminal;
    const lines = ['Programs (each runs on the engine chosen above; add arguments after the name):'];
    for (const p of PROGRAMS) {
      lines.push(`  ${colour.cyan(p.usage)}`);
      lines.push(`      ${p.about}`);
    }
    lines.push('  ' + colour.cyan('/path/to/file.wasm [ARGS...]') + '  runs a WASI command from the files (drop one on the page)');
    lines.push('Builtins: ' + colour.cyan('help') + ', ' + colour.cyan('clear') + ', '
      + colour.cyan('engine [auto|native|interpreter]'));
    lines.push('Keys: Enter sends a line to the program, Ctrl-D ends its input, Ctrl-C stops it, Alt+P pauses and resumes it;'
      + ' arrows, Home/End, Ctrl-A/E/U/K/W edit, Up/Down recall.');
    await t.note(lines.join('\r\n'));
  }

  async engine(args) {
    await this.page.loaded;
    if (args.length > 0) this.page.setEngine(args[0]);
    await this.terminal.note(`engine: ${this.page.engineChoice()}`);
  }

  /** The line printed after a run. */
  static summary(name, result) {
    const where = ENGINE_LABEL[result.engine] ?? result.engine;
    const compile = result.cached ? 'compiled earlier' : `compile ${formatMs(result.compileMs)}`;
    let end;
    switch (result.ended) {
      case 'exited': end = `exit code ${result.exitCode}`; break;
      case 'stopped': end = 'stopped'; break;
      case 'trapped': end = `trap: ${result.error.message}`; break;
      default: end = `failed: ${result.error?.name ?? 'Error'}: ${result.error?.message ?? ''}`;
    }
    return `[${name} on ${where}${result.worker ? ' in a Worker' : ''}: ${compile}, run ${formatMs(result.runMs)}, ${end}]`;
  }
}
