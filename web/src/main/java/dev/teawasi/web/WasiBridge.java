package dev.teawasi.web;

import static dev.teawasi.web.JsObjects.isNullish;
import static dev.teawasi.web.JsObjects.string;

import dev.teawasi.wasi.WasiConfig;
import dev.teawasi.wasi.WasiFunctions;
import dev.teawasi.wasi.WasiState;
import dev.teawasi.wasi.abi.AbiVersion;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.host.Clock;
import dev.teawasi.wasi.host.InputSource;
import dev.teawasi.wasi.host.OutputSink;
import dev.teawasi.wasi.host.RandomSource;
import dev.teawasi.wasi.host.Sleeper;
import dev.teawasi.wasi.host.VirtualClock;
import dev.teawasi.wasi.vfs.Vfs;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Builds a {@link WasiHost} from options that wasi.js has already checked and normalised (see there): the Java WASI
 * layer of wasi-polyfill with JS host services. The run never sleeps or blocks in Java: sleeps and reads of
 * stdin that has nothing yet come back as "would block" and wasi.js decides how to wait.
 */
final class WasiBridge {
    private WasiBridge() {}

    /** Returns a chunk of stdin: up to max bytes, an empty array when nothing is ready yet, null at end of input. */
    @JSFunctor
    interface StdinRead extends JSObject {
        Int8Array read(int max);
    }

    /** Bytes stdin can give without waiting; -1 at end of input. */
    @JSFunctor
    interface StdinAvailable extends JSObject {
        int available();
    }

    /** Receives output bytes: bytes[off..off+len) of a scratch buffer, which the callee copies to keep. */
    @JSFunctor
    interface Write extends JSObject {
        void write(Int8Array bytes, int off, int len);
    }

    /** Fills the array with random bytes. */
    @JSFunctor
    interface Fill extends JSObject {
        void fill(Int8Array bytes);
    }

    /** Nanoseconds of a WASI clock (0 realtime, 1 monotonic, 2 process CPU, 3 thread CPU), as a BigInt. */
    @JSFunctor
    interface Now extends JSObject {
        long now(int clockId);
    }

    /**
     * options: {version: 'preview1'|'unstable', args: string[], env: string[] ("K=V"), preopens: [guest, fsPath][],
     * stdinRead, stdinAvailable, stdout, stderr: functions, random: function|null, clock: function|'virtual'|null,
     * terminal: boolean}.
     */
    static WasiHost create(JSObject o, Vfs vfs) {
        WasiConfig.Builder b = WasiConfig.builder();
        int n = length(o, "args");
        for (int i = 0; i < n; i++) {
            b.args(stringAt(o, "args", i));
        }
        n = length(o, "env");
        for (int i = 0; i < n; i++) {
            String kv = stringAt(o, "env", i);
            int eq = kv.indexOf('=');
            b.env(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Clock clock;
        if (isString(o, "clock")) {
            // deterministic: time moves only when the guest sleeps, and sleeping moves it (no real waiting)
            VirtualClock v = new VirtualClock();
            clock = v;
            b.sleeper(v);
        } else {
            b.sleeper(Sleeper.SUSPEND);
            Now now = now(o);
            clock = now == null ? new JsSystemClock() : new JsClock(now);
        }
        b.clock(clock);
        b.vfs(vfs);
        n = length(o, "preopens");
        for (int i = 0; i < n; i++) {
            String guest = pairAt(o, i, 0);
            String path = pairAt(o, i, 1);
            try {
                b.preopen(guest, vfs.mkdirs(path));
            } catch (ErrnoException e) {
                throwTypeError("preopens['" + guest + "']: '" + path + "' is not a directory of the file system ("
                        + e.getMessage() + ")");
            }
        }
        b.stdin(new JsStdin(read(o), available(o)));
        b.stdout(new JsOutput(write(o, "stdout")));
        b.stderr(new JsOutput(write(o, "stderr")));
        Fill fill = fill(o);
        if (fill != null) {
            b.random(new JsRandom(fill));
        }
        b.stdioTerminal(truthy(o, "terminal"));
        WasiState state = new WasiState(b.build());
        AbiVersion abi = "unstable".equals(string(o, "version")) ? AbiVersion.SNAPSHOT0 : AbiVersion.PREVIEW1;
        return new WasiHost(state, new WasiFunctions(state, abi));
    }

    private static final class JsStdin implements InputSource {
        private final StdinRead read;
        private final StdinAvailable available;

        JsStdin(StdinRead read, StdinAvailable available) {
            this.read = read;
            this.available = available;
        }

        @Override
        public int read(byte[] dst, int off, int len) {
            Int8Array got = read.read(len);
            if (isNullish(got)) {
                return EOF;
            }
            int n = Math.min(lengthOf(got), len);
            if (n == 0) {
                return NOT_READY;
            }
            copyInto(Int8Array.fromJavaArray(dst), off, got, n);
            return n;
        }

        @Override
        public int available() {
            int a = available.available();
            return a < 0 ? EOF : a;
        }
    }

    private static final class JsOutput implements OutputSink {
        private final Write write;

        JsOutput(Write write) {
            this.write = write;
        }

        @Override
        public void write(byte[] src, int off, int len) {
            write.write(Int8Array.fromJavaArray(src), off, len);
        }
    }

    private static final class JsRandom implements RandomSource {
        private final Fill fill;

        JsRandom(Fill fill) {
            this.fill = fill;
        }

        @Override
        public void nextBytes(byte[] dst, int off, int len) {
            fill.fill(sub(Int8Array.fromJavaArray(dst), off, len));
        }
    }

    /** A caller-supplied clock; time only moves when it says so (sleeps wait on real timers in wasi.js). */
    private static final class JsClock implements Clock {
        private final Now now;

        JsClock(Now now) {
            this.now = now;
        }

        @Override
        public long realtimeNanos() {
            return now.now(0);
        }

        @Override
        public long monotonicNanos() {
            return now.now(1);
        }

        @Override
        public long processCpuNanos() {
            return now.now(2);
        }

        @Override
        public long threadCpuNanos() {
            return now.now(3);
        }

        @Override
        public long resolutionNanos(int clockId) {
            return 1000L;
        }
    }

    /** A real TypeError (instanceof TypeError), as the other option errors of wasi.js. */
    @JSBody(params = "m", script = "throw new TypeError(m);")
    private static native void throwTypeError(String message);

    @JSBody(
            params = {"a", "o", "n"},
            script = "return a.subarray(o, o + n);")
    private static native Int8Array sub(Int8Array a, int off, int len);

    @JSBody(
            params = {"d", "o", "s", "n"},
            script = "d.set(n === s.length ? s : s.subarray(0, n), o);")
    private static native void copyInto(Int8Array dst, int off, Int8Array src, int n);

    @JSBody(
            params = {"o", "k"},
            script = "return o[k].length;")
    private static native int length(JSObject o, String k);

    @JSBody(
            params = {"o", "k", "i"},
            script = "return o[k][i];")
    private static native String stringAt(JSObject o, String k, int i);

    @JSBody(
            params = {"o", "i", "j"},
            script = "return o.preopens[i][j];")
    private static native String pairAt(JSObject o, int i, int j);

    @JSBody(
            params = {"o", "k"},
            script = "return typeof o[k] === 'string';")
    private static native boolean isString(JSObject o, String k);

    @JSBody(
            params = {"o", "k"},
            script = "return !!o[k];")
    private static native boolean truthy(JSObject o, String k);

    @JSBody(params = "a", script = "return a.length;")
    private static native int lengthOf(Int8Array a);

    @JSBody(params = "o", script = "return typeof o.clock === 'function' ? o.clock : null;")
    private static native Now now(JSObject o);

    @JSBody(params = "o", script = "return o.stdinRead;")
    private static native StdinRead read(JSObject o);

    @JSBody(params = "o", script = "return o.stdinAvailable;")
    private static native StdinAvailable available(JSObject o);

    @JSBody(
            params = {"o", "k"},
            script = "return o[k];")
    private static native Write write(JSObject o, String k);

    @JSBody(params = "o", script = "return typeof o.random === 'function' ? o.random : null;")
    private static native Fill fill(JSObject o);
}
