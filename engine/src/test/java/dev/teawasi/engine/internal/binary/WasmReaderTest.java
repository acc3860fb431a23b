package dev.teawasi.engine.internal.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WasmReaderTest {
    private static WasmReader reader(int... b) {
        byte[] bytes = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            bytes[i] = (byte) b[i];
        }
        return new WasmReader(bytes, 0, bytes.length);
    }

    private static void fails(String prefix, Runnable r) {
        CompileException e = assertThrows(CompileException.class, r::run);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }

    @Test
    void unsigned32() {
        assertEquals(0, reader(0x00).u32());
        assertEquals(624485, reader(0xE5, 0x8E, 0x26).u32());
        assertEquals(2, reader(0x82, 0x80, 0x80, 0x80, 0x00).u32());
        assertEquals(-1, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).u32());
        fails("integer too large", () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x1F).u32());
        fails("integer representation too long", () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x00)
                .u32());
        fails("unexpected end", () -> reader(0x80, 0x80).u32());
    }

    @Test
    void unsigned64AsALongAndAsTwoInts() {
        int[][] encodings = {
            {0x00},
            {0x80, 0x80, 0x80, 0x80, 0x10}, // 2^32
            {0xFF, 0xFF, 0xFF, 0xFF, 0x0F}, // 2^32-1
            {0x89, 0xCF, 0x95, 0x9A, 0x12}, // 0x1_2345_6789
            {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01}, // 2^64-1
            {0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00} // 2 in ten bytes
        };
        long[] values = {0, 1L << 32, 0xFFFF_FFFFL, 0x1_2345_6789L, -1L, 2};
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], reader(encodings[i]).u64());
            WasmReader r = reader(encodings[i]);
            assertEquals((int) values[i], r.u64Low());
            assertEquals((int) (values[i] >>> 32), r.u64High);
        }
        int[] tooLarge = {0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10};
        fails("integer too large", () -> reader(tooLarge).u64());
        fails("integer too large", () -> reader(tooLarge).u64Low());
        int[] tooLong = {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00};
        fails("integer representation too long", () -> reader(tooLong).u64());
        fails("integer representation too long", () -> reader(tooLong).u64Low());
    }

    @Test
    void signed32() {
        assertEquals(-1, reader(0x7F).s32());
        assertEquals(63, reader(0x3F).s32());
        assertEquals(-64, reader(0x40).s32());
        assertEquals(-1, reader(0xFF, 0x7F).s32());
        assertEquals(Integer.MIN_VALUE, reader(0x80, 0x80, 0x80, 0x80, 0x78).s32());
        assertEquals(Integer.MAX_VALUE, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x07).s32());
        assertEquals(-1, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x7F).s32());
        fails("integer too large", () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).s32());
        fails("integer too large", () -> reader(0x80, 0x80, 0x80, 0x80, 0x70).s32());
        fails("integer representation too long", () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F)
                .s32());
    }

    @Test
    void signed64() {
        assertEquals(-1L, reader(0x7F).s64());
        assertEquals(
                Long.MIN_VALUE,
                reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F)
                        .s64());
        assertEquals(
                Long.MAX_VALUE,
                reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00)
                        .s64());
        assertEquals(0x100000000L, reader(0x80, 0x80, 0x80, 0x80, 0x10).s64());
        fails("integer too large", () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02)
                .s64());
        fails("integer too large", () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x41)
                .s64());
        fails("integer representation too long", () -> reader(
                        0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00)
                .s64());
    }

    @Test
    void signed33() {
        assertEquals(-64L, reader(0x40).s33());
        assertEquals(0xFFFFFFFFL, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).s33());
        assertEquals(-(1L << 32), reader(0x80, 0x80, 0x80, 0x80, 0x70).s33());
        fails("integer too large", () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x2F).s33());
        fails("integer representation too long", () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x00)
                .s33());
    }

    @Test
    void floatsAreRawLittleEndianBits() {
        assertEquals(0x7FA00001, reader(0x01, 0x00, 0xA0, 0x7F).f32Bits());
        assertEquals(
                0xFFF0000000000001L, reader(0x01, 0, 0, 0, 0, 0, 0xF0, 0xFF).f64Bits());
        fails("unexpected end", () -> reader(0x01, 0x00, 0xA0).f32Bits());
    }

    @Test
    void names() {
        assertEquals("é", reader(0x02, 0xC3, 0xA9).name());
        fails("malformed UTF-8 encoding", () -> reader(0x02, 0xC0, 0x80).name()); // overlong
        fails("malformed UTF-8 encoding", () -> reader(0x03, 0xED, 0xA0, 0x80).name()); // surrogate
        fails(
                "malformed UTF-8 encoding",
                () -> reader(0x04, 0xF4, 0x90, 0x80, 0x80).name()); // above U+10FFFF
        fails("malformed UTF-8 encoding", () -> reader(0x01, 0xE2).name()); // truncated
        fails("length out of bounds", () -> reader(0x05, 0x61).name());
    }
}
