package dev.teawasi.engine.internal.platform;

/**
 * The platform asked for before the engine started, then fixed. Apart from {@link CurrentPlatform} so that
 * installing does not initialise (and so fix) the constant the engine reads.
 */
final class Installation {
    private static Platform requested;
    private static boolean fixed;

    private Installation() {}

    static void install(Platform platform) {
        if (platform == null) {
            throw new IllegalArgumentException("platform is null");
        }
        if (fixed) {
            if (CurrentPlatform.PLATFORM == platform) {
                return;
            }
            throw new IllegalStateException("the engine has already started on " + CurrentPlatform.PLATFORM
                    + "; install the platform before the engine runs");
        }
        if (requested != null && requested != platform) {
            throw new IllegalStateException("a platform is already installed: " + requested);
        }
        requested = platform;
    }

    static Platform fix() {
        fixed = true;
        return requested != null ? requested : new JavaPlatform();
    }
}
