/**
 * The in-memory filesystem: inodes for directories (entries in creation order, stable readdir cookies), regular
 * files (sparse 64 KiB chunks) and symlinks; limits on bytes and inodes (ENOSPC), change events, and node:fs
 * semantics on top for the JavaScript FileSystem.
 */
package dev.teawasi.wasi.vfs;
