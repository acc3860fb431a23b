package dev.teawasi.demo;

import dev.teawasi.web.cli.HostFileException;
import dev.teawasi.web.cli.HostFiles;
import dev.teawasi.web.cli.HostStat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@link HostFiles} with java.nio for the JVM command line (node's are cli/host-files.mjs). */
final class NioHostFiles implements HostFiles {
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<Integer, FileChannel> open = new HashMap<>();
    private int nextHandle = 1;

    @Override
    public HostStat lstat(String path) throws HostFileException {
        return stat(path, NOFOLLOW);
    }

    @Override
    public HostStat stat(String path) throws HostFileException {
        return stat(path, new LinkOption[0]);
    }

    private static HostStat stat(String path, LinkOption[] follow) throws HostFileException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(Path.of(path), BasicFileAttributes.class, follow);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw failure(e);
        }
        char kind = a.isDirectory()
                ? 'd'
                : a.isRegularFile() ? 'f' : a.isSymbolicLink() ? 'l' : isFifo(Path.of(path), follow) ? 'p' : 'o';
        Object key = a.fileKey();
        return new HostStat(
                kind,
                a.size(),
                a.lastAccessTime().to(TimeUnit.NANOSECONDS),
                a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? null : key.toString());
    }

    @Override
    public String readlink(String path) throws HostFileException {
        try {
            return Files.readSymbolicLink(Path.of(path)).toString();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public List<String> list(String dir) throws HostFileException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(dir))) {
            for (Path c : s) {
                out.add(c.getFileName().toString());
            }
        } catch (IOException e) {
            throw failure(e);
        }
        return out;
    }

    @Override
    public String realpath(String path) throws HostFileException {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int read(String path, long pos, byte[] dst, int off, int len) throws HostFileException {
        try (FileChannel ch = FileChannel.open(Path.of(path), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buf = ByteBuffer.wrap(dst, off, len);
            int done = 0;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, pos + done);
                if (n < 0) {
                    break;
                }
                done += n;
            }
            return done;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int openRead(String path) throws HostFileException {
        try {
            open.put(nextHandle, FileChannel.open(Path.of(path), StandardOpenOption.READ));
            return nextHandle++;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int readNext(int handle, byte[] dst, int off, int len) throws HostFileException {
        try {
            int n = open.get(handle).read(ByteBuffer.wrap(dst, off, len));
            return Math.max(n, 0);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int createNew(String path) throws HostFileException {
        try {
            FileChannel ch = FileChannel.open(
                    Path.of(path), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            open.put(nextHandle, ch);
            return nextHandle++;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void write(int handle, byte[] src, int off, int len) throws HostFileException {
        try {
            ByteBuffer bb = ByteBuffer.wrap(src, off, len);
            FileChannel ch = open.get(handle);
            while (bb.hasRemaining()) {
                ch.write(bb);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close(int handle, boolean sync) throws HostFileException {
        try (FileChannel ch = open.remove(handle)) {
            if (sync) {
                ch.force(true);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void mkdir(String path) throws HostFileException {
        try {
            Files.createDirectory(Path.of(path));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void symlink(String target, String path) throws HostFileException {
        try {
            Files.createSymbolicLink(Path.of(path), Path.of(target));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void link(String existing, String path) throws HostFileException {
        try {
            Files.createLink(Path.of(path), Path.of(existing));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void rename(String from, String to) throws HostFileException {
        try {
            Files.move(Path.of(from), Path.of(to), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void remove(String path) throws HostFileException {
        try {
            Files.delete(Path.of(path));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void copyMode(String from, String to) {
        try {
            PosixFileAttributeView v =
                    Files.getFileAttributeView(Path.of(from), PosixFileAttributeView.class, NOFOLLOW);
            if (v != null) {
                Files.setPosixFilePermissions(Path.of(to), v.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // the content matters; permissions are kept where the platform can
        }
    }

    @Override
    public void setTimes(String path, long atimNanos, long mtimNanos) {
        try {
            Files.getFileAttributeView(Path.of(path), BasicFileAttributeView.class, NOFOLLOW)
                    .setTimes(
                            FileTime.from(mtimNanos, TimeUnit.NANOSECONDS),
                            FileTime.from(atimNanos, TimeUnit.NANOSECONDS),
                            null);
        } catch (IOException | UnsupportedOperationException ignored) {
            // times of symlinks cannot be set on every platform; the content is what matters
        }
    }

    @Override
    public String randomHex() {
        return Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
    }

    /** The errno name where java.nio tells it, and the system's reason text (as the old demo code printed). */
    private static HostFileException failure(IOException e) {
        String code = e instanceof NoSuchFileException
                ? "ENOENT"
                : e instanceof DirectoryNotEmptyException
                        ? "ENOTEMPTY"
                        : e instanceof FileAlreadyExistsException
                                ? "EEXIST"
                                : e instanceof AccessDeniedException
                                        ? "EACCES"
                                        : e instanceof NotDirectoryException ? "ENOTDIR" : "";
        String reason = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ((FileSystemException) e).getReason()
                : e.getMessage() != null ? e.getMessage() : e.toString();
        return new HostFileException(code, reason);
    }

    private static boolean isFifo(Path file, LinkOption[] follow) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode", follow);
            return mode instanceof Integer && (((Integer) mode) & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
