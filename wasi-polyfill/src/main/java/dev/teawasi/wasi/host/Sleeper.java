package dev.teawasi.wasi.host;

/** Waits for poll_oneoff clock subscriptions. A virtual clock advances itself instead of waiting. */
public interface Sleeper {
    void sleep(long nanos);
}
