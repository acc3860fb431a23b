package dev.teawasi.web.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a .wasm (or spec-test script) file with a size limit: a regular file or a pipe, never a device (/dev/zero as a
 * module would never end) and never more than the limit. The JVM and the node command line both read module files
 * here, over their {@link HostFiles}, so they refuse the same files with the same messages.
 */
public final class ModuleFile {
    /** Default limit of a module file for run and sections. */
    public static final long DEFAULT_LIMIT = RunOptions.DEFAULT_MODULE_BYTES;

    private static final int CHUNK = 1 << 20;

    private ModuleFile() {}

    /** The bytes, or a ModuleFileException whose message says why not (naming the file only when it is missing). */
    public static byte[] read(HostFiles files, String path, long limit) throws ModuleFileException {
        HostStat a;
        try {
            a = files.stat(path);
        } catch (HostFileException e) {
            throw refusal(e, path);
        }
        if (a == null) {
            throw new ModuleFileException("no such file " + path);
        }
        if (a.kind == 'd') {
            throw new ModuleFileException("is a directory");
        }
        if (a.kind == 'f' && a.size > limit) {
            throw tooLarge(limit);
        }
        if (a.kind != 'f' && a.kind != 'p') {
            throw new ModuleFileException("not a regular file");
        }
        int handle;
        try {
            handle = files.openRead(path);
        } catch (HostFileException e) {
            throw refusal(e, path);
        }
        try {
            return readAll(files, handle, limit);
        } finally {
            try {
                files.close(handle, false);
            } catch (HostFileException e) {
                // the bytes are read; a failing close of a read-only handle changes nothing
            }
        }
    }

    private static byte[] readAll(HostFiles files, int handle, long limit) throws ModuleFileException {
        List<byte[]> chunks = new ArrayList<>();
        long total = 0;
        int last = 0;
        for (; ; ) {
            byte[] chunk = new byte[(int) Math.min(CHUNK, limit + 1 - total)];
            int n;
            try {
                n = readFully(files, handle, chunk);
            } catch (HostFileException e) {
                throw new ModuleFileException(e.getMessage());
            }
            total += n;
            if (total > limit) {
                throw tooLarge(limit);
            }
            if (n > 0) {
                chunks.add(chunk);
                last = n;
            }
            if (n < chunk.length) {
                break;
            }
        }
        byte[] out = new byte[(int) total];
        int at = 0;
        for (int i = 0; i < chunks.size(); i++) {
            int len = i == chunks.size() - 1 ? last : chunks.get(i).length;
            System.arraycopy(chunks.get(i), 0, out, at, len);
            at += len;
        }
        return out;
    }

    /** Fills dst unless the file ends first; returns the count. */
    private static int readFully(HostFiles files, int handle, byte[] dst) throws HostFileException {
        int done = 0;
        while (done < dst.length) {
            int n = files.readNext(handle, dst, done, dst.length - done);
            if (n <= 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    private static ModuleFileException refusal(HostFileException e, String path) {
        switch (e.code()) {
            case "ENOENT":
            case "ENOTDIR":
            case "ELOOP":
                return new ModuleFileException("no such file " + path);
            case "EACCES":
            case "EPERM":
                return new ModuleFileException("permission denied");
            default:
                return new ModuleFileException(e.getMessage());
        }
    }

    private static ModuleFileException tooLarge(long limit) {
        return new ModuleFileException("larger than the module size limit of " + limit + " bytes");
    }
}
