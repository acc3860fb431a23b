package dev.teawasi.wasi.vfs;

import dev.teawasi.wasi.GuestMemory;
import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.abi.FileType;

/**
 * A regular file stored in 64 KiB chunks: appending never copies the whole file, and never-written ranges of a
 * sparse file have no chunk at all (they read as zeros). A chunk grows by doubling up to 64 KiB, so small files
 * stay small. Limit: {@link #MAX_SIZE}.
 */
public final class FileNode extends Inode {
    public static final int CHUNK_BITS = 16;
    public static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    /** Larger sizes get EFBIG. 16 GiB keeps the chunk table an int-indexed array. */
    public static final long MAX_SIZE = 1L << 34;

    private static final byte[][] NO_CHUNKS = new byte[0][];
    /** Writes whose position and length are both below this (so their end fits an int) take the int path. */
    private static final int INT_ARITHMETIC_LIMIT = 1 << 30;

    private byte[][] chunks = NO_CHUNKS;
    long size;
    /** Counts writes and truncations: a mount tells changed files from loaded ones by it (clocks may not tick). */
    private long changes;
    /**
     * Not 0 while the content is kept elsewhere and not loaded yet (a persistent directory's file in a browser):
     * the size and times are known, reading or changing the content throws {@link Errno#WOULD_BLOCK} until the
     * host calls {@link Vfs#fillPending}. See {@link Vfs#addPendingFile}.
     */
    int pendingId;
    /** An errno the next access of a pending file gets once (its loading failed), else 0. */
    int loadErrno;

    FileNode(Vfs vfs) {
        super(vfs);
    }

    @Override
    int defaultMode() {
        return 0644;
    }

    @Override
    public int fileType() {
        return FileType.REGULAR_FILE;
    }

    @Override
    public long size() {
        return size;
    }

    /** Reads up to len bytes at pos into dst; returns the count (0 at or after the end). */
    public int read(long pos, byte[] dst, int off, int len) {
        int n = available(pos, len);
        int done = 0;
        while (done < n) {
            long p = pos + done;
            int ci = (int) (p >>> CHUNK_BITS);
            int co = (int) (p & (CHUNK_SIZE - 1));
            int piece = Math.min(n - done, CHUNK_SIZE - co);
            byte[] c = chunks[ci];
            int have = c == null ? 0 : Math.max(0, Math.min(piece, c.length - co));
            if (have > 0) {
                System.arraycopy(c, co, dst, off + done, have);
            }
            for (int i = have; i < piece; i++) {
                dst[off + done + i] = 0;
            }
            done += piece;
        }
        return n;
    }

    /** Reads up to len bytes at pos straight into guest memory at addr; returns the count. */
    public int read(long pos, GuestMemory mem, int addr, int len) {
        int n = available(pos, len);
        int done = 0;
        while (done < n) {
            long p = pos + done;
            int ci = (int) (p >>> CHUNK_BITS);
            int co = (int) (p & (CHUNK_SIZE - 1));
            int piece = Math.min(n - done, CHUNK_SIZE - co);
            byte[] c = chunks[ci];
            int have = c == null ? 0 : Math.max(0, Math.min(piece, c.length - co));
            if (have > 0) {
                mem.copyIn(addr + done, c, co, have);
            }
            if (have < piece) {
                mem.fill(addr + done + have, piece - have, (byte) 0);
            }
            done += piece;
        }
        return n;
    }

    private int available(long pos, int len) {
        if (pendingId != 0) {
            vfs.needLoad(this);
        }
        if (pos < 0) {
            throw new ErrnoException(Errno.INVAL, "negative offset");
        }
        if (pos >= size || len <= 0) {
            return 0;
        }
        return (int) Math.min(len, size - pos);
    }

    /** Writes len bytes from src at pos, growing the file. */
    public void write(long pos, byte[] src, int off, int len) {
        prepareWrite(pos, len);
        if (len == 0) {
            return;
        }
        int done = 0;
        while (done < len) {
            long p = pos + done;
            int co = (int) (p & (CHUNK_SIZE - 1));
            int piece = Math.min(len - done, CHUNK_SIZE - co);
            byte[] c = chunkFor((int) (p >>> CHUNK_BITS), co + piece);
            System.arraycopy(src, off + done, c, co, piece);
            done += piece;
        }
        finishWrite(pos + len);
    }

    /** Writes len bytes from guest memory at addr to pos, growing the file. */
    public void write(long pos, GuestMemory mem, int addr, int len) {
        if (len > 0 && (addr < 0 || addr > mem.size() - len)) {
            throw new dev.teawasi.wasi.MemoryFault(addr, len);
        }
        if (pos >= 0 && pos < INT_ARITHMETIC_LIMIT && len >= 0 && len < INT_ARITHMETIC_LIMIT) {
            writeBelowLimit((int) pos, mem, addr, len);
            return;
        }
        prepareWrite(pos, len);
        if (len == 0) {
            return;
        }
        int done = 0;
        while (done < len) {
            long p = pos + done;
            int co = (int) (p & (CHUNK_SIZE - 1));
            int piece = Math.min(len - done, CHUNK_SIZE - co);
            byte[] c = chunkFor((int) (p >>> CHUNK_BITS), co + piece);
            mem.copyOut(addr + done, c, co, piece);
            done += piece;
        }
        finishWrite(pos + len);
    }

    /**
     * The same as the general write for positions and ends below 2 GiB, in int arithmetic: in the JS build every
     * long operation allocates a BigInt, and guests append small pieces (a million 10-byte writes is a log file).
     */
    private void writeBelowLimit(int pos, GuestMemory mem, int addr, int len) {
        if (pendingId != 0) {
            vfs.needLoad(this);
        }
        int end = pos + len;
        int need = (end + CHUNK_SIZE - 1) >>> CHUNK_BITS; // unsigned: the sum may pass 2^31
        if (need > chunks.length) {
            ensureChunkSlots(end);
        }
        int done = 0;
        while (done < len) {
            int p = pos + done;
            int co = p & (CHUNK_SIZE - 1);
            int piece = Math.min(len - done, CHUNK_SIZE - co);
            byte[] c = chunkFor(p >>> CHUNK_BITS, co + piece);
            mem.copyOut(addr + done, c, co, piece);
            done += piece;
        }
        finishWrite(end);
    }

    private void prepareWrite(long pos, int len) {
        if (pendingId != 0) {
            vfs.needLoad(this);
        }
        if (pos < 0) {
            throw new ErrnoException(Errno.INVAL, "negative offset");
        }
        if (len < 0 || pos + len > MAX_SIZE) {
            throw new ErrnoException(Errno.FBIG, "file size limit " + MAX_SIZE);
        }
        ensureChunkSlots(pos + len);
    }

    private void finishWrite(long end) {
        if (end > size) {
            size = end;
        }
        changes++;
        touchModified();
    }

    private void ensureChunkSlots(long newSize) {
        int need = (int) ((newSize + CHUNK_SIZE - 1) >>> CHUNK_BITS);
        if (need > chunks.length) {
            byte[][] n = new byte[Math.max(need, Math.min(chunks.length * 2, (int) (MAX_SIZE >>> CHUNK_BITS)))][];
            System.arraycopy(chunks, 0, n, 0, chunks.length);
            chunks = n;
        }
    }

    /** Chunk ci, allocated or grown so it holds at least minLength bytes. */
    private byte[] chunkFor(int ci, int minLength) {
        byte[] c = chunks[ci];
        if (c == null) {
            int len = chunkLength(minLength, 0);
            vfs.reserve(len);
            c = new byte[len];
            chunks[ci] = c;
        } else if (c.length < minLength) {
            int len = chunkLength(minLength, c.length);
            vfs.reserve(len - c.length);
            byte[] n = new byte[len];
            System.arraycopy(c, 0, n, 0, c.length);
            chunks[ci] = c = n;
        }
        return c;
    }

    /** Storage held by this file, in bytes. */
    long allocatedBytes() {
        long n = 0;
        for (byte[] c : chunks) {
            if (c != null) {
                n += c.length;
            }
        }
        return n;
    }

    /** The last name is gone: give the storage back to the file system's capacity (an open fd may still read). */
    void unlinked() {
        vfs.release(allocatedBytes());
        if (pendingId != 0) {
            vfs.dropPending(this); // nothing can open it any more: its content is never needed
        }
    }

    /** Whether the content is not loaded yet (see {@link Vfs#addPendingFile}). */
    public boolean isPending() {
        return pendingId != 0;
    }

    /** Throws {@link Errno#WOULD_BLOCK} (or the errno of a failed load, once) while the content is not loaded. */
    public void requireLoaded() {
        if (pendingId != 0) {
            vfs.needLoad(this);
        }
    }

    /** Host side: the loaded content of a pending file, put in place without a change event or a new mtime. */
    void fill(byte[] data) {
        if (data.length > MAX_SIZE) {
            throw new ErrnoException(Errno.FBIG, "file size limit " + MAX_SIZE);
        }
        int id = pendingId;
        pendingId = 0;
        loadErrno = 0;
        try {
            ensureChunkSlots(data.length);
            for (int done = 0; done < data.length; ) {
                int piece = Math.min(data.length - done, CHUNK_SIZE);
                byte[] c = chunkFor(done >>> CHUNK_BITS, piece);
                System.arraycopy(data, done, c, 0, piece);
                done += piece;
            }
        } catch (ErrnoException e) {
            vfs.release(allocatedBytes());
            chunks = NO_CHUNKS;
            pendingId = id;
            throw e;
        }
        size = data.length;
    }

    private static int chunkLength(int minLength, int current) {
        int l = Math.max(64, current * 2);
        while (l < minLength) {
            l *= 2;
        }
        return Math.min(l, CHUNK_SIZE);
    }

    /** Sets the size: shrinking drops data (zeroing the tail of the last chunk); growing adds zeros. */
    public void truncate(long newSize) {
        if (newSize < 0) {
            throw new ErrnoException(Errno.INVAL, "negative size");
        }
        if (newSize > MAX_SIZE) {
            throw new ErrnoException(Errno.FBIG, "file size limit " + MAX_SIZE);
        }
        if (pendingId != 0) {
            if (newSize != 0) {
                vfs.needLoad(this);
            }
            vfs.dropPending(this); // the stored content is replaced: no need to load it
            size = 0;
        }
        if (newSize < size) {
            int keep = (int) ((newSize + CHUNK_SIZE - 1) >>> CHUNK_BITS);
            for (int i = keep; i < chunks.length; i++) {
                if (chunks[i] != null) {
                    vfs.release(chunks[i].length);
                    chunks[i] = null;
                }
            }
            int co = (int) (newSize & (CHUNK_SIZE - 1));
            if (co != 0) {
                byte[] c = chunks[keep - 1];
                if (c != null) {
                    for (int i = co; i < c.length; i++) {
                        c[i] = 0;
                    }
                }
            }
        } else {
            ensureChunkSlots(newSize);
        }
        size = newSize;
        changes++;
        touchModified();
    }

    /** posix_fallocate: grows the file to at least offset+len (zeros), never shrinks. */
    public void allocate(long offset, long len) {
        requireLoaded();
        if (offset < 0 || len <= 0) {
            throw new ErrnoException(Errno.INVAL);
        }
        long end = offset + len;
        if (end < 0 || end > MAX_SIZE) {
            throw new ErrnoException(Errno.FBIG);
        }
        if (end > size) {
            truncate(end);
        }
    }

    /** How many writes and truncations the file has had (host side: tells whether it changed since a point). */
    public long changeCount() {
        return changes;
    }

    /** The whole content (host side; files over 2 GiB cannot be returned as one array). */
    public byte[] readAll() {
        requireLoaded();
        if (size > Integer.MAX_VALUE - 8) {
            throw new ErrnoException(Errno.FBIG, "file too large for one byte array");
        }
        byte[] b = new byte[(int) size];
        read(0, b, 0, b.length);
        return b;
    }
}
