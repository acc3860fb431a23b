package dev.teawasi.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteArrayMemoryTest {
    @Test
    void littleEndianLoadsAndStores() {
        ByteArrayMemory m = new ByteArrayMemory(new byte[32]);
        m.storeI64(8, 0x0102030405060708L);
        assertEquals(0x08, m.loadU8(8));
        assertEquals(0x0708, m.loadU16(8));
        assertEquals(0x05060708, m.loadI32(8));
        assertEquals(0x01020304, m.loadI32(12));
        assertEquals(0x0102030405060708L, m.loadI64(8));
        m.storeI32(0, -2);
        assertEquals(0xFF, m.loadU8(3));
        assertEquals(0xFFFE, m.loadU16(0));
        assertEquals(0xFFFFFFFEL, m.loadI64(0) & 0xFFFFFFFFFFL);
        m.storeU16(16, 0x1234_5678);
        assertEquals(0x5678, m.loadU16(16));
        assertEquals(0, m.loadU8(18));
    }

    @Test
    void outOfRangeFaults() {
        ByteArrayMemory m = new ByteArrayMemory(new byte[16]);
        assertThrows(MemoryFault.class, () -> m.loadI32(13));
        assertThrows(MemoryFault.class, () -> m.loadI64(9));
        assertThrows(MemoryFault.class, () -> m.storeU8(16, 0));
        assertThrows(MemoryFault.class, () -> m.loadU8(-1));
        assertThrows(MemoryFault.class, () -> m.copyIn(10, new byte[8], 0, 8));
        assertThrows(MemoryFault.class, () -> m.copyOut(0x7FFFFFF0, new byte[32], 0, 32));
        assertThrows(MemoryFault.class, () -> m.fill(8, 9, (byte) 1));
        m.loadI64(8);
        m.copyIn(16, new byte[0], 0, 0);
    }

    @Test
    void bulkCopies() {
        ByteArrayMemory m = new ByteArrayMemory(new byte[16]);
        m.copyIn(4, new byte[] {9, 1, 2, 3, 9}, 1, 3);
        byte[] out = new byte[5];
        m.copyOut(3, out, 0, 5);
        assertArrayEquals(new byte[] {0, 1, 2, 3, 0}, out);
        m.fill(4, 2, (byte) 7);
        assertEquals(0x00030707, m.loadI32(4));
    }
}
