/**
 * The sandbox: {@link dev.teawasi.wasi.path.PathResolver} resolves a guest path one component at a time from a
 * directory descriptor and never steps above it, following symlinks through the same walk.
 */
package dev.teawasi.wasi.path;
