/**
 * Benchmark drivers (run by {@code scripts/bench.sh}, never timed in the build): teawasi against Chicory's
 * interpreter on the JVM and the TeaVM build under node, one fresh process per program and runtime.
 */
package dev.teawasi.bench;
