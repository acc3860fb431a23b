package dev.teawasi.web;

import dev.teawasi.wasi.host.Clock;
import dev.teawasi.wasi.host.Sleeper;
import dev.teawasi.wasi.host.SystemClock;
import org.teavm.jso.JSBody;

/**
 * The system clock of the JS build. Realtime comes from Date.now() (no Date object) and becomes a long only when
 * the millisecond changes: a long is a BigInt there, and every file write stamps an mtime (a million small
 * appends spent a fifth of their time in `new Date()` and the BigInt product). The rest is {@link SystemClock}.
 */
final class JsSystemClock implements Clock, Sleeper {
    private final SystemClock system = new SystemClock();
    private double lastMillis = -1;
    private long lastRealtimeNanos;

    @Override
    public long realtimeNanos() {
        double millis = dateNow();
        if (millis != lastMillis) {
            lastMillis = millis;
            lastRealtimeNanos = (long) millis * 1_000_000L;
        }
        return lastRealtimeNanos;
    }

    @Override
    public long monotonicNanos() {
        return system.monotonicNanos();
    }

    @Override
    public long processCpuNanos() {
        return system.processCpuNanos();
    }

    @Override
    public long threadCpuNanos() {
        return system.threadCpuNanos();
    }

    @Override
    public long resolutionNanos(int clockId) {
        return system.resolutionNanos(clockId);
    }

    @Override
    public void sleep(long nanos) {
        system.sleep(nanos);
    }

    @JSBody(script = "return Date.now();")
    private static native double dateNow();
}
