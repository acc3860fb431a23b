/**
 * The decoded module as plain data: types, imports, exports, segments and function bodies (kept as offsets into the
 * module's bytes, read again by the validator and the translator).
 */
package dev.teawasi.engine.internal.model;
