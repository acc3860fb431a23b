// The "Run a WASI program" panel: runs a command module with teawasi's startWasi in slices of fuel, so the tab
// stays responsive; stdin comes from the input line, stdout/stderr go to the terminal, and the sandbox
// directory is mounted as "/" and kept between runs.
import { EXAMPLES } from './examples.mjs';
import { Terminal } from './terminal.mjs';
import { Sandbox } from './sandbox.mjs';

const GUEST_ROOT = '/';
const SLICE_MS = 30;

export function setUpRunPanel(teawasi, panel) {
  const $ = (selector) => panel.querySelector(selector);
  const exampleSelect = $('#run-example');
  const fileInput = $('#run-file');
  const argsInput = $('#run-args');
  const about = $('#run-about');
  const startButton = $('#run-start');
  const stopButton = $('#run-stop');
  const stdinForm = $('#stdin-form');
  const stdinLine = $('#stdin-line');
  const eofButton = $('#stdin-eof');
  const status = $('#run-status');
  const terminal = new Terminal($('#terminal'));
  const sandbox = new Sandbox(panel);

  let chosenFile = null;    // a File from the file input, or null for the selected example
  let active = null;        // the run in progress

  for (const ex of EXAMPLES) {
    const option = document.createElement('option');
    option.value = ex.name;
    option.textContent = ex.name;
    exampleSelect.appendChild(option);
  }
  function describeExample() {
    const ex = EXAMPLES.find((e) => e.name === exampleSelect.value);
    about.textContent = ex ? ex.about : '';
    if (ex) {
      argsInput.value = ex.args;
    }
  }
  exampleSelect.addEventListener('change', () => {
    chosenFile = null;
    fileInput.value = '';
    describeExample();
  });
  fileInput.addEventListener('change', () => {
    chosenFile = fileInput.files.length > 0 ? fileInput.files[0] : null;
    if (chosenFile) {
      about.textContent = `${chosenFile.name} (${chosenFile.size} bytes) from this computer`;
      argsInput.value = '';
    } else {
      describeExample();
    }
  });
  describeExample();

  $('#files-add').addEventListener('change', async (e) => {
    try {
      await sandbox.add(e.target.files);
    } catch (err) {
      terminal.note(`cannot add: ${err.message}`, 'error');
    }
    e.target.value = '';
  });
  $('#files-clear').addEventListener('click', () => sandbox.clear());

  function setState(state, text) {
    panel.dataset.state = state;
    status.textContent = text;
    const running = state === 'running' || state === 'waiting-for-input';
    startButton.disabled = running;
    stopButton.disabled = !running;
    stdinLine.disabled = !running;
    eofButton.disabled = !running;
    $('#files-add').disabled = running;
    $('#files-clear').disabled = running;
  }

  async function programBytes() {
    if (chosenFile) {
      return { name: chosenFile.name, bytes: new Uint8Array(await chosenFile.arrayBuffer()) };
    }
    const ex = EXAMPLES.find((e) => e.name === exampleSelect.value);
    const response = await fetch(ex.file);
    if (!response.ok) {
      throw new Error(`cannot load ${ex.file}: HTTP ${response.status}`);
    }
    return { name: ex.name + '.wasm', bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  startButton.addEventListener('click', async () => {
    terminal.clear();
    setState('running', 'starting');
    let program;
    try {
      program = await programBytes();
    } catch (e) {
      terminal.note(e.message, 'error');
      setState('error', 'not started');
      return;
    }
    active = new ActiveRun(teawasi, program, splitArgs(argsInput.value), terminal, sandbox, setState);
    await active.drive();
    active = null;
  });
  stopButton.addEventListener('click', () => active && active.stop());
  stdinForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (active) {
      active.input(stdinLine.value + '\n');
      stdinLine.value = '';
    }
  });
  eofButton.addEventListener('click', () => active && active.endInput());
  stdinLine.addEventListener('keydown', (e) => {
    if (e.key === 'd' && e.ctrlKey && active) {
      e.preventDefault();
      active.endInput();
    }
  });
  setState('idle', 'choose a program and press Run');
}

/** Splits an argument line at spaces; "double quotes" keep spaces inside an argument. */
export function splitArgs(line) {
  const args = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m;
  while ((m = re.exec(line)) !== null) {
    args.push(m[1] !== undefined ? m[1] : m[2]);
  }
  return args;
}

/** One run of a program: owns its stdin queue and drives step() until the program ends or is stopped. */
class ActiveRun {
  constructor(teawasi, program, args, terminal, sandbox, setState) {
    this.teawasi = teawasi;
    this.program = program;
    this.args = args;
    this.terminal = terminal;
    this.sandbox = sandbox;
    this.setState = setState;
    this.queue = [];          // stdin chunks not yet read
    this.eof = false;
    this.stopped = false;
    this.wake = null;         // resolves the wait for input
  }

  input(text) {
    this.terminal.echo(text);
    this.queue.push(new TextEncoder().encode(text));
    this.wakeUp();
  }

  endInput() {
    this.eof = true;
    this.terminal.echo('^D\n');
    this.wakeUp();
  }

  stop() {
    this.stopped = true;
    this.wakeUp();
  }

  wakeUp() {
    if (this.wake) {
      const w = this.wake;
      this.wake = null;
      w();
    }
  }

  /** stdin for the guest: queued bytes, then null once the user ended the input, else "nothing yet". */
  readStdin(max) {
    if (this.queue.length === 0) {
      return this.eof ? null : new Uint8Array(0);
    }
    const head = this.queue[0];
    if (head.length <= max) {
      this.queue.shift();
      return head;
    }
    this.queue[0] = head.subarray(max);
    return head.subarray(0, max);
  }

  queuedBytes() {
    return this.queue.reduce((n, c) => n + c.length, 0) || (this.eof ? 1 : 0);
  }

  async drive() {
    const t = this.terminal;
    let run;
    try {
      run = this.teawasi.startWasi(this.program.bytes, {
        args: [this.program.name, ...this.args],
        env: ['TEAWASI=demo'],
        mounts: [{ guestPath: GUEST_ROOT, entries: this.sandbox.mountEntries() }],
        stdin: (max) => this.readStdin(max),
        stdinAvailable: () => this.queuedBytes(),
        stdout: (bytes) => t.write('stdout', bytes),
        stderr: (bytes) => t.write('stderr', bytes),
        random: (bytes) => crypto.getRandomValues(bytes),
      });
    } catch (e) {
      t.note(`${e.name}: ${e.message}`, 'error');
      this.setState('error', `not started: ${e.name}`);
      return;
    }
    this.setState('running', `running ${this.program.name}`);
    let fuel = 1000000;
    let status;
    const started = performance.now();
    for (;;) {
      if (this.stopped) {
        status = 'stopped';
        break;
      }
      const sliceStart = performance.now();
      try {
        status = run.step(fuel);
      } catch (e) {
        t.note(`${e.name}: ${e.message}`, 'error');
        status = 'failed';
        break;
      }
      const took = performance.now() - sliceStart;
      // Keep each slice near SLICE_MS so the page stays responsive whatever the program does.
      if (took < SLICE_MS / 2 && fuel < 1e9) {
        fuel *= 2;
      } else if (took > SLICE_MS * 2 && fuel > 1000) {
        fuel = Math.floor(fuel / 2);
      }
      if (status === 'out-of-fuel') {
        await yieldToBrowser();
      } else if (status === 'sleeping') {
        await new Promise((resolve) => setTimeout(resolve, 5));
      } else if (status === 'waiting-for-input') {
        this.sandbox.update(run.mounts()[0].entries);
        this.setState('waiting-for-input', `${this.program.name} is waiting for input`);
        await new Promise((resolve) => { this.wake = resolve; });
        this.setState('running', `running ${this.program.name}`);
      } else {
        break;
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    this.sandbox.update(run.mounts()[0].entries);
    if (status === 'exited') {
      t.note(`[exited with code ${run.exitCode()} after ${seconds} s]`);
      this.setState('exited', `exited with code ${run.exitCode()}`);
    } else if (status === 'trapped') {
      const stack = run.wasmStack();
      t.note(`[wasm trap: ${run.trap()}]` + stack.map((f) => `\n  at ${f}`).join(''), 'error');
      this.setState('trapped', `trapped: ${run.trap()}`);
    } else if (status === 'stopped') {
      t.note('[stopped]');
      this.setState('stopped', 'stopped');
    } else {
      this.setState('error', 'failed');
    }
  }
}

/** Lets the browser handle input and paint between slices (a macrotask, not clamped like nested timeouts). */
function yieldToBrowser() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
