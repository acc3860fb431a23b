// Test page: window.runProgram(engine, wasmUrl, args, env, stdin) runs a WASI command with teawasi.run (an empty
// preopened /sandbox, fixed stdin, stdio as pipes) and resolves to {exitCode, stdout, error}.
const teawasi = await import('../npm/teawasi.js');

window.runProgram = async (engine, wasmUrl, args, env, stdin) => {
  const decoder = new TextDecoder();
  let stdout = '';
  try {
    const r = await teawasi.run(fetch(wasmUrl), {
      engine, args, env, stdin, terminal: false, preopens: { '/sandbox': '/sandbox' },
      stdout: (b) => { stdout += decoder.decode(b, { stream: true }); }, stderr: null,
    });
    return { exitCode: r.exitCode, engine: r.engine, stdout, error: null };
  } catch (e) {
    return { exitCode: null, engine, stdout, error: `${e.name}: ${e.message}` };
  }
};
window.pageReady = true;
