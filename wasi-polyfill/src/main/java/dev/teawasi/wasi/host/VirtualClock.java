package dev.teawasi.wasi.host;

/**
 * A deterministic clock for tests and reproducible runs: time stands still except when the guest sleeps (which
 * advances it instantly) or the host calls {@link #advance}.
 */
public final class VirtualClock implements Clock, Sleeper {
    /** 2020-01-01T00:00:00Z, the default start of realtime. */
    public static final long DEFAULT_EPOCH_NANOS = 1_577_836_800_000_000_000L;

    private final long realtimeStart;
    private long elapsed;

    public VirtualClock() {
        this(DEFAULT_EPOCH_NANOS);
    }

    public VirtualClock(long realtimeStartNanos) {
        this.realtimeStart = realtimeStartNanos;
    }

    public void advance(long nanos) {
        if (nanos > 0) {
            elapsed += nanos;
        }
    }

    @Override
    public long realtimeNanos() {
        return realtimeStart + elapsed;
    }

    @Override
    public long monotonicNanos() {
        return elapsed;
    }

    @Override
    public long processCpuNanos() {
        return elapsed;
    }

    @Override
    public long threadCpuNanos() {
        return elapsed;
    }

    @Override
    public long resolutionNanos(int clockId) {
        return 1;
    }

    @Override
    public void sleep(long nanos) {
        advance(nanos);
    }
}
