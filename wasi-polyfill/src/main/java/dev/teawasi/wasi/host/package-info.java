/**
 * The services a WASI process gets from its host, as small interfaces: clock, sleeper, random source, stdin
 * source and output sinks, with deterministic defaults ({@link dev.teawasi.wasi.host.VirtualClock},
 * {@link dev.teawasi.wasi.host.SeededRandom}) and stream-backed implementations for the JVM.
 */
package dev.teawasi.wasi.host;
