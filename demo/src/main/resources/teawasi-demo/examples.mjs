// The example programs served beside the page (C sources in demo/src/main/examples, compiled at build time).
export const EXAMPLES = [
  {
    name: 'hello',
    file: 'examples/hello.wasm',
    args: 'world 42',
    about: 'prints its arguments and environment; the exit code is the number of arguments',
  },
  {
    name: 'upper',
    file: 'examples/upper.wasm',
    args: '',
    about: 'reads lines from stdin and echoes them in upper case: type below, end with EOF',
  },
  {
    name: 'files',
    file: 'examples/files.wasm',
    args: '',
    about: 'creates notes/log.txt in the sandbox and lists it; run it again to see the log grow',
  },
];
