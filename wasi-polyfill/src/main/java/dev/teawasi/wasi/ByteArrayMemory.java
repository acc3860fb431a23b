package dev.teawasi.wasi;

/**
 * {@link GuestMemory} over a byte array whose reference may change (the engine replaces its array when memory
 * grows, so {@link #array()} is fetched again on every access by subclasses that override it).
 */
public class ByteArrayMemory implements GuestMemory {
    private byte[] bytes;

    public ByteArrayMemory(byte[] bytes) {
        this.bytes = bytes;
    }

    protected ByteArrayMemory() {}

    /** The current backing array. */
    protected byte[] array() {
        return bytes;
    }

    private static byte[] check(byte[] b, int addr, int len) {
        // addr is a u32: a negative int is >= 2 GiB and therefore outside any Java-backed memory.
        if (addr < 0 || len < 0 || addr > b.length - len) {
            throw new MemoryFault(addr, len);
        }
        return b;
    }

    @Override
    public int size() {
        return array().length;
    }

    @Override
    public int loadU8(int addr) {
        return check(array(), addr, 1)[addr] & 0xFF;
    }

    @Override
    public int loadU16(int addr) {
        byte[] b = check(array(), addr, 2);
        return (b[addr] & 0xFF) | (b[addr + 1] & 0xFF) << 8;
    }

    @Override
    public int loadI32(int addr) {
        byte[] b = check(array(), addr, 4);
        return (b[addr] & 0xFF) | (b[addr + 1] & 0xFF) << 8 | (b[addr + 2] & 0xFF) << 16 | b[addr + 3] << 24;
    }

    @Override
    public long loadI64(int addr) {
        byte[] b = check(array(), addr, 8);
        int lo = (b[addr] & 0xFF) | (b[addr + 1] & 0xFF) << 8 | (b[addr + 2] & 0xFF) << 16 | b[addr + 3] << 24;
        int hi = (b[addr + 4] & 0xFF) | (b[addr + 5] & 0xFF) << 8 | (b[addr + 6] & 0xFF) << 16 | b[addr + 7] << 24;
        return (lo & 0xFFFFFFFFL) | (long) hi << 32;
    }

    @Override
    public void storeU8(int addr, int value) {
        check(array(), addr, 1)[addr] = (byte) value;
    }

    @Override
    public void storeU16(int addr, int value) {
        byte[] b = check(array(), addr, 2);
        b[addr] = (byte) value;
        b[addr + 1] = (byte) (value >>> 8);
    }

    @Override
    public void storeI32(int addr, int value) {
        byte[] b = check(array(), addr, 4);
        b[addr] = (byte) value;
        b[addr + 1] = (byte) (value >>> 8);
        b[addr + 2] = (byte) (value >>> 16);
        b[addr + 3] = (byte) (value >>> 24);
    }

    @Override
    public void storeI64(int addr, long value) {
        byte[] b = check(array(), addr, 8);
        int lo = (int) value;
        int hi = (int) (value >>> 32);
        b[addr] = (byte) lo;
        b[addr + 1] = (byte) (lo >>> 8);
        b[addr + 2] = (byte) (lo >>> 16);
        b[addr + 3] = (byte) (lo >>> 24);
        b[addr + 4] = (byte) hi;
        b[addr + 5] = (byte) (hi >>> 8);
        b[addr + 6] = (byte) (hi >>> 16);
        b[addr + 7] = (byte) (hi >>> 24);
    }

    @Override
    public void copyOut(int addr, byte[] dst, int off, int len) {
        byte[] b = check(array(), addr, len);
        if (off < 0 || off > dst.length - len) {
            throw new IndexOutOfBoundsException("destination range");
        }
        System.arraycopy(b, addr, dst, off, len);
    }

    @Override
    public void copyIn(int addr, byte[] src, int off, int len) {
        byte[] b = check(array(), addr, len);
        if (off < 0 || off > src.length - len) {
            throw new IndexOutOfBoundsException("source range");
        }
        System.arraycopy(src, off, b, addr, len);
    }

    @Override
    public void fill(int addr, int len, byte value) {
        byte[] b = check(array(), addr, len);
        for (int i = 0; i < len; i++) {
            b[addr + i] = value;
        }
    }
}
