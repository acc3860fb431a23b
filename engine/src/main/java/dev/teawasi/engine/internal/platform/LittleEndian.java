package dev.teawasi.engine.internal.platform;

/** Little-endian ints in a byte array; the caller has checked the range. */
final class LittleEndian {
    private LittleEndian() {}

    static int le32(byte[] m, int ea) {
        return (m[ea] & 0xFF) | (m[ea + 1] & 0xFF) << 8 | ((m[ea + 2] & 0xFF) | (m[ea + 3] & 0xFF) << 8) << 16;
    }

    static void store32(byte[] m, int ea, int v) {
        m[ea] = (byte) v;
        m[ea + 1] = (byte) (v >> 8);
        m[ea + 2] = (byte) (v >> 16);
        m[ea + 3] = (byte) (v >> 24);
    }
}
