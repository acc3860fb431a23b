/**
 * teawasi's embedding API: compile a WebAssembly module, instantiate it with host functions and shared memories,
 * tables and globals, and call its exports, on the JVM (and, through TeaVM, in JavaScript).
 *
 * <pre>{@code
 * Module module = Module.compile(bytes);                         // CompileError: what and at which byte
 * Imports imports = new Imports().function("env", "log",
 *         FunctionType.of(new ValueType[] {ValueType.I32}, new ValueType[0]),
 *         call -> System.out.println(call.i32(0)));
 * Instance instance = Instance.instantiate(module, imports);    // LinkError, Trap
 * int sum = (Integer) instance.function("add").apply(2, 3);
 * }</pre>
 *
 * <p>Limits per instance ({@link dev.teawasi.engine.InstanceLimits}): memory pages, table sizes, call depth and
 * fuel. Calls can run in slices and be suspended by host functions ({@link dev.teawasi.engine.Execution}). The
 * packages under {@code dev.teawasi.engine.internal} are the implementation and may change at any time.
 */
package dev.teawasi.engine;
