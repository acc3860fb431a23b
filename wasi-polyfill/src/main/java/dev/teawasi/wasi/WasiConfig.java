package dev.teawasi.wasi;

import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.wasi.host.ByteArrayInput;
import dev.teawasi.wasi.host.Clock;
import dev.teawasi.wasi.host.InputSource;
import dev.teawasi.wasi.host.NullOutput;
import dev.teawasi.wasi.host.OutputSink;
import dev.teawasi.wasi.host.RandomSource;
import dev.teawasi.wasi.host.SeededRandom;
import dev.teawasi.wasi.host.Sleeper;
import dev.teawasi.wasi.host.SystemClock;
import dev.teawasi.wasi.host.VirtualClock;
import dev.teawasi.wasi.vfs.DirectoryNode;
import dev.teawasi.wasi.vfs.Vfs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a WASI run sees: arguments, environment, preopened directories, stdio, clocks, randomness and limits.
 * Immutable; build with {@link #builder()}. Defaults: no args, no env, no preopens, empty stdin (EOF), stdout and
 * stderr discarded, the system clock, a time-seeded (non-cryptographic) random source, no fuel limit.
 * {@link Builder#deterministic()} switches to a virtual clock and a fixed seed.
 */
public final class WasiConfig {
    /** A directory the guest gets as a preopened descriptor, announced under guestPath. */
    public static final class Preopen {
        public final String guestPath;
        public final DirectoryNode dir;

        Preopen(String guestPath, DirectoryNode dir) {
            this.guestPath = guestPath;
            this.dir = dir;
        }
    }

    private final List<String> args;
    private final List<String> env;
    private final List<Preopen> preopens;
    private final Vfs vfs;
    private final InputSource stdin;
    private final OutputSink stdout;
    private final OutputSink stderr;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomSource random;
    private final long fuel;
    private final EngineConfig engineConfig;
    private final boolean stdioTerminal;

    private WasiConfig(Builder b) {
        args = Collections.unmodifiableList(new ArrayList<>(b.args));
        env = Collections.unmodifiableList(new ArrayList<>(b.env));
        preopens = Collections.unmodifiableList(new ArrayList<>(b.preopens));
        vfs = b.vfs;
        stdin = b.stdin;
        stdout = b.stdout;
        stderr = b.stderr;
        clock = b.clock;
        sleeper = b.sleeper;
        random = b.random;
        fuel = b.fuel;
        engineConfig = b.engineConfig;
        stdioTerminal = b.stdioTerminal;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** argv, argv[0] included. */
    public List<String> args() {
        return args;
    }

    /** "KEY=VALUE" strings in the order added. */
    public List<String> env() {
        return env;
    }

    public List<Preopen> preopens() {
        return preopens;
    }

    /** The file system the preopens added by guest path alone live in. */
    public Vfs vfs() {
        return vfs;
    }

    public InputSource stdin() {
        return stdin;
    }

    public OutputSink stdout() {
        return stdout;
    }

    public OutputSink stderr() {
        return stderr;
    }

    public Clock clock() {
        return clock;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    public RandomSource random() {
        return random;
    }

    /** Instruction budget of a run; -1 for none. */
    public long fuel() {
        return fuel;
    }

    public EngineConfig engineConfig() {
        return engineConfig;
    }

    /** Whether stdio reports itself as a terminal (CHARACTER_DEVICE) or as UNKNOWN (pipe or file). */
    public boolean stdioTerminal() {
        return stdioTerminal;
    }

    public static final class Builder {
        private final List<String> args = new ArrayList<>();
        private final List<String> env = new ArrayList<>();
        private final List<Preopen> preopens = new ArrayList<>();
        private Vfs vfs;
        private InputSource stdin = ByteArrayInput.empty();
        private OutputSink stdout = new NullOutput();
        private OutputSink stderr = new NullOutput();
        private Clock clock;
        private Sleeper sleeper;
        private RandomSource random;
        private long fuel = -1;
        private EngineConfig engineConfig = new EngineConfig();
        private boolean stdioTerminal = true;

        private Builder() {}

        /** Appends arguments (the first one is argv[0], conventionally the program name). */
        public Builder args(String... values) {
            Collections.addAll(args, values);
            return this;
        }

        public Builder args(List<String> values) {
            args.addAll(values);
            return this;
        }

        /** Adds an environment variable (added in order; a repeated key is passed twice, as the host gave it). */
        public Builder env(String key, String value) {
            if (key.isEmpty() || key.indexOf('=') >= 0) {
                throw new IllegalArgumentException("bad environment variable name '" + key + "'");
            }
            env.add(key + "=" + value);
            return this;
        }

        /** The file system for {@link #preopen(String)}; default: a new, empty one. */
        public Builder vfs(Vfs v) {
            vfs = v;
            return this;
        }

        /** The Vfs preopens by path go into (created on first use). Populate it before building. */
        public Vfs vfs() {
            if (vfs == null) {
                vfs = new Vfs();
            }
            return vfs;
        }

        /** Preopens the directory guestPath of {@link #vfs()} (created if missing) under the same guest path. */
        public Builder preopen(String guestPath) {
            return preopen(guestPath, vfs().mkdirs(guestPath));
        }

        /** Preopens the directory vfsPath of {@link #vfs()} under guestPath. */
        public Builder preopen(String guestPath, String vfsPath) {
            return preopen(guestPath, vfs().mkdirs(vfsPath));
        }

        /** Preopens an existing directory (of any Vfs) under guestPath. */
        public Builder preopen(String guestPath, DirectoryNode dir) {
            preopens.add(new Preopen(guestPath, dir));
            return this;
        }

        public Builder stdin(InputSource s) {
            stdin = s;
            return this;
        }

        public Builder stdout(OutputSink s) {
            stdout = s;
            return this;
        }

        public Builder stderr(OutputSink s) {
            stderr = s;
            return this;
        }

        /** The clock; if it also implements Sleeper it is the default sleeper. */
        public Builder clock(Clock c) {
            clock = c;
            return this;
        }

        public Builder sleeper(Sleeper s) {
            sleeper = s;
            return this;
        }

        public Builder random(RandomSource r) {
            random = r;
            return this;
        }

        /** A virtual clock (time moves only when the guest sleeps) and random seeded with 0. */
        public Builder deterministic() {
            VirtualClock c = new VirtualClock();
            clock = c;
            sleeper = c;
            random = new SeededRandom(0);
            return this;
        }

        /** Instruction budget of a run (-1: unlimited); a run that uses it up ends with OUT_OF_FUEL. */
        public Builder fuel(long f) {
            fuel = f;
            return this;
        }

        /**
         * Default true: stdin/stdout/stderr are CHARACTER_DEVICEs, so isatty() is true in the guest and wasi-libc
         * line-buffers stdout. A CLI whose stdio is redirected passes false (filetype UNKNOWN, as wasmtime reports
         * for pipes and files), so the guest buffers fully.
         */
        public Builder stdioTerminal(boolean terminal) {
            stdioTerminal = terminal;
            return this;
        }

        public Builder engineConfig(EngineConfig c) {
            engineConfig = c;
            return this;
        }

        public WasiConfig build() {
            if (clock == null) {
                clock = new SystemClock();
            }
            if (sleeper == null) {
                sleeper = clock instanceof Sleeper ? (Sleeper) clock : new SystemClock();
            }
            if (random == null) {
                random = new SeededRandom(System.currentTimeMillis() * 31 + System.nanoTime());
            }
            vfs();
            return new WasiConfig(this);
        }
    }
}
