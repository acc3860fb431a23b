package dev.teawasi.engine.internal.runtime;

/** A module's imports could not be satisfied: unknown import, or an import of the wrong kind or type. */
public class LinkException extends RuntimeException {
    public LinkException(String message) {
        super(message);
    }
}
