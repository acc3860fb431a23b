package dev.teawasi.web.cli;

/** A failed host file operation: the errno name ("ENOSPC", or "" when unknown) and the system's reason text. */
public final class HostFileException extends Exception {
    private final String code;

    public HostFileException(String code, String reason) {
        super(reason);
        this.code = code == null ? "" : code;
    }

    public String code() {
        return code;
    }
}
