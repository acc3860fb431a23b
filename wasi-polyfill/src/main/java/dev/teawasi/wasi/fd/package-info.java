/**
 * The descriptor table of a WASI process and its kinds of descriptor: files, directories (with their rights and
 * the directory they are rooted at), stdin and the output streams.
 */
package dev.teawasi.wasi.fd;
