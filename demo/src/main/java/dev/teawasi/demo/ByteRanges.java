package dev.teawasi.demo;

/**
 * The Range header of a request for a file of known length (RFC 9110, 14.1.2): one byte range, given as
 * first-last, first- or -suffix. Anything else (other units, several ranges, malformed text) is ignored and the
 * whole file is sent, as the RFC allows.
 */
final class ByteRanges {
    /** The range cannot be served (it starts at or after the end): 416. */
    static final long[] UNSATISFIABLE = new long[0];

    private ByteRanges() {}

    /** {first, last} (inclusive), {@link #UNSATISFIABLE}, or null to send the whole file. */
    static long[] parse(String header, long length) {
        String h = header.trim();
        if (!h.startsWith("bytes=")) {
            return null;
        }
        String spec = h.substring(6).trim();
        if (spec.indexOf(',') >= 0) {
            return null;
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String a = spec.substring(0, dash).trim();
        String b = spec.substring(dash + 1).trim();
        long first;
        long last;
        try {
            if (a.isEmpty()) {
                long suffix = digits(b);
                if (suffix == 0) {
                    return UNSATISFIABLE;
                }
                first = Math.max(0, length - suffix);
                last = length - 1;
            } else {
                first = digits(a);
                last = b.isEmpty() ? length - 1 : Math.min(digits(b), length - 1);
                if (!b.isEmpty() && digits(b) < first) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (first >= length || length == 0) {
            return UNSATISFIABLE;
        }
        return new long[] {first, last};
    }

    private static long digits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            throw new NumberFormatException(s);
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw new NumberFormatException(s);
            }
        }
        return Long.parseLong(s);
    }
}
