/**
 * WASI preview 1 ({@code wasi_snapshot_preview1}, and {@code wasi_unstable} through snapshot 0's layouts) over an
 * in-memory filesystem, as portable Java that runs on the JVM and through TeaVM. {@link dev.teawasi.wasi.WasiFunctions}
 * is every WASI function as plain Java (guest arguments in, errno out) and knows nothing of the engine;
 * {@link dev.teawasi.wasi.WasiImports} binds it to an engine instance; {@link dev.teawasi.wasi.WasiProcess} runs a
 * command or reactor configured by a {@link dev.teawasi.wasi.WasiConfig}.
 */
package dev.teawasi.wasi;
