package dev.teawasi.wasi.host;

/** Time as the guest sees it, in nanoseconds. Supplied by the embedder (see {@link SystemClock}, {@link VirtualClock}). */
public interface Clock {
    /** Nanoseconds since 1970-01-01T00:00:00Z. */
    long realtimeNanos();

    /** A clock that never goes backwards; its epoch is arbitrary. */
    long monotonicNanos();

    /** CPU time of the guest process (an embedder without a CPU clock may return monotonic time since start). */
    long processCpuNanos();

    /** CPU time of the guest thread (WASI preview 1 guests have one thread). */
    long threadCpuNanos();

    /** Resolution in nanoseconds of the clock with this WASI clock id (0..3). */
    long resolutionNanos(int clockId);
}
