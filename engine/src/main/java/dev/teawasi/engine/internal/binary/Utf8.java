package dev.teawasi.engine.internal.binary;

/** Strict UTF-8 decoding for names: rejects overlong forms, surrogates and truncated sequences. */
public final class Utf8 {
    private Utf8() {}

    public static String decode(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        int end = off + len;
        int p = off;
        while (p < end) {
            int c = b[p] & 0xFF;
            int cp;
            int n;
            if (c < 0x80) {
                cp = c;
                n = 0;
            } else if (c >= 0xC2 && c < 0xE0) {
                cp = c & 0x1F;
                n = 1;
            } else if (c >= 0xE0 && c < 0xF0) {
                cp = c & 0x0F;
                n = 2;
            } else if (c >= 0xF0 && c < 0xF5) {
                cp = c & 0x07;
                n = 3;
            } else {
                throw new CompileException("malformed UTF-8 encoding", p);
            }
            for (int i = 1; i <= n; i++) {
                if (p + i >= end) {
                    throw new CompileException("malformed UTF-8 encoding", p);
                }
                int cc = b[p + i] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    throw new CompileException("malformed UTF-8 encoding", p);
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
                    || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
                throw new CompileException("malformed UTF-8 encoding", p);
            }
            sb.appendCodePoint(cp);
            p += n + 1;
        }
        return sb.toString();
    }
}
