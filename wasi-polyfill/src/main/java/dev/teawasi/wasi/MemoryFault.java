package dev.teawasi.wasi;

/** A WASI argument pointed outside the guest's memory; the function returns EFAULT. */
public final class MemoryFault extends RuntimeException {
    public MemoryFault(int addr, int len) {
        super("guest memory access out of bounds: " + Integer.toUnsignedString(addr) + "+"
                + Integer.toUnsignedString(len));
    }
}
