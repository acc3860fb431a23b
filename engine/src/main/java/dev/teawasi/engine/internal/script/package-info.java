/**
 * The spec-test script runner (wast2json scripts), the same on the JVM and in the JS build.
 */
package dev.teawasi.engine.internal.script;
