// The demo page. Loads teawasi (the built npm package, served beside the page as ./teawasi.js) the way a web app
// does and builds everything on its public API: WASI, FileSystem and the WebAssembly polyfill.
import { PageTerminal } from './terminal.js';
import { colour } from './ansi.js';
import { Shell, formatMs } from './shell.js';
import { PROGRAMS } from './programs.js';
import { Engines, AUTO, NATIVE, INTERPRETER, ENGINE_LABEL } from './engines.js';
import { RunControl } from './run-control.js';
import { runCommand } from './wasi-command.js';
import { download, isDownloaded } from './download.js';
import { FilesPanel } from './files-panel.js';
import { InspectPanel } from './inspect-panel.js';
import { openFileSystem } from './page-fs.js';
import { runRuby } from './ruby.js';
import { warmUpWorker } from './native-worker.js';

// Captured before anything else can touch it: with ?nowasm, nowasm.js has already deleted it.
const nativeWebAssembly = globalThis.WebAssembly;
const $ = (id) => document.getElementById(id);
const ENGINE_KEY = 'teawasi-demo-engine';

class DemoPage {
  /** The terminal and the shell work at once; runs wait for `loaded` (teawasi and the file system). */
  constructor(loaded) {
    this.loaded = loaded;
    this.teawasi = null;
    this.fs = null;
    this.fsInfo = null;
    this.engines = null;
    this.terminal = new PageTerminal($('terminal'));
    this.shell = new Shell(this);
    this.control = null;
    this.notesShown = new Set();
    this.ownFiles = new Map(); // chosen .wasm files when the build has no FileSystem
    this.consolePanel = $('console');
    this.files = null;
    this.inspect = null;
    this.#setUpPrograms();
    this.#setUpRunButtons();
    this.shell.loop();
    this.terminal.focus();
  }

  /** What this teawasi build offers the page (tests check these before using a part). */
  capabilities() {
    return {
      fileSystem: Boolean(this.fs),
      wasiFileSystem: Boolean(this.fs),
      persistentHome: Boolean(this.fsInfo?.mount),
      interpreter: Boolean(this.engines?.hasInterpreter()),
      native: Boolean(this.engines?.native),
    };
  }

  /** The rest of the page, once teawasi is loaded. */
  attach(teawasi, fsInfo) {
    this.teawasi = teawasi;
    this.fs = fsInfo.fs;
    this.fsInfo = fsInfo;
    this.engines = new Engines(teawasi, nativeWebAssembly);
    this.inspect = new InspectPanel(this, $('inspect'));
    this.#setUpEngineSwitch();
    this.#setUpOwnWasm();
    if (this.fs) {
      this.files = new FilesPanel(this, $('files'));
      this.files.start();
    } else {
      $('files').dataset.state = 'unavailable';
      $('files-error').textContent = `${fsInfo.error.message}: files are not available on this page`;
      $('files-error').hidden = false;
      for (const b of $('files').querySelectorAll('button, input')) b.disabled = true;
    }
    this.inspect.start();
  }

  // ---- engine switch

  engineChoice() {
    return document.querySelector('input[name=engine]:checked').value;
  }

  setEngine(value) {
    const input = document.querySelector(`input[name=engine][value="${CSS.escape(value)}"]`);
    if (!input) throw new Error(`no engine '${value}' (auto, native, interpreter)`);
    if (input.disabled) throw new Error(`${value} is not available on this page`);
    input.checked = true;
    localStorage.setItem(ENGINE_KEY, value);
  }

  #setUpEngineSwitch() {
    const nativeInput = document.querySelector('input[name=engine][value=native]');
    const hide = $('hide-wasm');
    const hidden = document.documentElement.dataset.nowasm === 'true';
    hide.checked = hidden;
    if (!this.engines.native) {
      nativeInput.disabled = true;
      nativeInput.parentElement.title = 'this page has no WebAssembly';
    }
    if (!this.engines.hasInterpreter()) {
      const input = document.querySelector('input[name=engine][value=interpreter]');
      input.disabled = true;
      input.parentElement.title = 'this teawasi build has no WebAssembly namespace (the interpreter)';
    }
    const saved = localStorage.getItem(ENGINE_KEY);
    if (saved && [AUTO, NATIVE, INTERPRETER].includes(saved) && !(saved === NATIVE && !this.engines.native)
        && !(saved === INTERPRETER && !this.engines.hasInterpreter())) {
      document.querySelector(`input[name=engine][value=${saved}]`).checked = true;
    }
    for (const input of document.querySelectorAll('input[name=engine]')) {
      input.addEventListener('change', () => localStorage.setItem(ENGINE_KEY, this.engineChoice()));
    }
    hide.addEventListener('change', () => {
      const url = new URL(location.href);
      if (hide.checked) url.searchParams.set('nowasm', '1');
      else url.searchParams.delete('nowasm');
      location.assign(url.href);
    });
    const interpreter = this.engines.hasInterpreter() ? 'the teawasi interpreter'
      : 'no interpreter (this teawasi build has no WebAssembly namespace)';
    $('status').textContent = this.engines.native
      ? `ready: native WebAssembly${this.engines.hasJspi(NATIVE) ? ' with JSPI' : ''} and ${interpreter}`
      : `ready: this page has no WebAssembly, so every program runs on ${interpreter}`;
  }

  // ---- programs

  #setUpPrograms() {
    const list = $('program-list');
    for (const p of PROGRAMS) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = p.name;
      button.dataset.program = p.name;
      button.title = `run: ${p.example}`;
      button.addEventListener('click', () => this.shell.type(p.example));
      const about = document.createElement('span');
      about.className = 'about';
      about.textContent = p.about;
      li.append(button, about);
      list.append(li);
    }
  }

  #setUpRunButtons() {
    $('pause').addEventListener('click', () => {
      if (!this.control) return;
      if (this.control.paused) this.control.resume();
      else this.control.pause();
    });
    $('stop').addEventListener('click', () => {
      if (!this.control) return;
      this.control.stop();
      this.terminal.cancelRead(); // a program (or the Ruby REPL) waiting for a line gets no more input
    });
    $('clear').addEventListener('click', () => {
      this.terminal.clear();
      this.terminal.focus();
    });
    document.addEventListener('keydown', (e) => {
      if (e.altKey && (e.key === 'p' || e.key === 'P') && this.control) {
        e.preventDefault();
        $('pause').click();
      }
    });
  }

  #setUpOwnWasm() {
    const file = $('own-file');
    const run = $('own-run');
    const take = async (f) => {
      const path = `/tmp/${f.name.replace(/[^A-Za-z0-9._-]/g, '_')}`;
      const bytes = new Uint8Array(await f.arrayBuffer());
      if (this.fs) {
        this.fs.mkdirSync('/tmp', { recursive: true });
        this.fs.writeFileSync(path, bytes);
      } else {
        this.ownFiles.set(path, bytes); // no FileSystem in this build: kept by the page
      }
      run.disabled = false;
      run.dataset.path = path;
      await this.terminal.note(colour.dim(`saved ${f.name} as ${path}; run it with the arguments on the left, or type: ${path} ARGS`));
      this.inspect.showPath(path);
    };
    file.addEventListener('change', () => {
      if (file.files.length > 0) take(file.files[0]);
    });
    run.addEventListener('click', () => {
      const args = $('own-args').value.trim();
      this.shell.type(`${run.dataset.path}${args ? ' ' + args : ''}`);
    });
    // A .wasm dropped anywhere on the page (outside the file tree, which takes uploads) becomes "your own".
    document.addEventListener('dragover', (e) => {
      if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) e.preventDefault();
    });
    document.addEventListener('drop', (e) => {
      if (e.defaultPrevented || !e.dataTransfer) return;
      e.preventDefault();
      const wasm = [...e.dataTransfer.files].find((f) => f.name.endsWith('.wasm'));
      if (wasm) take(wasm);
    });
  }

  // ---- running

  setState(state) {
    this.consolePanel.dataset.state = state;
    const running = state === 'running' || state === 'paused';
    $('pause').disabled = !running || !this.control?.canPause;
    $('pause').textContent = state === 'paused' ? 'Resume' : 'Pause';
    $('stop').disabled = !running;
  }

  showProgress(label, fraction) {
    const box = $('progress');
    if (label === null) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    $('progress-label').textContent = label;
    $('progress-bar').value = fraction;
  }

  /** Fetches a program's bytes, with the progress bar for a big one. */
  async programBytes(program) {
    if (isDownloaded(program.url)) return download(program.url);
    this.setState('loading');
    const name = program.url.split('/').pop();
    this.showProgress(`downloading ${name}`, 0);
    try {
      return await download(program.url, (received, total) => {
        const mb = (n) => (n / 1048576).toFixed(1);
        this.showProgress(`downloading ${name}: ${mb(received)}${total ? ' of ' + mb(total) : ''} MB`,
          total ? received / total : 0);
      });
    } finally {
      this.showProgress(null);
    }
  }

  async runProgram(program, args) {
    await this.loaded;
    if (program.kind === 'ruby') return this.#runRuby(program, args);
    if (program.kind === 'speak') return this.#speak(program, args);
    const bytes = await this.programBytes(program);
    return this.#runWasi(program.name, bytes, args);
  }

  async runFile(path, args) {
    await this.loaded;
    let bytes;
    try {
      if (!this.fs) {
        bytes = this.ownFiles.get(path);
        if (!bytes) throw new Error('no such file (this teawasi build has no FileSystem)');
      } else bytes = this.fs.readFileSync(path);
    } catch (e) {
      await this.terminal.note(colour.red(`${path}: ${e.message}`));
      return undefined;
    }
    return this.#runWasi(path.split('/').pop(), bytes, args);
  }

  /** Runs a WASI command and prints the summary line; returns the result. */
  async #runWasi(name, bytes, args, extra = {}) {
    const control = new RunControl();
    this.control = control;
    const choice = this.engineChoice();
    const engine = choice === AUTO ? (this.engines.hasNative() ? NATIVE : INTERPRETER) : choice;
    // native runs in a Worker (paused through the shared flag); the interpreter on the page (its JSPI)
    control.canPause = engine === NATIVE ? Boolean(control.pauseFlag) : this.engines.hasJspi(engine);
    control.onChange = () => this.setState(control.stopped ? 'stopping' : control.paused ? 'paused' : 'running');
    this.terminal.onInterrupt = () => control.stop();
    this.setState('running');
    $('run-info').textContent = `${name}: compiling on ${choice === AUTO ? 'auto' : ENGINE_LABEL[choice]}…`;
    let result;
    try {
      result = await runCommand({
        teawasi: this.teawasi, engines: this.engines, bytes, name, args, choice, fs: this.fs,
        terminal: this.terminal, control, ...extra,
      });
    } catch (e) {
      result = { engine: choice, compileMs: 0, runMs: 0, ended: 'failed', error: e, cached: false };
    } finally {
      this.terminal.onInterrupt = null;
      this.control = null;
    }
    this.files?.refresh();
    await this.#report(name, result);
    return result;
  }

  async #report(name, result) {
    const summary = Shell.summary(name, result);
    if (result.note && !this.notesShown.has(result.note)) {
      this.notesShown.add(result.note); // each once per page
      await this.terminal.note(colour.yellow(result.note));
    }
    if (result.ended === 'trapped' && typeof result.error?.stack === 'string') {
      // The wasm frames of the trap (both engines name them in the error's stack).
      const frames = result.error.stack.split('\n').filter((l) => /wasm/.test(l) && /^\s*at /.test(l)).slice(0, 8);
      if (frames.length > 0) await this.terminal.note(colour.red(frames.map((l) => l.trim()).join('\r\n')));
    }
    if (result.ended === 'trapped' || result.ended === 'failed') {
      await this.terminal.note(colour.red(summary));
    } else {
      await this.terminal.note(colour.dim(summary));
    }
    const info = $('run-info');
    info.textContent = summary.slice(1, -1);
    info.dataset.engine = result.engine;
    info.dataset.worker = String(Boolean(result.worker));
    info.dataset.ended = result.ended;
    info.dataset.exitCode = result.exitCode ?? '';
    info.dataset.program = name;
    info.dataset.compileMs = String(Math.round(result.compileMs));
    info.dataset.runMs = String(Math.round(result.runMs));
    // Tests count finished runs: each run's summary bumps this.
    info.dataset.runs = String(Number(info.dataset.runs || 0) + 1);
  }

  async #speak(program, words) {
    const options = [];
    while (words.length > 1 && words[0] === '-voice') {
      options.push('-voice', words[1]);
      words = words.slice(2);
    }
    const text = words.join(' ').trim();
    if (!text) {
      await this.terminal.note('usage: speak [-voice kal|kal16|awb|rms|slt] TEXT... (e.g. speak Hello from WebAssembly)');
      return undefined;
    }
    if (!this.fs) {
      await this.terminal.note(colour.red('speak writes its WAV into the FileSystem, which this teawasi build does not have'));
      return undefined;
    }
    const bytes = await this.programBytes(program);
    this.fs.mkdirSync('/tmp', { recursive: true });
    const out = '/tmp/speech.wav';
    const result = await this.#runWasi('flite', bytes, [...options, '-t', text, '-o', out]);
    if (result.ended === 'exited' && result.exitCode === 0) {
      const wav = this.fs.readFileSync(out);
      const audio = $('speech-audio');
      if (audio.src) URL.revokeObjectURL(audio.src);
      audio.src = URL.createObjectURL(new Blob([wav], { type: 'audio/wav' }));
      $('speech').hidden = false;
      $('speech').dataset.bytes = String(wav.length);
      await this.terminal.note(colour.dim(`wrote ${out} (${wav.length} bytes); playing it`));
      audio.play().catch(() => { /* autoplay refused: the player is there to press */ });
    }
    return result;
  }

  async #runRuby(program, args) {
    const bytes = await this.programBytes(program);
    const control = new RunControl();
    this.control = control;
    control.canPause = false; // Ruby runs in a worker: Stop ends it, there is no pausing it
    control.onChange = () => this.setState(control.stopped ? 'stopping' : 'running');
    this.setState('running');
    const choice = this.engineChoice();
    $('run-info').textContent = `ruby: compiling on ${choice === AUTO ? 'auto' : ENGINE_LABEL[choice]}…`;
    let result;
    try {
      result = await runRuby({
        engines: this.engines, bytes, args, choice, fs: this.fs,
        terminal: this.terminal, control, onPhase: (text) => { $('run-info').textContent = text; },
      });
    } catch (e) {
      result = { engine: choice, compileMs: 0, runMs: 0, ended: 'failed', error: e, cached: false };
    } finally {
      this.terminal.onInterrupt = null;
      this.control = null;
    }
    this.files?.refresh();
    await this.#report('ruby', result);
    return result;
  }
}

/**
 * The page's load in performance marks (a benchmark test reads them): the script running, the terminal taking
 * input (its first prompt, reading a line), teawasi loaded, everything ready. Only the terminal and the page's own
 * script come first; teawasi (its bundle) loads after the terminal takes input, with a progress bar in the header,
 * and the big programs (Ruby, flite) load when run.
 */
const MARK = {
  script: 'teawasi-demo:script',
  input: 'teawasi-demo:terminal-input',
  teawasi: 'teawasi-demo:teawasi-loaded',
  ready: 'teawasi-demo:ready',
};

function firstPrompt(terminal) {
  return new Promise((resolve) => {
    terminal.onReading = () => {
      terminal.onReading = null;
      resolve();
    };
  });
}

async function main() {
  performance.mark(MARK.script);
  let markLoaded;
  const loaded = new Promise((resolve) => { markLoaded = resolve; });
  const page = new DemoPage(loaded);
  window.teawasiDemo = page; // for the browser tests and the curious (devtools)
  // The terminal takes input from its first prompt on (commands typed before teawasi is in run once it is).
  await firstPrompt(page.terminal);
  document.documentElement.dataset.interactiveMs = String(Math.round(performance.mark(MARK.input).startTime));
  let teawasi;
  try {
    teawasi = await import('teawasi');
    performance.mark(MARK.teawasi);
  } catch (e) {
    $('status').textContent = `could not load teawasi.js: ${e.message}`;
    $('status').classList.add('error');
    document.documentElement.dataset.teawasi = 'failed';
    return;
  }
  $('version').textContent = teawasi.version();
  page.attach(teawasi, await openFileSystem(teawasi, (e) => page.files?.showHomeState('error', e.message)));
  markLoaded();
  const readyMs = performance.mark(MARK.ready).startTime;
  document.documentElement.dataset.readyMs = String(Math.round(readyMs));
  document.documentElement.dataset.teawasi = 'ready';
  // The Worker native programs run in loads teawasi too: started once the page is idle, ready for the first run.
  if (page.engines.native) (globalThis.requestIdleCallback ?? setTimeout)(() => warmUpWorker());
  console.debug(`teawasi demo: terminal ready after ${document.documentElement.dataset.interactiveMs} ms, `
    + `teawasi and the files after ${formatMs(readyMs)}`);
}

main();
