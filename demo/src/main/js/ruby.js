// Ruby in the terminal: CRuby 4.0 for WASI (@ruby/4.0-wasm-wasi) driven by its own JS package (@ruby/wasm-wasi,
// RubyVM), which is given teawasi's WASI and an instance from the chosen engine instead of the WASI shim and the
// global WebAssembly it uses by default. `ruby` alone is a REPL (irb-like: multi-line input, `=> value`, errors
// in red, exit or Ctrl-D to leave); `ruby FILE [ARGS]` loads a script from the files (relative to /home);
// `ruby -e CODE` runs CODE. This module is a separate chunk, loaded when Ruby is first used.
import { RubyVM } from '@ruby/wasm-wasi';
import { registerWebAssembly } from './ruby-glue-webassembly.js';
import { colour } from './ansi.js';

const HELPER = String.raw`
module TeawasiRepl
  @binding = TOPLEVEL_BINDING
  @line = 1
  INCOMPLETE = /unexpected end-of-input|unexpected end of input|unterminated|expected an? .end.|expected a matching|end-of-input/

  def self.decode(b64) = b64.unpack1("m").force_encoding(Encoding::UTF_8)

  def self.complete?(b64)
    RubyVM::InstructionSequence.compile(decode(b64))
    true
  rescue SyntaxError => e
    !INCOMPLETE.match?(e.message)
  end

  # The backtrace without this helper's own frames (they come from the glue's eval, named "eval").
  def self.user_frames(e) = (e.backtrace || []).reject { |l| l.start_with?("eval:") || l.include?("in 'Kernel#eval'") || l.include?("in 'Kernel#load'") }

  def self.flush
    $stdout.flush
    $stderr.flush
  end

  # Evaluates one input; returns the text to show, or :exit.
  def self.run(b64)
    src = decode(b64)
    result = eval(src, @binding, "(irb)", @line)
    "=> " + result.inspect
  rescue SystemExit
    :exit
  rescue Exception => e
    "\e[31m#{e.class}: #{e.message}\e[0m" + user_frames(e).first(4).map { |l| "\n\e[2m\tfrom #{l}\e[0m" }.join
  ensure
    @line += src.to_s.count("\n") + 1
    flush
  end

  # Runs a script file or -e code the way the ruby command does; returns the exit status.
  def self.script(kind, b64, args)
    ARGV.replace(args.map { |a| decode(a) })
    if kind == "file"
      $0 = decode(b64)
      load $0
    else
      $0 = "-e"
      TOPLEVEL_BINDING.eval(decode(b64), "-e", 1)
    end
    0
  rescue SystemExit => e
    e.status
  rescue Exception => e
    frames = user_frames(e)
    $stderr.puts "#{frames.first || $0}: #{e.message} (#{e.class})"
    frames.drop(1).each { |l| $stderr.puts "\tfrom #{l}" }
    1
  ensure
    flush
  end
end
Dir.chdir("/home") if Dir.exist?("/home")
`;

function b64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const rubyString = (text) => `"${b64(text)}"`;

/**
 * opts: { teawasi, engines, bytes, args, choice, fs, terminal, control, onPhase }
 * resolves the run summary: { engine, compileMs, cached, runMs, initMs, ended, exitCode, error }
 */
export async function runRuby(opts) {
  const { teawasi, engines, bytes, args, choice, fs, terminal, control, onPhase } = opts;
  onPhase?.('ruby: compiling ruby.wasm (32 MB)…');
  const compiled = await engines.compile(bytes, choice);
  const { engine } = compiled;
  const ns = engines.namespace(engine);
  registerWebAssembly(ns);
  const result = { engine, compileMs: compiled.compileMs, cached: compiled.cached, note: compiled.note,
    runMs: 0, exitCode: null, ended: 'failed', error: null };
  const wasi = new teawasi.WASI({
    args: ['ruby'],
    env: { HOME: '/home', TERM: 'xterm-256color' },
    fs,
    preopens: { '/home': '/home', '/tmp': '/tmp' },
    stdout: (b) => terminal.writeStream('stdout', b),
    stderr: (b) => terminal.writeStream('stderr', b),
  });
  const started = performance.now();
  let vm;
  try {
    onPhase?.(`ruby: starting the Ruby VM on ${engine}…`);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the page paint the message first
    vm = new RubyVM();
    const imports = { wasi_snapshot_preview1: wasi.wasiImport };
    vm.addToImports(imports);
    const instance = await ns.instantiate(compiled.module, imports);
    await vm.setInstance(instance);
    wasi.initialize(instance);
    vm.initialize(['ruby.wasm', '-EUTF-8', '-e_=0']);
    vm.eval(HELPER);
  } catch (e) {
    result.error = e;
    result.runMs = performance.now() - started;
    return result;
  }
  result.initMs = performance.now() - started;
  onPhase?.(`ruby: Ruby ${vm.eval('RUBY_VERSION').toString()} started on ${engine} in ${Math.round(result.initMs)} ms`);

  try {
    if (args.length > 0) {
      let kind = 'file';
      let code = args[0];
      let rest = args.slice(1);
      if (args[0] === '-e') {
        if (args.length < 2) throw new Error('ruby: -e needs the code to run');
        kind = 'e';
        code = args[1];
        rest = args.slice(2);
      } else if (!fs.existsSync(code.startsWith('/') ? code : `/home/${code}`)) {
        await terminal.note(colour.red(`ruby: no such file: ${code} (relative paths are in /home)`));
        result.exitCode = 1;
        result.ended = 'exited';
        return result;
      }
      const status = vm.eval(`TeawasiRepl.script("${kind}", ${rubyString(code)}, [${rest.map(rubyString).join(', ')}])`);
      result.exitCode = Number(status.toString());
    } else {
      result.exitCode = await repl(vm, terminal, control);
    }
    result.ended = 'exited';
  } catch (e) {
    result.error = e;
  } finally {
    result.runMs = performance.now() - started;
  }
  return result;
}

async function repl(vm, terminal, control) {
  terminal.write(colour.dim(`Ruby ${vm.eval('RUBY_DESCRIPTION').toString()}\r\n`
    + 'Type Ruby; Enter runs it (unfinished input continues on the next line). exit or Ctrl-D leaves.\r\n'));
  let pending = '';
  let n = 1;
  terminal.onInterrupt = null; // Ctrl-C drops the current input, like irb
  for (;;) {
    if (control.stopped) return 0;
    const prompt = pending ? colour.cyan(`irb(main):${String(n).padStart(3, '0')}* `) : colour.cyan(`irb(main):${String(n).padStart(3, '0')}> `);
    const line = await terminal.readLine(prompt);
    if (line === null) return 0;
    if (control.stopped) return 0;
    if (line === '' && !pending) continue;
    const src = pending ? `${pending}\n${line}` : line;
    if (vm.eval(`TeawasiRepl.complete?(${rubyString(src)})`).toString() !== 'true') {
      pending = src;
      n++;
      continue;
    }
    pending = '';
    n++;
    const out = vm.eval(`TeawasiRepl.run(${rubyString(src)})`);
    const text = out.toString();
    if (text === 'exit') return 0;
    await terminal.newlineIfNeeded();
    terminal.write(text.replace(/\n/g, '\r\n') + '\r\n');
  }
}
