package dev.teawasi.wasi.mount;

/**
 * The bytes of a mounted file, read piece by piece so that no file has to fit in one array: a host file being
 * loaded, or a file of the virtual file system being written back.
 */
public interface FileContent {
    /** The size in bytes. */
    long size();

    /** Reads up to len bytes at pos into dst; returns the count, 0 at or after the end. */
    int read(long pos, byte[] dst, int off, int len);

    /** Content held in one array (small files, tests, the JS API). */
    static FileContent of(byte[] data) {
        return new FileContent() {
            @Override
            public long size() {
                return data.length;
            }

            @Override
            public int read(long pos, byte[] dst, int off, int len) {
                if (pos >= data.length || len <= 0) {
                    return 0;
                }
                int n = (int) Math.min(len, data.length - pos);
                System.arraycopy(data, (int) pos, dst, off, n);
                return n;
            }
        };
    }
}
