package dev.teawasi.wasi.vfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teawasi.wasi.abi.Errno;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.host.VirtualClock;
import org.junit.jupiter.api.Test;

class FileNodeTest {
    private final Vfs vfs = new Vfs(new VirtualClock());

    private FileNode file() {
        return vfs.root().createFile("f");
    }

    @Test
    void guestWritesOnBothSidesOfTheIntPathLimitReadBack() {
        // below 2^30 a guest write takes the int path, at and above it the long one; both cross a chunk boundary
        byte[] bytes = new byte[64];
        dev.teawasi.wasi.ByteArrayMemory mem = new dev.teawasi.wasi.ByteArrayMemory(bytes);
        for (int i = 0; i < 64; i++) {
            bytes[i] = (byte) (i + 1);
        }
        for (long pos : new long[] {FileNode.CHUNK_SIZE - 3, (1L << 30) - 3, (1L << 30), (1L << 31) - 3}) {
            FileNode f = file();
            f.write(pos, mem, 10, 6);
            assertEquals(pos + 6, f.size());
            byte[] back = new byte[8];
            assertEquals(7, f.read(pos - 1, back, 0, 8));
            assertArrayEquals(new byte[] {0, 11, 12, 13, 14, 15, 16, 0}, back, "at " + pos);
            vfs.root().unlinkFile("f");
        }
    }

    @Test
    void writesAcrossChunkBoundariesReadBack() {
        FileNode f = file();
        byte[] data = new byte[3 * FileNode.CHUNK_SIZE + 123];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + (i >>> 16));
        }
        // appended in odd-sized pieces
        int pos = 0;
        int step = 1000;
        while (pos < data.length) {
            int n = Math.min(step, data.length - pos);
            f.write(pos, data, pos, n);
            pos += n;
            step = step * 3 / 2 + 7;
        }
        assertEquals(data.length, f.size());
        assertArrayEquals(data, f.readAll());
        byte[] mid = new byte[FileNode.CHUNK_SIZE + 10];
        assertEquals(mid.length, f.read(FileNode.CHUNK_SIZE - 5, mid, 0, mid.length));
        for (int i = 0; i < mid.length; i++) {
            assertEquals(data[FileNode.CHUNK_SIZE - 5 + i], mid[i]);
        }
    }

    @Test
    void sparseOneGibFileCostsOnlyWrittenChunks() {
        FileNode f = file();
        long gib = 1L << 30;
        f.write(gib - 4, new byte[] {1, 2, 3, 4}, 0, 4);
        f.write(gib, new byte[] {5}, 0, 1);
        assertEquals(gib + 1, f.size());
        byte[] b = new byte[8];
        assertEquals(8, f.read(gib - 7, b, 0, 8));
        assertArrayEquals(new byte[] {0, 0, 0, 1, 2, 3, 4, 5}, b);
        assertEquals(4, f.read(12345678L, b, 0, 4));
        assertArrayEquals(new byte[] {0, 0, 0, 0}, new byte[] {b[0], b[1], b[2], b[3]});
        assertEquals(0, f.read(gib + 1, b, 0, 8));
    }

    @Test
    void truncateShrinksZeroesAndGrows() {
        FileNode f = file();
        f.write(0, "hello world".getBytes(), 0, 11);
        f.truncate(5);
        assertEquals(5, f.size());
        f.truncate(8);
        assertArrayEquals(new byte[] {'h', 'e', 'l', 'l', 'o', 0, 0, 0}, f.readAll());
        f.truncate(0);
        assertEquals(0, f.readAll().length);
        f.truncate(FileNode.CHUNK_SIZE * 2L + 1);
        assertEquals(FileNode.CHUNK_SIZE * 2L + 1, f.size());
    }

    @Test
    void allocateGrowsButNeverShrinks() {
        FileNode f = file();
        f.write(0, new byte[100], 0, 100);
        f.allocate(0, 10);
        assertEquals(100, f.size());
        f.allocate(90, 20);
        assertEquals(110, f.size());
        assertEquals(
                Errno.INVAL,
                assertThrows(ErrnoException.class, () -> f.allocate(0, 0)).errno());
    }

    @Test
    void limitsGiveFbigAndInval() {
        FileNode f = file();
        assertEquals(
                Errno.FBIG,
                assertThrows(ErrnoException.class, () -> f.write(FileNode.MAX_SIZE, new byte[1], 0, 1))
                        .errno());
        assertEquals(
                Errno.FBIG,
                assertThrows(ErrnoException.class, () -> f.truncate(FileNode.MAX_SIZE + 1))
                        .errno());
        assertEquals(
                Errno.INVAL,
                assertThrows(ErrnoException.class, () -> f.truncate(-1)).errno());
    }

    @Test
    void zeroLengthWriteBeyondEndDoesNotGrow() {
        FileNode f = file();
        f.write(1000, new byte[0], 0, 0);
        assertEquals(0, f.size());
    }

    @Test
    void writeUpdatesMtimeAndCtime() {
        VirtualClock clock = new VirtualClock();
        Vfs v = new Vfs(clock);
        FileNode f = v.root().createFile("t");
        long t0 = f.mtim();
        clock.advance(1000);
        f.write(0, new byte[] {1}, 0, 1);
        assertEquals(t0 + 1000, f.mtim());
        assertEquals(t0 + 1000, f.ctim());
        assertEquals(t0, f.atim());
    }

    @Test
    void capacityLimitsAllocatedStorageNotSparseSize() {
        vfs.setCapacity(3 * FileNode.CHUNK_SIZE);
        FileNode f = file();
        f.write(1L << 30, new byte[10], 0, 10); // sparse: one small chunk
        f.write(0, new byte[2 * FileNode.CHUNK_SIZE], 0, 2 * FileNode.CHUNK_SIZE);
        assertEquals(
                Errno.NOSPC,
                assertThrows(
                                ErrnoException.class,
                                () -> f.write(5L << 20, new byte[FileNode.CHUNK_SIZE], 0, FileNode.CHUNK_SIZE))
                        .errno());
        f.truncate(FileNode.CHUNK_SIZE);
        assertEquals(FileNode.CHUNK_SIZE + "f".length(), vfs.usedBytes()); // the name counts too
        f.write(5L << 20, new byte[FileNode.CHUNK_SIZE], 0, FileNode.CHUNK_SIZE);
        vfs.root().unlinkFile("f");
        assertEquals(0, vfs.usedBytes());
    }
}
