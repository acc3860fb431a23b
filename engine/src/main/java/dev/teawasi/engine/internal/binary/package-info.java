/**
 * Bytes to model: {@link dev.teawasi.engine.internal.binary.WasmReader} (the one LEB128 and UTF-8 reader),
 * {@link dev.teawasi.engine.internal.binary.Decoder} (sections), {@link dev.teawasi.engine.internal.binary.InstructionReader}
 * (the one place that knows instruction encodings, shared by the validator and the translator) and the generated
 * {@link dev.teawasi.engine.internal.binary.Opcodes}. Malformed input is a {@link
 * dev.teawasi.engine.internal.binary.CompileException} with the spec's message and the byte offset.
 */
package dev.teawasi.engine.internal.binary;
