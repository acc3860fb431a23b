package dev.teawasi.engine.internal.platform;

/** The platform the engine runs on: the installed one, else {@link JavaPlatform}; fixed when first read. */
public final class CurrentPlatform {
    public static final Platform PLATFORM = Installation.fix();

    private CurrentPlatform() {}
}
