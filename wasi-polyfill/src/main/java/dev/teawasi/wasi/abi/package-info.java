/**
 * The WASI ABI's numbers: errno values, rights, flags, file types, and the differences between
 * {@code wasi_snapshot_preview1} and {@code wasi_unstable} ({@link dev.teawasi.wasi.abi.AbiVersion}).
 */
package dev.teawasi.wasi.abi;
