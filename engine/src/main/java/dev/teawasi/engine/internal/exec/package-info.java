/**
 * The interpreter. {@link dev.teawasi.engine.internal.exec.Translator} turns a body into register code (internal
 * opcodes in {@link dev.teawasi.engine.internal.exec.Op}, numbered for the switch tiers by
 * {@link dev.teawasi.engine.internal.exec.Dispatch}); {@link dev.teawasi.engine.internal.exec.Machine} runs it with
 * explicit frames (never a Java call per wasm call) in three switch tiers (loop, warm, rare) that each stay under
 * HotSpot's 8000-byte compile limit; {@link dev.teawasi.engine.internal.exec.Numerics} holds the exact arithmetic.
 */
package dev.teawasi.engine.internal.exec;
