package dev.teawasi.engine.internal.exec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never JIT-compiles a method with more than 8000 bytes of bytecode (DontCompileHugeMethods): a dispatch loop
 * over that size runs interpreted, measured 15x slower (fib 37: 63 s instead of 4 s). This guards the limit.
 */
class DispatchLoopSizeTest {
    private static final int HOTSPOT_HUGE_METHOD_LIMIT = 8000;

    @Test
    void secondSwitchStaysCompilable() throws IOException {
        int size = codeLength(Machine.class, "warm");
        assertTrue(size > 0, "Machine.warm not found");
        assertTrue(size <= HOTSPOT_HUGE_METHOD_LIMIT - 200, "Machine.warm has " + size + " bytes of bytecode");
    }

    @Test
    void dispatchLoopStaysCompilable() throws IOException {
        int size = codeLength(Machine.class, "loop");
        assertTrue(size > 0, "Machine.loop not found");
        assertTrue(size <= HOTSPOT_HUGE_METHOD_LIMIT - 200, "Machine.loop has " + size
                + " bytes of bytecode; keep it well under 8000 (move rare instructions into Machine.rare)");
    }

    /** The bytecode length of the named method, read from the class file (0 when absent). */
    static int codeLength(Class<?> c, String method) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            DataInputStream d = new DataInputStream(in);
            d.readInt();
            d.readUnsignedShort();
            d.readUnsignedShort();
            int count = d.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = d.readUnsignedByte();
                switch (tag) {
                    case 1: utf8[i] = d.readUTF(); break;
                    case 3: case 4: d.readInt(); break;
                    case 5: case 6: d.readLong(); i++; break;
                    case 7: case 8: case 16: case 19: case 20: d.readUnsignedShort(); break;
                    case 9: case 10: case 11: case 12: case 17: case 18: d.readInt(); break;
                    case 15: d.readUnsignedByte(); d.readUnsignedShort(); break;
                    default: throw new IOException("constant pool tag " + tag);
                }
            }
            d.readUnsignedShort();
            d.readUnsignedShort();
            d.readUnsignedShort();
            d.skipBytes(2 * d.readUnsignedShort());
            int fields = d.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                d.skipBytes(6);
                skipAttributes(d);
            }
            int methods = d.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                d.readUnsignedShort();
                String name = utf8[d.readUnsignedShort()];
                d.readUnsignedShort();
                int attrs = d.readUnsignedShort();
                for (int a = 0; a < attrs; a++) {
                    String attr = utf8[d.readUnsignedShort()];
                    int len = d.readInt();
                    if (attr.equals("Code") && name.equals(method)) {
                        d.readUnsignedShort();
                        d.readUnsignedShort();
                        return d.readInt();
                    }
                    d.skipBytes(len);
                }
            }
            return 0;
        }
    }

    private static void skipAttributes(DataInputStream d) throws IOException {
        int attrs = d.readUnsignedShort();
        for (int a = 0; a < attrs; a++) {
            d.readUnsignedShort();
            d.skipBytes(d.readInt());
        }
    }
}
