package dev.teawasi.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A linear memory: pages of 64 KiB, little-endian. Every access is bounds-checked: an address range outside the
 * memory throws a {@link Trap} of kind MEMORY_OUT_OF_BOUNDS (so a host function that passes a bad guest pointer
 * traps the guest). Addresses are wasm's unsigned 32-bit pointers held in an int; the engine's memories are
 * below 2 GiB, so a negative address is always out of bounds. A 64-bit memory ({@link MemoryType#is64()}) is read
 * and written the same way: every byte it can hold has an address below 2^31.
 */
public final class Memory extends Extern {
    final dev.teawasi.engine.internal.store.Memory memory;

    private Memory(dev.teawasi.engine.internal.store.Memory memory) {
        this.memory = memory;
    }

    static Memory wrap(dev.teawasi.engine.internal.store.Memory m) {
        if (m.handle == null) {
            m.handle = new Memory(m);
        }
        return (Memory) m.handle;
    }

    /** A new zeroed memory of type.minimum() pages, to import into modules. */
    public static Memory create(MemoryType type) {
        if (type.minimum() > dev.teawasi.engine.internal.store.Memory.JAVA_MAX_PAGES) {
            throw new IllegalArgumentException(
                    "memory of " + type.minimum() + " pages is larger than this engine's limit of "
                            + dev.teawasi.engine.internal.store.Memory.JAVA_MAX_PAGES + " pages");
        }
        return wrap(new dev.teawasi.engine.internal.store.Memory(
                (int) type.minimum(),
                type.maximum(),
                type.is64(),
                dev.teawasi.engine.internal.store.Memory.JAVA_MAX_PAGES,
                dev.teawasi.engine.internal.store.AllocationBudget.unlimited()));
    }

    @Override
    public ExternKind kind() {
        return ExternKind.MEMORY;
    }

    /** The current size as minimum, and the declared maximum. */
    @Override
    public MemoryType type() {
        return memory.address64()
                ? MemoryType.of64(memory.pages(), memory.declaredMaxPages())
                : MemoryType.of(memory.pages(), memory.declaredMaxPages());
    }

    public int pages() {
        return memory.pages();
    }

    public long byteLength() {
        return (long) memory.pages() * dev.teawasi.engine.internal.store.Memory.PAGE_SIZE;
    }

    /**
     * Grows by delta pages and returns the old size in pages, or -1 (as memory.grow does) when the maximum, the
     * instance's limits or the host's memory do not allow it.
     */
    public int grow(int deltaPages) {
        return memory.grow(deltaPages);
    }

    private byte[] at(int address, int length) {
        byte[] b = memory.buffer();
        if ((address | length) < 0 || address > b.length - length) {
            throw Trap.outOfBounds();
        }
        return b;
    }

    /** Copies length bytes at address into dst[offset...]. */
    public void read(int address, byte[] dst, int offset, int length) {
        if ((offset | length) < 0 || offset > dst.length - length) {
            throw new IndexOutOfBoundsException(
                    "range " + offset + "+" + length + " outside an array of " + dst.length);
        }
        System.arraycopy(at(address, length), address, dst, offset, length);
    }

    /** A copy of length bytes at address. */
    public byte[] read(int address, int length) {
        byte[] out = new byte[Math.max(length, 0)];
        System.arraycopy(at(address, length), address, out, 0, length);
        return out;
    }

    /** Copies src[offset...offset+length) to address. */
    public void write(int address, byte[] src, int offset, int length) {
        if ((offset | length) < 0 || offset > src.length - length) {
            throw new IndexOutOfBoundsException(
                    "range " + offset + "+" + length + " outside an array of " + src.length);
        }
        System.arraycopy(src, offset, at(address, length), address, length);
    }

    public void write(int address, byte[] src) {
        write(address, src, 0, src.length);
    }

    /** Sets length bytes at address to value. */
    public void fill(int address, int length, byte value) {
        Arrays.fill(at(address, length), address, address + length, value);
    }

    public byte readByte(int address) {
        return at(address, 1)[address];
    }

    public void writeByte(int address, byte v) {
        at(address, 1)[address] = v;
    }

    public int readI32(int address) {
        byte[] b = at(address, 4);
        return (b[address] & 0xFF)
                | (b[address + 1] & 0xFF) << 8
                | (b[address + 2] & 0xFF) << 16
                | b[address + 3] << 24;
    }

    public void writeI32(int address, int v) {
        byte[] b = at(address, 4);
        b[address] = (byte) v;
        b[address + 1] = (byte) (v >>> 8);
        b[address + 2] = (byte) (v >>> 16);
        b[address + 3] = (byte) (v >>> 24);
    }

    public long readI64(int address) {
        at(address, 8);
        return (readI32(address) & 0xFFFFFFFFL) | (long) readI32(address + 4) << 32;
    }

    public void writeI64(int address, long v) {
        at(address, 8);
        writeI32(address, (int) v);
        writeI32(address + 4, (int) (v >>> 32));
    }

    public float readF32(int address) {
        return Float.intBitsToFloat(readI32(address));
    }

    public void writeF32(int address, float v) {
        writeI32(address, Float.floatToRawIntBits(v));
    }

    public double readF64(int address) {
        return Double.longBitsToDouble(readI64(address));
    }

    public void writeF64(int address, double v) {
        writeI64(address, Double.doubleToRawLongBits(v));
    }

    /** Decodes length bytes at address as UTF-8 (malformed bytes become U+FFFD). */
    public String readString(int address, int length) {
        return new String(at(address, length), address, length, StandardCharsets.UTF_8);
    }

    /** Writes the string as UTF-8 at address; returns the number of bytes written. */
    public int writeString(int address, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        write(address, bytes);
        return bytes.length;
    }

    @Override
    public String toString() {
        return "memory of " + pages() + " pages";
    }
}
