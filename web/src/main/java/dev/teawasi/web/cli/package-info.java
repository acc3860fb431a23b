/**
 * The command line's core shared by the JVM and the node CLI (through the TeaVM build): {@code run}'s options, and
 * loading {@code --dir} host directories and writing the program's changes back, over the {@link
 * dev.teawasi.web.cli.HostFiles} interface each side implements.
 */
package dev.teawasi.web.cli;
