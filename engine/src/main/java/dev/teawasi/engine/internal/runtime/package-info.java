/**
 * Compiled modules, instantiation and linking, imports, and resumable executions (fuel, suspension by host
 * functions): what the public API and the WASI layer are built on.
 */
package dev.teawasi.engine.internal.runtime;
