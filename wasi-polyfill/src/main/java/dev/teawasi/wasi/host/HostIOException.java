package dev.teawasi.wasi.host;

/** A host stream failed (closed pipe, I/O error); the guest's call gets EIO instead of the run failing. */
public class HostIOException extends RuntimeException {
    public HostIOException(String message, Throwable cause) {
        super(message);
        if (cause != null) {
            initCause(cause);
        }
    }
}
