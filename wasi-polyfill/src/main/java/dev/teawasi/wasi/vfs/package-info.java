/**
 * The in-memory filesystem: inodes for directories (entries in creation order, stable readdir cookies), regular
 * files (sparse 64 KiB chunks) and symlinks, with an optional byte capacity.
 */
package dev.teawasi.wasi.vfs;
