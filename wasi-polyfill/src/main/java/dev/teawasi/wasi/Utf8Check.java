package dev.teawasi.wasi;

/** Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF), written out for TeaVM. */
final class Utf8Check {
    private Utf8Check() {}

    static boolean valid(byte[] b) {
        return decode(b, b.length, null) >= 0;
    }

    /**
     * The string of b[0..n), or null when it is not strict UTF-8. Decoded here rather than with new String(b, UTF_8):
     * TeaVM's charset decoder allocates buffers per call, a fifth of a path-heavy run's time in the JS build.
     */
    static String decode(byte[] b, int n) {
        char[] chars = new char[n];
        int count = decode(b, n, chars);
        return count < 0 ? null : new String(chars, 0, count);
    }

    /** Validates b[0..n) and, when out is not null, writes its UTF-16 units there; their count, or -1 if invalid. */
    private static int decode(byte[] b, int n, char[] out) {
        int i = 0;
        int o = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (out != null) {
                    out[o] = (char) c;
                }
                o++;
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return -1;
            }
            if (i + len > n) {
                return -1;
            }
            int cp = c & (0x7F >> len);
            for (int k = 1; k < len; k++) {
                int x = b[i + k] & 0xFF;
                if ((x & 0xC0) != 0x80) {
                    return -1;
                }
                cp = cp << 6 | (x & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return -1;
            }
            if (out != null) {
                if (cp >= 0x10000) {
                    out[o] = (char) (0xD7C0 + (cp >> 10));
                    out[o + 1] = (char) (0xDC00 | (cp & 0x3FF));
                } else {
                    out[o] = (char) cp;
                }
            }
            o += cp >= 0x10000 ? 2 : 1;
            i += len;
        }
        return o;
    }

    /** UTF-8 of s: ASCII by hand (TeaVM's charset encoder allocates per call), the rest by the platform. */
    static byte[] encode(String s) {
        int n = s.length();
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            out[i] = (byte) c;
        }
        return out;
    }
}
