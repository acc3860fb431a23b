package dev.teawasi.web;

import static dev.teawasi.web.JsObjects.isNullish;
import static dev.teawasi.web.JsObjects.length;
import static dev.teawasi.web.JsObjects.number;
import static dev.teawasi.web.JsObjects.string;
import static dev.teawasi.web.JsObjects.stringAt;

import dev.teawasi.web.cli.HostFileException;
import dev.teawasi.web.cli.HostFiles;
import dev.teawasi.web.cli.HostStat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * {@link HostFiles} on node: calls the functions of the JS object cli/host-files.mjs makes with node:fs. That
 * object never throws: a failure is left in its {@code error} property ({code, reason}) and checked after each call.
 * Times cross as decimal strings of nanoseconds (a double cannot hold them).
 */
final class JsHostFiles implements HostFiles {
    private final JSObject js;

    JsHostFiles(JSObject js) {
        this.js = js;
    }

    private void check() throws HostFileException {
        String code = errorCode(js);
        if (code != null) {
            throw new HostFileException(code, errorReason(js));
        }
    }

    @Override
    public HostStat lstat(String path) throws HostFileException {
        return toStat(call1(js, "lstat", path));
    }

    @Override
    public HostStat stat(String path) throws HostFileException {
        return toStat(call1(js, "stat", path));
    }

    private HostStat toStat(JSObject o) throws HostFileException {
        check();
        if (isNullish(o)) {
            return null;
        }
        return new HostStat(
                string(o, "kind").charAt(0),
                (long) number(o, "size"),
                Long.parseLong(string(o, "atimeNs")),
                Long.parseLong(string(o, "mtimeNs")),
                string(o, "key"));
    }

    @Override
    public String readlink(String path) throws HostFileException {
        String s = callString(js, "readlink", path);
        check();
        return s;
    }

    @Override
    public List<String> list(String dir) throws HostFileException {
        JSObject names = call1(js, "list", dir);
        check();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < length(names); i++) {
            out.add(stringAt(names, i));
        }
        return out;
    }

    @Override
    public String realpath(String path) throws HostFileException {
        String s = callString(js, "realpath", path);
        check();
        return s;
    }

    @Override
    public int read(String path, long pos, byte[] dst, int off, int len) throws HostFileException {
        Uint8Array got = read0(js, path, (double) pos, len);
        check();
        byte[] b = JsBytes.toJava(got);
        int n = Math.min(b.length, len);
        System.arraycopy(b, 0, dst, off, n);
        return n;
    }

    @Override
    public int openRead(String path) throws HostFileException {
        int fd = openRead0(js, path);
        check();
        return fd;
    }

    @Override
    public int readNext(int handle, byte[] dst, int off, int len) throws HostFileException {
        Uint8Array got = readNext0(js, handle, len);
        check();
        byte[] b = JsBytes.toJava(got);
        int n = Math.min(b.length, len);
        System.arraycopy(b, 0, dst, off, n);
        return n;
    }

    @Override
    public int createNew(String path) throws HostFileException {
        int fd = createNew0(js, path);
        check();
        return fd;
    }

    @Override
    public void write(int handle, byte[] src, int off, int len) throws HostFileException {
        write0(js, handle, JsBytes.toJs(off == 0 && len == src.length ? src : Arrays.copyOfRange(src, off, off + len)));
        check();
    }

    @Override
    public void close(int handle, boolean sync) throws HostFileException {
        close0(js, handle, sync);
        check();
    }

    @Override
    public void mkdir(String path) throws HostFileException {
        call1(js, "mkdir", path);
        check();
    }

    @Override
    public void symlink(String target, String path) throws HostFileException {
        call2(js, "symlink", target, path);
        check();
    }

    @Override
    public void link(String existing, String path) throws HostFileException {
        call2(js, "link", existing, path);
        check();
    }

    @Override
    public void rename(String from, String to) throws HostFileException {
        call2(js, "rename", from, to);
        check();
    }

    @Override
    public void remove(String path) throws HostFileException {
        call1(js, "remove", path);
        check();
    }

    @Override
    public void copyMode(String from, String to) {
        call2(js, "copyMode", from, to);
        errorCode(js);
    }

    @Override
    public void setTimes(String path, long atimNanos, long mtimNanos) {
        setTimes0(js, path, Long.toString(atimNanos), Long.toString(mtimNanos));
        errorCode(js);
    }

    @Override
    public String randomHex() {
        return callString(js, "randomHex", "");
    }

    /** Takes the pending error's code (clearing it), or null. */
    @JSBody(
            params = {"f"},
            script = "var e = f.error; if (e == null) return null; f.lastReason = e.reason;"
                    + " f.error = null; return String(e.code);")
    private static native String errorCode(JSObject f);

    @JSBody(
            params = {"f"},
            script = "return String(f.lastReason);")
    private static native String errorReason(JSObject f);

    @JSBody(
            params = {"f", "name", "a"},
            script = "var r = f[name](a); return r == null ? null : r;")
    private static native JSObject call1(JSObject f, String name, String a);

    @JSBody(
            params = {"f", "name", "a"},
            script = "var r = f[name](a); return r == null ? null : String(r);")
    private static native String callString(JSObject f, String name, String a);

    @JSBody(
            params = {"f", "name", "a", "b"},
            script = "f[name](a, b);")
    private static native void call2(JSObject f, String name, String a, String b);

    @JSBody(
            params = {"f", "p", "pos", "len"},
            script = "var r = f.read(p, pos, len); return r == null ? new Uint8Array(0) : r;")
    private static native Uint8Array read0(JSObject f, String p, double pos, int len);

    @JSBody(
            params = {"f", "p"},
            script = "var r = f.openRead(p); return r == null ? -1 : r;")
    private static native int openRead0(JSObject f, String p);

    @JSBody(
            params = {"f", "fd", "len"},
            script = "var r = f.readNext(fd, len); return r == null ? new Uint8Array(0) : r;")
    private static native Uint8Array readNext0(JSObject f, int fd, int len);

    @JSBody(
            params = {"f", "p"},
            script = "var r = f.createNew(p); return r == null ? -1 : r;")
    private static native int createNew0(JSObject f, String p);

    @JSBody(
            params = {"f", "fd", "b"},
            script = "f.write(fd, b);")
    private static native void write0(JSObject f, int fd, Uint8Array b);

    @JSBody(
            params = {"f", "fd", "sync"},
            script = "f.close(fd, sync);")
    private static native void close0(JSObject f, int fd, boolean sync);

    @JSBody(
            params = {"f", "p", "a", "m"},
            script = "f.setTimes(p, a, m);")
    private static native void setTimes0(JSObject f, String p, String a, String m);
}
