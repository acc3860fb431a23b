package dev.teawasi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a .wasm file with a size limit: a regular file or a pipe, never a device (/dev/zero as a module would never
 * end) and never more than the limit. Messages are one line, the same as cli/module-file.mjs prints on node.
 */
final class ModuleFile {
    /** Default limit of a module file for run and sections. */
    static final long DEFAULT_LIMIT = dev.teawasi.web.cli.RunOptions.DEFAULT_MODULE_BYTES;

    private ModuleFile() {}

    /** The bytes, or an IOException whose message says why not (without the file name). */
    static byte[] read(Path file, long limit) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file " + file);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        }
        if (a.isDirectory()) {
            throw new IOException("is a directory");
        }
        if (a.isRegularFile() && a.size() > limit) {
            throw tooLarge(limit);
        }
        if (!a.isRegularFile() && !isFifo(file)) {
            throw new IOException("not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (b.length > limit) {
                throw tooLarge(limit);
            }
            return b;
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        }
    }

    private static IOException tooLarge(long limit) {
        return new IOException("larger than the module size limit of " + limit + " bytes");
    }

    private static boolean isFifo(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            return mode instanceof Integer && (((Integer) mode) & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
