// Test page: window.runProgram(engine, wasmUrl, args, env, stdin) runs a WASI command with teawasi.run (an empty
// preopened /sandbox, fixed stdin, stdio as pipes) and resolves to {exitCode, stdout, error, rewritten}. Engine
// 'native-preempted': native WebAssembly with an AbortSignal, so the module is rewritten to be preemptible (JSPI).
const teawasi = await import('../npm/teawasi.js');

window.runProgram = async (engine, wasmUrl, args, env, stdin) => {
  const decoder = new TextDecoder();
  let stdout = '';
  try {
    const preempted = engine === 'native-preempted';
    const r = await teawasi.run(fetch(wasmUrl), {
      engine: preempted ? 'native' : engine, signal: preempted ? new AbortController().signal : undefined, args, env, stdin, terminal: false, preopens: { '/sandbox': '/sandbox' },
      stdout: (b) => { stdout += decoder.decode(b, { stream: true }); }, stderr: null,
    });
    return { exitCode: r.exitCode, engine: r.engine, stdout, error: null, rewritten: !!r.rewritten };
  } catch (e) {
    return { exitCode: null, engine, stdout, error: `${e.name}: ${e.message}` };
  }
};
window.pageReady = true;
