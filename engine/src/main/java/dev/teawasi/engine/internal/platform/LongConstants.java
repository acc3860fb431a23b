package dev.teawasi.engine.internal.platform;

/**
 * Long constants beyond int range as fields, not literals: TeaVM's JavaScript rebuilds such a literal (a BigInt)
 * at every evaluation (16 ns measured for 0xFFFFFFFFL, 2.5 ns for the field); on the JVM they are constants.
 */
public final class LongConstants {
    public static final long MIN = field(Long.MIN_VALUE);
    public static final long MAX = field(Long.MAX_VALUE);
    public static final long MASK32 = field(0xFFFFFFFFL);
    public static final long TWO_32 = field(0x100000000L);
    static final long TWO_62 = field(0x4000000000000000L);

    private LongConstants() {}

    private static long field(long v) {
        return v;
    }
}
