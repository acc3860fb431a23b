package dev.teawasi.wasi.host;

/**
 * Real time from the Java platform (also under TeaVM, where it maps to Date.now and performance.now). CPU time
 * is not available portably, so the CPU clocks report monotonic time since this clock was created.
 */
public final class SystemClock implements Clock, Sleeper {
    private final long startNanos = System.nanoTime();

    @Override
    public long realtimeNanos() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    @Override
    public long monotonicNanos() {
        return System.nanoTime();
    }

    @Override
    public long processCpuNanos() {
        return System.nanoTime() - startNanos;
    }

    @Override
    public long threadCpuNanos() {
        return System.nanoTime() - startNanos;
    }

    @Override
    public long resolutionNanos(int clockId) {
        return clockId == 0 ? 1_000_000L : 1_000L;
    }

    /** Busy-waits on the monotonic clock: portable Java here has no threads to sleep with. */
    @Override
    public void sleep(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() - end < 0) {
            // spin
        }
    }
}
