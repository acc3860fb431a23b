package dev.teawasi.wasi.fd;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import java.util.ArrayList;
import java.util.List;

/** The guest's file descriptors: stdio at 0-2, preopens from 3, new descriptors at the lowest free number. */
public final class FdTable {
    /** Open descriptors allowed at once (EMFILE beyond). */
    public static final int MAX_FDS = 16384;

    private final List<Descriptor> fds = new ArrayList<>();

    /** The descriptor, or EBADF. */
    public Descriptor get(int fd) {
        Descriptor d = fd >= 0 && fd < fds.size() ? fds.get(fd) : null;
        if (d == null) {
            throw new ErrnoException(Errno.BADF, "fd " + fd);
        }
        return d;
    }

    /** The descriptor, or null. */
    public Descriptor peek(int fd) {
        return fd >= 0 && fd < fds.size() ? fds.get(fd) : null;
    }

    /** Installs d at the lowest free number. */
    public int add(Descriptor d) {
        for (int i = 0; i < fds.size(); i++) {
            if (fds.get(i) == null) {
                fds.set(i, d);
                return i;
            }
        }
        if (fds.size() >= MAX_FDS) {
            throw new ErrnoException(Errno.MFILE);
        }
        fds.add(d);
        return fds.size() - 1;
    }

    public void close(int fd) {
        Descriptor d = get(fd);
        fds.set(fd, null);
        d.closed();
    }

    /** fd_renumber: closes to and moves from there; both must be open. */
    public void renumber(int from, int to) {
        Descriptor d = get(from);
        Descriptor old = get(to);
        if (from == to) {
            return;
        }
        fds.set(to, d);
        fds.set(from, null);
        old.closed();
    }

    /** Highest fd number in use + 1. */
    public int limit() {
        return fds.size();
    }
}
