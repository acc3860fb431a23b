package dev.teawasi.wasi;

import dev.teawasi.wasi.abi.AbiVersion;
import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.abi.Flags;
import dev.teawasi.wasi.abi.Rights;
import dev.teawasi.wasi.fd.Descriptor;
import dev.teawasi.wasi.fd.DirectoryDescriptor;
import dev.teawasi.wasi.fd.FileDescriptor;
import dev.teawasi.wasi.fd.InputDescriptor;
import dev.teawasi.wasi.host.InputSource;

/**
 * One poll_oneoff call. Regular files and output streams are always ready; stdin is ready when its source has
 * data or is at EOF (reported with the hangup flag). With nothing ready, the call sleeps (through the embedder's
 * Sleeper) until the earliest clock subscription; with no clock subscription and stdin not ready, it returns
 * {@link Errno#WOULD_BLOCK} so the run suspends until input arrives.
 */
final class Poll {
    private final WasiFunctions fns;
    private final WasiState st;
    private final AbiVersion abi;
    private final GuestMemory m;

    Poll(WasiFunctions fns, WasiState st, AbiVersion abi, GuestMemory m) {
        this.fns = fns;
        this.st = st;
        this.abi = abi;
        this.m = m;
    }

    private static final int PENDING = -1;

    int run(int in, int out, int n, int neventsPtr) {
        int r;
        try {
            r = poll(in, out, n, neventsPtr);
        } catch (RuntimeException e) {
            st.pollDone();
            throw e;
        }
        if (r != Errno.WOULD_BLOCK) {
            st.pollDone();
        }
        return r;
    }

    private int poll(int in, int out, int n, int neventsPtr) {
        if (n <= 0) {
            return Errno.INVAL;
        }
        if (n > 65536) {
            return Errno.INVAL;
        }
        m.loadI32(neventsPtr);
        long mono = st.clock.monotonicNanos();
        // relative timeouts count from the first attempt of this call (it is retried after a suspension)
        long elapsed = mono - st.pollStart(in, out, n, mono);
        long[] userdata = new long[n];
        int[] type = new int[n];
        long[] delay = new long[n]; // clocks: nanoseconds until the deadline
        int[] error = new int[n];
        long[] nbytes = new long[n];
        int[] rwflags = new int[n];
        boolean[] ready = new boolean[n];
        boolean anyReady = false;
        boolean anyClock = false;
        long minDelay = Long.MAX_VALUE;
        int size = abi.subscriptionSize;
        for (int i = 0; i < n; i++) {
            int s = in + i * size;
            userdata[i] = m.loadI64(s);
            type[i] = m.loadU8(s + 8);
            switch (type[i]) {
                case Flags.EVENT_CLOCK: {
                    int c = abi.clockIdOffset() + s;
                    int id = m.loadI32(c);
                    long timeout = m.loadI64(c + 8);
                    int flags = m.loadU16(c + 24);
                    long now;
                    try {
                        now = fns.clockNow(id);
                    } catch (ErrnoException e) {
                        error[i] = e.errno();
                        ready[i] = true;
                        anyReady = true;
                        break;
                    }
                    long d = (flags & Flags.SUBSCRIPTION_CLOCK_ABSTIME) != 0 ? timeout - now : timeout;
                    if ((flags & Flags.SUBSCRIPTION_CLOCK_ABSTIME) == 0) {
                        d = timeout < 0 ? Long.MAX_VALUE : timeout - elapsed; // a u64 beyond 2^63 ns: never
                    }
                    delay[i] = d;
                    anyClock = true;
                    minDelay = Math.min(minDelay, d);
                    break;
                }
                case Flags.EVENT_FD_READ:
                case Flags.EVENT_FD_WRITE:
                    checkFd(i, m.loadI32(s + 16), type[i] == Flags.EVENT_FD_READ, error, nbytes, rwflags, ready);
                    anyReady |= ready[i];
                    break;
                default:
                    return Errno.INVAL;
            }
        }
        if (!anyReady) {
            if (!anyClock) {
                return Errno.WOULD_BLOCK;
            }
            if (minDelay > 0) {
                if (!st.sleeper.canBlock()) {
                    st.pollSleeping(mono + minDelay);
                    return Errno.WOULD_BLOCK;
                }
                st.sleeper.sleep(minDelay);
            }
            for (int i = 0; i < n; i++) {
                if (type[i] == Flags.EVENT_CLOCK) {
                    ready[i] = delay[i] <= minDelay;
                } else if (type[i] == Flags.EVENT_FD_READ) {
                    // stdin may have data now
                    checkFd(i, m.loadI32(in + i * size + 16), true, error, nbytes, rwflags, ready);
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (type[i] == Flags.EVENT_CLOCK && error[i] == 0 && delay[i] <= 0) {
                    ready[i] = true;
                }
            }
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!ready[i]) {
                continue;
            }
            int e = out + count * AbiVersion.EVENT_SIZE;
            m.fill(e, AbiVersion.EVENT_SIZE, (byte) 0);
            m.storeI64(e, userdata[i]);
            m.storeU16(e + 8, error[i]);
            m.storeU8(e + 10, type[i]);
            if (type[i] != Flags.EVENT_CLOCK) {
                m.storeI64(e + 16, nbytes[i]);
                m.storeU16(e + 24, rwflags[i]);
            }
            count++;
        }
        m.storeI32(neventsPtr, count);
        return Errno.SUCCESS;
    }

    private void checkFd(int i, int fd, boolean read, int[] error, long[] nbytes, int[] rwflags, boolean[] ready) {
        Descriptor d = st.fds.peek(fd);
        if (d == null) {
            error[i] = Errno.BADF;
            ready[i] = true;
            return;
        }
        if (!d.hasRights(Rights.POLL_FD_READWRITE) || !d.hasRights(read ? Rights.FD_READ : Rights.FD_WRITE)) {
            error[i] = d instanceof DirectoryDescriptor ? Errno.BADF : Errno.NOTCAPABLE;
            ready[i] = true;
            return;
        }
        if (d instanceof FileDescriptor) {
            FileDescriptor f = (FileDescriptor) d;
            nbytes[i] = read ? Math.max(0, f.file().size() - f.position) : 0;
            ready[i] = true;
        } else if (d instanceof InputDescriptor) {
            int a = ((InputDescriptor) d).source().available();
            if (a == InputSource.EOF) {
                nbytes[i] = 0;
                rwflags[i] = Flags.EVENT_FD_READWRITE_HANGUP;
                ready[i] = true;
            } else if (a > 0) {
                nbytes[i] = a;
                ready[i] = true;
            }
        } else {
            ready[i] = true;
        }
    }
}
