package dev.teawasi.web.cli;

import java.util.List;

/**
 * The text printed for a trap, bounded whatever the guest did: the message and every frame are cut to a few
 * hundred characters with control characters escaped, and a deep stack shows its innermost and outermost frames
 * with a count of the ones left out. The JVM command line prints it, and the node one through node-core.js
 * ({@code dev.teawasi.web.CliJs#formatTrap}).
 */
public final class TrapReport {
    static final int INNER_FRAMES = 10;
    static final int OUTER_FRAMES = 5;
    static final int MAX_MESSAGE = 500;
    static final int MAX_FRAME = 200;

    private TrapReport() {}

    /** "teawasi: wasm trap[ WHEN]: MESSAGE\n" then "wasm backtrace:\n  I: FRAME\n"...; when may be null. */
    public static String format(String message, List<String> stack, String when) {
        StringBuilder sb = new StringBuilder("teawasi: wasm trap");
        if (when != null) {
            sb.append(' ').append(when);
        }
        sb.append(": ").append(clip(String.valueOf(message), MAX_MESSAGE)).append('\n');
        int n = stack == null ? 0 : stack.size();
        if (n > 0) {
            sb.append("wasm backtrace:\n");
            boolean elide = n > INNER_FRAMES + OUTER_FRAMES + 1;
            for (int i = 0; i < n; i++) {
                if (elide && i == INNER_FRAMES) {
                    int left = n - INNER_FRAMES - OUTER_FRAMES;
                    sb.append("  ... ").append(left).append(" frames omitted ...\n");
                    i = n - OUTER_FRAMES - 1;
                    continue;
                }
                sb.append("  ")
                        .append(i)
                        .append(": ")
                        .append(clip(stack.get(i), MAX_FRAME))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    /** At most max characters (not splitting a surrogate pair), control characters as \xNN. */
    public static String clip(String s, int max) {
        int end = s.length();
        String more = "";
        if (end > max) {
            end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
            more = "...(" + (s.length() - end) + " more characters)";
        }
        StringBuilder sb = new StringBuilder(end + more.length());
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append(c);
            }
        }
        return sb.append(more).toString();
    }
}
