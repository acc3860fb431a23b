package dev.teawasi.web.cli;

import java.util.List;

/**
 * The host file operations the command line needs (`run --dir` loading a directory and writing the guest's changes
 * back, reading module files), so that one copy of that logic ({@link HostMount}, {@link MountWriteBack},
 * {@link ModuleFile}, {@link ScriptModules}) serves the JVM (java.nio, demo's NioHostFiles) and
 * node (node:fs, cli/host-files.mjs through {@code dev.teawasi.web.JsHostFiles}). Paths are host paths with '/'
 * separators; nothing here follows a symlink unless it says so. Failures throw {@link HostFileException} with the
 * operating system's reason ("No space left on device").
 */
public interface HostFiles {
    /** What path holds, never following a symlink; null when nothing is there. */
    HostStat lstat(String path) throws HostFileException;

    /** What path holds after following symlinks (a module file named on a command line); null when nothing is. */
    HostStat stat(String path) throws HostFileException;

    /** A symlink's target text. */
    String readlink(String path) throws HostFileException;

    /** The names in a directory, in any order. */
    List<String> list(String dir) throws HostFileException;

    /** The canonical absolute path of an existing directory (symlinks resolved). */
    String realpath(String path) throws HostFileException;

    /** Reads up to len bytes at pos of a regular file (never through a symlink); fewer only at its end. */
    int read(String path, long pos, byte[] dst, int off, int len) throws HostFileException;

    /**
     * Opens a file to read it from its start, following symlinks (a module file named on a command line); a handle
     * for {@link #readNext} and {@link #close}.
     */
    int openRead(String path) throws HostFileException;

    /** Reads the next bytes of a handle of {@link #openRead}: the count, 0 only at the end (a pipe is waited for). */
    int readNext(int handle, byte[] dst, int off, int len) throws HostFileException;

    /** Creates a new empty file (exclusive, never through a symlink) and returns a handle for {@link #write}. */
    int createNew(String path) throws HostFileException;

    /** Appends bytes to a file opened by {@link #createNew}. */
    void write(int handle, byte[] src, int off, int len) throws HostFileException;

    /** Closes a handle of {@link #createNew} or {@link #openRead}, first forcing its data to the disk when sync is true. */
    void close(int handle, boolean sync) throws HostFileException;

    void mkdir(String path) throws HostFileException;

    void symlink(String target, String path) throws HostFileException;

    /** A hard link at path to the file existing. */
    void link(String existing, String path) throws HostFileException;

    /** Renames from over to, atomically replacing what to held. */
    void rename(String from, String to) throws HostFileException;

    /** Removes a file, a symlink or an empty directory (a non-empty one: code "ENOTEMPTY"). */
    void remove(String path) throws HostFileException;

    /** Gives to the permission bits of from, where the platform can (best effort, never fails). */
    void copyMode(String from, String to);

    /** Sets the access and modification times of path itself (best effort, never fails). */
    void setTimes(String path, long atimNanos, long mtimNanos);

    /** Eight random bytes as 16 hex digits (names of temporary files). */
    String randomHex();
}
