package dev.teawasi.engine.internal.binary;

/**
 * A cursor over part of a module's bytes that reads the binary format's primitives: bytes, strict LEB128
 * integers, raw float bits and names. Every read checks the end first, so malformed input only ever raises
 * {@link CompileException} with the offset where the problem was found.
 */
public final class WasmReader {
    private final byte[] bytes;
    private int pos;
    private int end;

    public WasmReader(byte[] bytes, int start, int end) {
        if (start < 0 || end > bytes.length || start > end) {
            throw new IllegalArgumentException("range " + start + ".." + end + " outside 0.." + bytes.length);
        }
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int pos() {
        return pos;
    }

    public int end() {
        return end;
    }

    public void setPos(int pos) {
        this.pos = pos;
    }

    /** Narrows or widens the readable range (e.g. to a section or function body); must lie within the bytes. */
    public void setEnd(int end) {
        if (end < pos || end > bytes.length) {
            throw new IllegalArgumentException("end " + end);
        }
        this.end = end;
    }

    public boolean hasMore() {
        return pos < end;
    }

    public int remaining() {
        return end - pos;
    }

    private CompileException unexpectedEnd() {
        return new CompileException(
                end < bytes.length ? "unexpected end of section or function" : "unexpected end", pos);
    }

    /** One byte, 0..255. */
    public int u8() {
        if (pos >= end) {
            throw unexpectedEnd();
        }
        return bytes[pos++] & 0xFF;
    }

    /** The next byte without consuming it, 0..255. */
    public int peek() {
        if (pos >= end) {
            throw unexpectedEnd();
        }
        return bytes[pos] & 0xFF;
    }

    /** Skips n bytes after checking they are there. */
    public void skip(int n) {
        if (n < 0 || n > end - pos) {
            throw unexpectedEnd();
        }
        pos += n;
    }

    /** An unsigned LEB128 u32, returned in an int (values above 2^31-1 come out negative). */
    public int u32() {
        int result = 0;
        for (int shift = 0; ; shift += 7) {
            int x = u8();
            if (shift == 28) {
                if ((x & 0x80) != 0) {
                    throw new CompileException("integer representation too long", pos - 1);
                }
                if ((x & 0x70) != 0) {
                    throw new CompileException("integer too large", pos - 1);
                }
            }
            result |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return result;
            }
        }
    }

    /** An unsigned LEB128 u64 (memory64 limits and offsets), returned in a long (compare it unsigned). */
    public long u64() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int x = u8();
            if (shift == 63) {
                if ((x & 0x80) != 0) {
                    throw new CompileException("integer representation too long", pos - 1);
                }
                if ((x & 0x7E) != 0) {
                    throw new CompileException("integer too large", pos - 1);
                }
            }
            result |= ((long) (x & 0x7F)) << shift;
            if ((x & 0x80) == 0) {
                return result;
            }
        }
    }

    /** The upper 32 bits of the last {@link #u64Low()}. */
    public int u64High;

    /**
     * An unsigned LEB128 u64 read without a long (a BigInt in the JS build): returns its low 32 bits and leaves the
     * upper 32 in {@link #u64High} (memarg offsets, which are u64 since memory64).
     */
    public int u64Low() {
        int lo = 0;
        int hi = 0;
        for (int shift = 0; ; shift += 7) {
            int x = u8();
            if (shift == 63) {
                if ((x & 0x80) != 0) {
                    throw new CompileException("integer representation too long", pos - 1);
                }
                if ((x & 0x7E) != 0) {
                    throw new CompileException("integer too large", pos - 1);
                }
            }
            int bits = x & 0x7F;
            if (shift < 32) {
                lo |= bits << shift;
                if (shift == 28) {
                    hi |= bits >>> 4;
                }
            } else {
                hi |= bits << (shift - 32);
            }
            if ((x & 0x80) == 0) {
                u64High = hi;
                return lo;
            }
        }
    }

    /** An unsigned LEB128 u32 used as a count or length that must fit in the remaining bytes' order of magnitude. */
    public int u32AsInt() {
        int start = pos;
        int v = u32();
        if (v < 0) {
            throw new CompileException("length out of bounds", start);
        }
        return v;
    }

    /** A signed LEB128 s32. */
    public int s32() {
        int result = 0;
        for (int shift = 0; ; shift += 7) {
            int x = u8();
            if (shift == 28) {
                if ((x & 0x80) != 0) {
                    throw new CompileException("integer representation too long", pos - 1);
                }
                // the 4 unused bits must all equal the sign bit (bit 3 of this byte)
                int high = x & 0x78;
                if (high != 0 && high != 0x78) {
                    throw new CompileException("integer too large", pos - 1);
                }
            }
            result |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                if (shift < 25 && (x & 0x40) != 0) {
                    result |= -1 << (shift + 7);
                }
                return result;
            }
        }
    }

    /** A signed LEB128 s64. */
    public long s64() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int x = u8();
            if (shift == 63) {
                if ((x & 0x80) != 0) {
                    throw new CompileException("integer representation too long", pos - 1);
                }
                // only bit 0 is used; the 6 unused bits must equal it
                int high = x & 0x7F;
                if (high != 0 && high != 0x7F) {
                    throw new CompileException("integer too large", pos - 1);
                }
            }
            result |= ((long) (x & 0x7F)) << shift;
            if ((x & 0x80) == 0) {
                if (shift < 57 && (x & 0x40) != 0) {
                    result |= -1L << (shift + 7);
                }
                return result;
            }
        }
    }

    /** A signed LEB128 s33 (block types: negative values are value types, others type indices). */
    public long s33() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int x = u8();
            if (shift == 28) {
                if ((x & 0x80) != 0) {
                    throw new CompileException("integer representation too long", pos - 1);
                }
                // 5 bits used (28..32), the 2 unused bits must equal bit 32 (bit 4 of this byte)
                int high = x & 0x70;
                if (high != 0 && high != 0x70) {
                    throw new CompileException("integer too large", pos - 1);
                }
            }
            result |= ((long) (x & 0x7F)) << shift;
            if ((x & 0x80) == 0) {
                if (shift < 28 && (x & 0x40) != 0) {
                    result |= -1L << (shift + 7);
                } else if (shift == 28 && (x & 0x10) != 0) {
                    result |= -1L << 33;
                }
                return result;
            }
        }
    }

    /** Four little-endian bytes: f32 raw bits. */
    public int f32Bits() {
        if (end - pos < 4) {
            throw unexpectedEnd();
        }
        int v = (bytes[pos] & 0xFF)
                | (bytes[pos + 1] & 0xFF) << 8
                | (bytes[pos + 2] & 0xFF) << 16
                | (bytes[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    /** Eight little-endian bytes: f64 raw bits. */
    public long f64Bits() {
        long lo = f32Bits() & 0xFFFFFFFFL;
        long hi = f32Bits() & 0xFFFFFFFFL;
        return lo | hi << 32;
    }

    /** A name: u32 length then that many bytes of strict UTF-8. */
    public String name() {
        int start = pos;
        int len = u32();
        if (len < 0 || len > end - pos) {
            throw new CompileException(
                    "length out of bounds: name of " + Integer.toUnsignedString(len) + " bytes, " + (end - pos)
                            + " left",
                    start);
        }
        String s = Utf8.decode(bytes, pos, len);
        pos += len;
        return s;
    }
}
