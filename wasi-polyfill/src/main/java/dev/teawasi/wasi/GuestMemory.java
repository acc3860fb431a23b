package dev.teawasi.wasi;

/**
 * The guest's linear memory as the WASI layer sees it: little-endian loads and stores and bulk copies. Addresses
 * are the guest's u32 pointers passed as Java ints; any access outside [0, size()) throws {@link MemoryFault},
 * which the WASI layer turns into EFAULT. Implemented over the engine's Memory and over a plain byte[]; a
 * browser binding can implement it over WebAssembly.Memory.
 */
public interface GuestMemory {
    /** Current size in bytes (may change between WASI calls when the guest grows its memory). */
    int size();

    int loadU8(int addr);

    int loadU16(int addr);

    int loadI32(int addr);

    long loadI64(int addr);

    void storeU8(int addr, int value);

    void storeU16(int addr, int value);

    void storeI32(int addr, int value);

    void storeI64(int addr, long value);

    /** Copies len bytes at addr out of guest memory into dst[off..]. */
    void copyOut(int addr, byte[] dst, int off, int len);

    /** Copies len bytes from src[off..] into guest memory at addr. */
    void copyIn(int addr, byte[] src, int off, int len);

    /** Sets len bytes at addr to value. */
    void fill(int addr, int len, byte value);
}
