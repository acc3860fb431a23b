package dev.teawasi.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hand-written UTF-8 decoder and encoder of guest paths agree with the platform's on valid input. */
class Utf8CheckTest {
    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void decodesLikeThePlatform() {
        for (String s :
                new String[] {"", "plain/path.txt", "ünïcödé", "日本語", "emoji \uD83D\uDE00 x", "\u07FF\u0800\uFFFD"}) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            byte[] padded = java.util.Arrays.copyOf(b, b.length + 3);
            assertEquals(s, Utf8Check.decode(padded, b.length), s);
            assertArrayEquals(b, Utf8Check.encode(s), s);
        }
    }

    @Test
    void refusesWhatIsNotStrictUtf8() {
        assertNull(Utf8Check.decode(bytes(0xC0, 0xAF), 2)); // overlong
        assertNull(Utf8Check.decode(bytes(0xED, 0xA0, 0x80), 3)); // surrogate
        assertNull(Utf8Check.decode(bytes(0xF4, 0x90, 0x80, 0x80), 4)); // above U+10FFFF
        assertNull(Utf8Check.decode(bytes(0xE2, 0x82), 2)); // truncated
        assertNull(Utf8Check.decode(bytes(0x80), 1)); // stray continuation
    }
}
