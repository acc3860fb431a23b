package dev.teawasi.engine;

/** The project version, shared by the JVM CLI and the JavaScript build. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {}
}
