package dev.teawasi.engine;

/**
 * A module could not be instantiated: an import is missing or has the wrong type, or its tables or memories exceed
 * the instance's limits.
 */
public class LinkError extends RuntimeException {
    LinkError(String message, Throwable cause) {
        super(message, cause);
    }
}
