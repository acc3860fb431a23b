package dev.teawasi.wasi.abi;

/** A failed file-system or WASI operation, carrying the WASI errno the guest sees. */
public class ErrnoException extends RuntimeException {
    private final int errno;

    public ErrnoException(int errno) {
        this(errno, null);
    }

    public ErrnoException(int errno, String detail) {
        super(detail == null ? Errno.name(errno) : Errno.name(errno) + ": " + detail);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
