/**
 * The runtime objects instances share: memories, tables, globals, function references, values, traps, and the
 * limits of execution and allocation.
 */
package dev.teawasi.engine.internal.store;
