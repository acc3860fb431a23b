package dev.teawasi.engine.binary;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists the sections of a binary module without decoding their contents: checks the magic number and version,
 * each section's size field and that sections fit in the file. Used by tools that show a module's layout.
 */
public final class SectionScanner {
    private SectionScanner() {
    }

    public static List<SectionInfo> scan(byte[] bytes) {
        if (bytes == null) {
            throw new CompileException("no module bytes", 0);
        }
        if (bytes.length < 4 || bytes[0] != 0 || bytes[1] != 'a' || bytes[2] != 's' || bytes[3] != 'm') {
            throw new CompileException("magic header not detected", 0);
        }
        if (bytes.length < 8) {
            throw new CompileException("unexpected end: missing version", bytes.length);
        }
        if (bytes[4] != 1 || bytes[5] != 0 || bytes[6] != 0 || bytes[7] != 0) {
            throw new CompileException("unknown binary version", 4);
        }
        List<SectionInfo> out = new ArrayList<>();
        int pos = 8;
        while (pos < bytes.length) {
            int id = bytes[pos] & 0xFF;
            if (id > 12) {
                throw new CompileException("malformed section id " + id, pos);
            }
            int[] cursor = {pos + 1};
            int size = readU32(bytes, cursor);
            int start = cursor[0];
            if (size > bytes.length - start) {
                throw new CompileException("section size mismatch: section " + SectionInfo.nameOf(id)
                        + " claims " + Integer.toUnsignedString(size) + " bytes", pos);
            }
            String customName = null;
            if (id == 0) {
                int[] c = {start};
                int len = readU32(bytes, c);
                if (len > start + size - c[0] || len < 0) {
                    throw new CompileException("unexpected end: custom section name", c[0]);
                }
                customName = Utf8.decode(bytes, c[0], len);
            }
            out.add(new SectionInfo(id, customName, start, size));
            pos = start + size;
        }
        return out;
    }

    /** Reads an unsigned LEB128 u32 at cursor[0], advancing it; rejects overlong and out-of-range encodings. */
    static int readU32(byte[] b, int[] cursor) {
        int result = 0;
        int shift = 0;
        int p = cursor[0];
        while (true) {
            if (p >= b.length) {
                throw new CompileException("unexpected end of LEB128 integer", p);
            }
            int x = b[p++] & 0xFF;
            if (shift == 28 && (x & 0x70) != 0) {
                throw new CompileException("integer too large", p - 1);
            }
            result |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                break;
            }
            shift += 7;
            if (shift > 28) {
                throw new CompileException("integer representation too long", p);
            }
        }
        cursor[0] = p;
        return result;
    }
}
