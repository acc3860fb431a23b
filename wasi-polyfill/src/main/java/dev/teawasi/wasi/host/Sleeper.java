package dev.teawasi.wasi.host;

/**
 * Waits for poll_oneoff clock subscriptions (nanosleep, timeouts). A virtual clock advances itself instead of
 * waiting. A host that must not block (a browser page) uses {@link #SUSPEND}: the run then suspends with status
 * SLEEPING and the host resumes it when the time has passed.
 */
public interface Sleeper {
    /** Suspends the run instead of sleeping. */
    Sleeper SUSPEND = new Sleeper() {
        @Override
        public void sleep(long nanos) {
            throw new IllegalStateException("Sleeper.SUSPEND does not sleep");
        }

        @Override
        public boolean canBlock() {
            return false;
        }
    };

    void sleep(long nanos);

    /** False when the run should suspend rather than call {@link #sleep}. */
    default boolean canBlock() {
        return true;
    }
}
