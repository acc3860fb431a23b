package dev.teawasi.wasi;

import dev.teawasi.wasi.abi.Rights;
import dev.teawasi.wasi.fd.DirectoryDescriptor;
import dev.teawasi.wasi.fd.FdTable;
import dev.teawasi.wasi.fd.InputDescriptor;
import dev.teawasi.wasi.fd.OutputDescriptor;
import dev.teawasi.wasi.host.Clock;
import dev.teawasi.wasi.host.OutputSink;
import dev.teawasi.wasi.host.RandomSource;
import dev.teawasi.wasi.host.Sleeper;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The state one guest's WASI functions share, whichever snapshot module they are imported from: descriptors,
 * args, environment and host services.
 */
public final class WasiState {
    final FdTable fds = new FdTable();
    final byte[][] args;
    final byte[][] env;
    final Clock clock;
    final Sleeper sleeper;
    final RandomSource random;
    final OutputSink stdout;
    final OutputSink stderr;

    public WasiState(WasiConfig config) {
        args = utf8(config.args());
        env = utf8(config.env());
        clock = config.clock();
        sleeper = config.sleeper();
        random = config.random();
        stdout = config.stdout();
        stderr = config.stderr();
        fds.add(new InputDescriptor(config.stdin(), config.stdioTerminal()));
        fds.add(new OutputDescriptor(config.stdout(), config.stdioTerminal()));
        fds.add(new OutputDescriptor(config.stderr(), config.stdioTerminal()));
        config.vfs().setClock(clock);
        for (WasiConfig.Preopen p : config.preopens()) {
            p.dir.vfs().setClock(clock);
            fds.add(new DirectoryDescriptor(
                    p.dir, p.guestPath, Rights.DIRECTORY, Rights.DIRECTORY | Rights.REGULAR_FILE));
        }
    }

    // A poll_oneoff suspended for its clock: the call's identity and when it first ran (monotonic), so the retry
    // after resume measures relative timeouts from the first attempt, and the deadline the host should wake at.
    private int pollIn = -1;
    private int pollOut;
    private int pollCount;
    private long pollStart;
    private long wakeAt;
    private boolean sleeping;

    /** Monotonic time at which the pending poll was first called, or now when this is a new poll. */
    long pollStart(int in, int out, int n, long now) {
        if (in == pollIn && out == pollOut && n == pollCount) {
            return pollStart;
        }
        pollIn = in;
        pollOut = out;
        pollCount = n;
        pollStart = now;
        sleeping = false;
        return now;
    }

    void pollSleeping(long wakeAtMonotonic) {
        sleeping = true;
        wakeAt = wakeAtMonotonic;
    }

    void pollDone() {
        pollIn = -1;
        sleeping = false;
    }

    /** Nanoseconds until a run suspended in poll_oneoff's clock wait should be resumed, or -1 if it is not. */
    public long sleepNanos() {
        return sleeping ? Math.max(0, wakeAt - clock.monotonicNanos()) : -1;
    }

    public FdTable fds() {
        return fds;
    }

    /** Flushes stdout and stderr (at the end of a run). */
    public void flush() {
        try {
            stdout.flush();
            stderr.flush();
        } catch (dev.teawasi.wasi.host.HostIOException e) {
            // the run is over; a closed output stream has nothing left to report to
        }
    }

    private static byte[][] utf8(List<String> strings) {
        byte[][] out = new byte[strings.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
