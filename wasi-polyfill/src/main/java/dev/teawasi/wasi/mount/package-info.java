/**
 * A portable format for whole directory trees ({@link dev.teawasi.wasi.mount.TreeEntry}): how a host directory is
 * loaded into the VFS before a run and how the guest's changes are listed afterwards for writing back. The same
 * format serves the JVM command line, node and web pages.
 */
package dev.teawasi.wasi.mount;
