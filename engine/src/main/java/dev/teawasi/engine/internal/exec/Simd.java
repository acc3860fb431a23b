package dev.teawasi.engine.internal.exec;

import static dev.teawasi.engine.internal.platform.CurrentPlatform.PLATFORM;

import dev.teawasi.engine.internal.platform.LongConstants;

/**
 * The fixed-width SIMD instructions (0xFD prefix, WebAssembly 2.0). A v128 lives in four ints of Machine.sv (slot s:
 * sv[4s..4s+3], word 0 = bytes 0..3, little-endian like memory), so i8/i16/i32 lanes and f32 lanes (as bits) are
 * plain int work on both sides; i64 lanes are int pairs with explicit carries (no long, which is a BigInt in
 * TeaVM's JavaScript) except multiplication; f64 lanes go through the platform's halves. Results are built in a scratch
 * array first, since the destination may be an operand. Split by group so every method stays far below HotSpot's
 * 8000-byte compile limit. The op number is Op.SIMD + the instruction's subopcode.
 */
final class Simd {
    private static final int MIN = 0x80000000;

    private Simd() {}

    /** Runs the SIMD instruction at pc; returns the next pc. */
    static int run(Machine m, int[] k, int pc, int fp, InstanceState inst) {
        int[] v = m.vslots();
        switch (k[pc]) {
            case Op.MOV_V:
                System.arraycopy(v, 4 * (fp + k[pc + 2]), v, 4 * (fp + k[pc + 1]), 4);
                return pc + 3;
            case Op.SELECT_V: {
                int from = m.si[fp + k[pc + 4]] != 0 ? k[pc + 2] : k[pc + 3];
                System.arraycopy(v, 4 * (fp + from), v, 4 * (fp + k[pc + 1]), 4);
                return pc + 5;
            }
            case Op.GLOBAL_GET_V:
                System.arraycopy((int[]) inst.globals[k[pc + 2]].rawRef(), 0, v, 4 * (fp + k[pc + 1]), 4);
                return pc + 3;
            case Op.GLOBAL_SET_V: { // a fresh array: Values read from the global may share the old one
                int[] w = new int[4];
                System.arraycopy(v, 4 * (fp + k[pc + 2]), w, 0, 4);
                inst.globals[k[pc + 1]].rawRef(w);
                return pc + 3;
            }
            default:
                break;
        }
        int sub = k[pc] - Op.SIMD;
        if (sub >= 0x100) { // relaxed SIMD: most are run as the deterministic instruction they may equal
            int same = relaxedAs(sub);
            if (same < 0) {
                return relaxed(m, sub, k, pc, fp);
            }
            sub = same;
        }
        if (sub <= 0x0B || (sub >= 0x54 && sub <= 0x5D)) {
            return memory(m, inst.memory.buffer(), sub, k, pc, fp);
        }
        if (sub <= 0x22) {
            return lanes(m, sub, k, pc, fp);
        }
        int d = 4 * (fp + k[pc + 1]);
        int a = 4 * (fp + k[pc + 2]);
        if (sub == 0x53
                || sub == 0x63
                || sub == 0x64
                || sub == 0x83
                || sub == 0x84
                || sub == 0xA3
                || sub == 0xA4
                || sub == 0xC3
                || sub == 0xC4) {
            m.si[fp + k[pc + 1]] = reduce(sub, v, a);
            return pc + 3;
        }
        int[] r = m.simdScratch;
        int next;
        if (sub <= 0x52) {
            next = compareBitwise(m, sub, v, r, k, pc, fp);
        } else if (isFloat(sub)) {
            next = floats(sub, v, r, a, pc, k, fp);
        } else if (sub < 0xA0) {
            next = narrowInts(m, sub, v, r, a, k, pc, fp);
        } else {
            next = wideInts(m, sub, v, r, a, k, pc, fp);
        }
        v[d] = r[0];
        v[d + 1] = r[1];
        v[d + 2] = r[2];
        v[d + 3] = r[3];
        return next;
    }

    /**
     * The 2.0 instruction a relaxed one is run as (DESIGN.md, "Relaxed SIMD"): swizzle, the saturating truncations,
     * bitselect, min/max with the NaN and zero rules, q15mulr_sat; -1 for madd/nmadd and the dot products.
     */
    private static int relaxedAs(int sub) {
        switch (sub) {
            case 0x100:
                return 0x0E;
            case 0x101:
                return 0xF8;
            case 0x102:
                return 0xF9;
            case 0x103:
                return 0xFC;
            case 0x104:
                return 0xFD;
            case 0x109:
            case 0x10A:
            case 0x10B:
            case 0x10C:
                return 0x52;
            case 0x10D:
                return 0xE8;
            case 0x10E:
                return 0xE9;
            case 0x10F:
                return 0xF4;
            case 0x110:
                return 0xF5;
            case 0x111:
                return 0x82;
            default:
                return -1;
        }
    }

    /**
     * madd/nmadd unfused (the product rounded, then the sum: what hardware without FMA gives and what JS can
     * compute exactly); the dot products with the second operand's bytes signed and 16-/32-bit wrapping sums.
     */
    private static int relaxed(Machine m, int sub, int[] k, int pc, int fp) {
        int[] v = m.sv;
        int[] r = m.simdScratch;
        int d = 4 * (fp + k[pc + 1]);
        int a = 4 * (fp + k[pc + 2]);
        int b = 4 * (fp + k[pc + 3]);
        int c = sub == 0x112 ? -1 : 4 * (fp + k[pc + 4]);
        switch (sub) {
            case 0x105:
            case 0x106:
                for (int i = 0; i < 4; i++) {
                    float p = Numerics.f(v[a + i]) * Numerics.f(v[b + i]);
                    r[i] = Float.floatToRawIntBits((sub == 0x106 ? -p : p) + Numerics.f(v[c + i]));
                }
                break;
            case 0x107:
            case 0x108:
                for (int i = 0; i < 4; i += 2) {
                    double p = f64(v[a + i], v[a + i + 1]) * f64(v[b + i], v[b + i + 1]);
                    putF64(r, i, (sub == 0x108 ? -p : p) + f64(v[c + i], v[c + i + 1]));
                }
                break;
            case 0x112:
                for (int i = 0; i < 8; i++) {
                    set16(
                            r,
                            i,
                            lane8(v, a, 2 * i) * lane8(v, b, 2 * i) + lane8(v, a, 2 * i + 1) * lane8(v, b, 2 * i + 1));
                }
                break;
            default: // 0x113: dot of four byte pairs per i32 lane, plus c's lane
                for (int i = 0; i < 4; i++) {
                    int sum = v[c + i];
                    for (int j = 4 * i; j < 4 * i + 4; j++) {
                        sum += lane8(v, a, j) * lane8(v, b, j);
                    }
                    r[i] = sum;
                }
        }
        System.arraycopy(r, 0, v, d, 4);
        return c < 0 ? pc + 4 : pc + 5;
    }

    private static boolean isFloat(int sub) {
        return sub == 0x5E
                || sub == 0x5F
                || (sub >= 0x67 && sub <= 0x6A)
                || sub == 0x74
                || sub == 0x75
                || sub == 0x7A
                || sub == 0x94
                || sub >= 0xE0;
    }

    // ---------------------------------------------------------------- lane access

    static int lane8(int[] v, int b, int i) {
        return (v[b + (i >> 2)] << (24 - 8 * (i & 3))) >> 24;
    }

    static int lane8u(int[] v, int b, int i) {
        return (v[b + (i >> 2)] >>> (8 * (i & 3))) & 0xFF;
    }

    static int lane16(int[] v, int b, int i) {
        return (v[b + (i >> 1)] << (16 - 16 * (i & 1))) >> 16;
    }

    static int lane16u(int[] v, int b, int i) {
        return (v[b + (i >> 1)] >>> (16 * (i & 1))) & 0xFFFF;
    }

    static void set8(int[] r, int i, int x) {
        int sh = 8 * (i & 3);
        r[i >> 2] = (r[i >> 2] & ~(0xFF << sh)) | ((x & 0xFF) << sh);
    }

    static void set16(int[] r, int i, int x) {
        int sh = 16 * (i & 1);
        r[i >> 1] = (r[i >> 1] & ~(0xFFFF << sh)) | ((x & 0xFFFF) << sh);
    }

    static double f64(int lo, int hi) {
        return PLATFORM.f64FromHalves(lo, hi);
    }

    /** Writes x into r[w], r[w + 1]. */
    static void putF64(int[] r, int w, double x) {
        PLATFORM.f64ToHalves(x, r, w);
    }

    private static boolean lessU(int a, int b) {
        return (a ^ MIN) < (b ^ MIN);
    }

    // ---------------------------------------------------------------- memory

    /** The v128 loads and stores (0xFD:sub) on mem; also Machine's access for memories other than 0. */
    static int memory(Machine m, byte[] mem, int sub, int[] k, int pc, int fp) {
        int[] v = m.sv;
        int[] si = m.si;
        if (sub == 0x0B) { // v128.store addr v offset
            int ea = Machine.ea(mem, si[fp + k[pc + 1]], k[pc + 3], 16, pc);
            int s = 4 * (fp + k[pc + 2]);
            for (int i = 0; i < 4; i++) {
                Machine.store32(mem, ea + 4 * i, v[s + i]);
            }
            return pc + 4;
        }
        if (sub >= 0x58 && sub <= 0x5B) { // store lane: addr v offset lane
            int size = 1 << (sub - 0x58);
            int ea = Machine.ea(mem, si[fp + k[pc + 1]], k[pc + 3], size, pc);
            int s = 4 * (fp + k[pc + 2]);
            int lane = k[pc + 4];
            for (int i = 0; i < size; i++) {
                int byteIndex = lane * size + i;
                mem[ea + i] = (byte) (v[s + (byteIndex >> 2)] >>> (8 * (byteIndex & 3)));
            }
            return pc + 5;
        }
        int[] r = m.simdScratch;
        int d = 4 * (fp + k[pc + 1]);
        int base = si[fp + k[pc + 2]];
        if (sub >= 0x54 && sub <= 0x57) { // load lane: d addr v offset lane
            int size = 1 << (sub - 0x54);
            int ea = Machine.ea(mem, base, k[pc + 4], size, pc);
            int s = 4 * (fp + k[pc + 3]);
            System.arraycopy(v, s, r, 0, 4);
            int lane = k[pc + 5];
            for (int i = 0; i < size; i++) {
                int byteIndex = lane * size + i;
                int sh = 8 * (byteIndex & 3);
                r[byteIndex >> 2] = (r[byteIndex >> 2] & ~(0xFF << sh)) | ((mem[ea + i] & 0xFF) << sh);
            }
            copy(r, v, d);
            return pc + 6;
        }
        int offset = k[pc + 3];
        switch (sub) {
            case 0x00: { // v128.load
                int ea = Machine.ea(mem, base, offset, 16, pc);
                for (int i = 0; i < 4; i++) {
                    r[i] = Machine.le32(mem, ea + 4 * i);
                }
                break;
            }
            case 0x01:
            case 0x02: { // load8x8_s/u
                int ea = Machine.ea(mem, base, offset, 8, pc);
                for (int i = 0; i < 8; i++) {
                    set16(r, i, sub == 0x01 ? mem[ea + i] : mem[ea + i] & 0xFF);
                }
                break;
            }
            case 0x03:
            case 0x04: { // load16x4_s/u
                int ea = Machine.ea(mem, base, offset, 8, pc);
                for (int i = 0; i < 4; i++) {
                    int x = Machine.le16(mem, ea + 2 * i);
                    r[i] = sub == 0x03 ? (short) x : x;
                }
                break;
            }
            case 0x05:
            case 0x06: { // load32x2_s/u
                int ea = Machine.ea(mem, base, offset, 8, pc);
                for (int i = 0; i < 2; i++) {
                    int x = Machine.le32(mem, ea + 4 * i);
                    r[2 * i] = x;
                    r[2 * i + 1] = sub == 0x05 ? x >> 31 : 0;
                }
                break;
            }
            case 0x07: { // load8_splat
                int x = mem[Machine.ea(mem, base, offset, 1, pc)] & 0xFF;
                fill(r, x | x << 8 | x << 16 | x << 24);
                break;
            }
            case 0x08: { // load16_splat
                int x = Machine.le16(mem, Machine.ea(mem, base, offset, 2, pc));
                fill(r, x | x << 16);
                break;
            }
            case 0x09: // load32_splat
                fill(r, Machine.le32(mem, Machine.ea(mem, base, offset, 4, pc)));
                break;
            case 0x0A: { // load64_splat
                int ea = Machine.ea(mem, base, offset, 8, pc);
                r[0] = r[2] = Machine.le32(mem, ea);
                r[1] = r[3] = Machine.le32(mem, ea + 4);
                break;
            }
            case 0x5C: // load32_zero
                fill(r, 0);
                r[0] = Machine.le32(mem, Machine.ea(mem, base, offset, 4, pc));
                break;
            default: { // 0x5D load64_zero
                int ea = Machine.ea(mem, base, offset, 8, pc);
                fill(r, 0);
                r[0] = Machine.le32(mem, ea);
                r[1] = Machine.le32(mem, ea + 4);
                break;
            }
        }
        copy(r, v, d);
        return pc + 4;
    }

    private static void fill(int[] r, int x) {
        r[0] = x;
        r[1] = x;
        r[2] = x;
        r[3] = x;
    }

    private static void copy(int[] r, int[] v, int d) {
        v[d] = r[0];
        v[d + 1] = r[1];
        v[d + 2] = r[2];
        v[d + 3] = r[3];
    }

    // ---------------------------------------------------------------- const, shuffle, splat, lanes

    private static int lanes(Machine m, int sub, int[] k, int pc, int fp) {
        int[] v = m.sv;
        int[] r = m.simdScratch;
        int d = fp + k[pc + 1];
        int a = fp + k[pc + 2];
        switch (sub) {
            case 0x0C: // v128.const d w0 w1 w2 w3
                System.arraycopy(k, pc + 2, v, 4 * d, 4);
                return pc + 6;
            case 0x0D: { // shuffle d a b m0..m3 (16 lane indexes, 4 per int)
                int b = fp + k[pc + 3];
                for (int i = 0; i < 16; i++) {
                    int s = (k[pc + 4 + (i >> 2)] >>> (8 * (i & 3))) & 0xFF;
                    set8(r, i, s < 16 ? lane8u(v, 4 * a, s) : lane8u(v, 4 * b, s - 16));
                }
                copy(r, v, 4 * d);
                return pc + 8;
            }
            case 0x0E: { // swizzle
                int b = 4 * (fp + k[pc + 3]);
                for (int i = 0; i < 16; i++) {
                    int s = lane8u(v, b, i);
                    set8(r, i, s < 16 ? lane8u(v, 4 * a, s) : 0);
                }
                copy(r, v, 4 * d);
                return pc + 4;
            }
            case 0x0F: { // i8x16.splat
                int x = m.si[a] & 0xFF;
                fill(r, x | x << 8 | x << 16 | x << 24);
                copy(r, v, 4 * d);
                return pc + 3;
            }
            case 0x10: { // i16x8.splat
                int x = m.si[a] & 0xFFFF;
                fill(r, x | x << 16);
                copy(r, v, 4 * d);
                return pc + 3;
            }
            case 0x11: // i32x4.splat
            case 0x13: // f32x4.splat
                fill(r, m.si[a]);
                copy(r, v, 4 * d);
                return pc + 3;
            case 0x12: { // i64x2.splat
                long x = m.sl[a];
                r[0] = r[2] = PLATFORM.low(x);
                r[1] = r[3] = PLATFORM.high(x);
                copy(r, v, 4 * d);
                return pc + 3;
            }
            case 0x14: // f64x2.splat
                putF64(r, 0, m.sd[a]);
                r[2] = r[0];
                r[3] = r[1];
                copy(r, v, 4 * d);
                return pc + 3;
            default:
                break;
        }
        int lane;
        if (sub == 0x15
                || sub == 0x16
                || sub == 0x18
                || sub == 0x19
                || sub == 0x1B
                || sub == 0x1D
                || sub == 0x1F
                || sub == 0x21) { // extract_lane d a lane
            lane = k[pc + 3];
            int b = 4 * a;
            switch (sub) {
                case 0x15:
                    m.si[d] = lane8(v, b, lane);
                    break;
                case 0x16:
                    m.si[d] = lane8u(v, b, lane);
                    break;
                case 0x18:
                    m.si[d] = lane16(v, b, lane);
                    break;
                case 0x19:
                    m.si[d] = lane16u(v, b, lane);
                    break;
                case 0x1B:
                case 0x1F:
                    m.si[d] = v[b + lane];
                    break;
                case 0x1D:
                    m.sl[d] = PLATFORM.fromHalves(v[b + 2 * lane], v[b + 2 * lane + 1]);
                    break;
                default:
                    m.sd[d] = f64(v[b + 2 * lane], v[b + 2 * lane + 1]);
                    break;
            }
            return pc + 4;
        }
        // replace_lane d a x lane
        int x = fp + k[pc + 3];
        lane = k[pc + 4];
        System.arraycopy(v, 4 * a, r, 0, 4);
        switch (sub) {
            case 0x17:
                set8(r, lane, m.si[x]);
                break;
            case 0x1A:
                set16(r, lane, m.si[x]);
                break;
            case 0x1C:
            case 0x20:
                r[lane] = m.si[x];
                break;
            case 0x1E: {
                long y = m.sl[x];
                r[2 * lane] = PLATFORM.low(y);
                r[2 * lane + 1] = PLATFORM.high(y);
                break;
            }
            default:
                putF64(r, 2 * lane, m.sd[x]);
                break;
        }
        copy(r, v, 4 * d);
        return pc + 5;
    }

    // ---------------------------------------------------------------- any_true, all_true, bitmask

    private static int reduce(int sub, int[] v, int a) {
        switch (sub) {
            case 0x53:
                return (v[a] | v[a + 1] | v[a + 2] | v[a + 3]) != 0 ? 1 : 0;
            case 0x63: {
                for (int i = 0; i < 16; i++) {
                    if (lane8u(v, a, i) == 0) {
                        return 0;
                    }
                }
                return 1;
            }
            case 0x64: {
                int mask = 0;
                for (int i = 0; i < 16; i++) {
                    mask |= (lane8u(v, a, i) >>> 7) << i;
                }
                return mask;
            }
            case 0x83: {
                for (int i = 0; i < 8; i++) {
                    if (lane16u(v, a, i) == 0) {
                        return 0;
                    }
                }
                return 1;
            }
            case 0x84: {
                int mask = 0;
                for (int i = 0; i < 8; i++) {
                    mask |= (lane16u(v, a, i) >>> 15) << i;
                }
                return mask;
            }
            case 0xA3:
                return v[a] != 0 && v[a + 1] != 0 && v[a + 2] != 0 && v[a + 3] != 0 ? 1 : 0;
            case 0xA4:
                return (v[a] >>> 31) | (v[a + 1] >>> 31) << 1 | (v[a + 2] >>> 31) << 2 | (v[a + 3] >>> 31) << 3;
            case 0xC3:
                return (v[a] | v[a + 1]) != 0 && (v[a + 2] | v[a + 3]) != 0 ? 1 : 0;
            default:
                return (v[a + 1] >>> 31) | (v[a + 3] >>> 31) << 1; // 0xC4 i64x2.bitmask
        }
    }

    // ---------------------------------------------------------------- compares and bitwise

    private static int compareBitwise(Machine m, int sub, int[] v, int[] r, int[] k, int pc, int fp) {
        int a = 4 * (fp + k[pc + 2]);
        if (sub == 0x4D) { // not
            for (int i = 0; i < 4; i++) {
                r[i] = ~v[a + i];
            }
            return pc + 3;
        }
        int b = 4 * (fp + k[pc + 3]);
        if (sub >= 0x4E) {
            for (int i = 0; i < 4; i++) {
                int x = v[a + i];
                int y = v[b + i];
                switch (sub) {
                    case 0x4E:
                        r[i] = x & y;
                        break;
                    case 0x4F:
                        r[i] = x & ~y;
                        break;
                    case 0x50:
                        r[i] = x | y;
                        break;
                    case 0x51:
                        r[i] = x ^ y;
                        break;
                    default: { // 0x52 bitselect a b c
                        int c = v[4 * (fp + k[pc + 4]) + i];
                        r[i] = (x & c) | (y & ~c);
                    }
                }
            }
            return sub == 0x52 ? pc + 5 : pc + 4;
        }
        if (sub <= 0x2C) { // i8x16 compares
            int c = sub - 0x23;
            for (int i = 0; i < 16; i++) {
                set8(r, i, intCompare(c, lane8(v, a, i), lane8(v, b, i), lane8u(v, a, i), lane8u(v, b, i)) ? -1 : 0);
            }
        } else if (sub <= 0x36) {
            int c = sub - 0x2D;
            for (int i = 0; i < 8; i++) {
                set16(
                        r,
                        i,
                        intCompare(c, lane16(v, a, i), lane16(v, b, i), lane16u(v, a, i), lane16u(v, b, i)) ? -1 : 0);
            }
        } else if (sub <= 0x40) {
            int c = sub - 0x37;
            for (int i = 0; i < 4; i++) {
                int x = v[a + i];
                int y = v[b + i];
                r[i] = intCompare(c, x, y, x ^ MIN, y ^ MIN) ? -1 : 0;
            }
        } else if (sub <= 0x46) {
            int c = sub - 0x41;
            for (int i = 0; i < 4; i++) {
                r[i] = floatCompare(c, Numerics.f(v[a + i]), Numerics.f(v[b + i])) ? -1 : 0;
            }
        } else {
            int c = sub - 0x47;
            for (int i = 0; i < 2; i++) {
                boolean t = floatCompare(c, f64(v[a + 2 * i], v[a + 2 * i + 1]), f64(v[b + 2 * i], v[b + 2 * i + 1]));
                r[2 * i] = r[2 * i + 1] = t ? -1 : 0;
            }
        }
        return pc + 4;
    }

    /** eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u on signed (x, y) and order-preserving unsigned (xu, yu). */
    private static boolean intCompare(int c, int x, int y, int xu, int yu) {
        switch (c) {
            case 0:
                return x == y;
            case 1:
                return x != y;
            case 2:
                return x < y;
            case 3:
                return xu < yu;
            case 4:
                return x > y;
            case 5:
                return xu > yu;
            case 6:
                return x <= y;
            case 7:
                return xu <= yu;
            case 8:
                return x >= y;
            default:
                return xu >= yu;
        }
    }

    private static boolean floatCompare(int c, double x, double y) {
        switch (c) {
            case 0:
                return x == y;
            case 1:
                return x != y;
            case 2:
                return x < y;
            case 3:
                return x > y;
            case 4:
                return x <= y;
            default:
                return x >= y;
        }
    }

    // ---------------------------------------------------------------- i8x16 and i16x8

    private static int sat(int x, int lo, int hi) {
        return x < lo ? lo : x > hi ? hi : x;
    }

    private static int narrowInts(Machine m, int sub, int[] v, int[] r, int a, int[] k, int pc, int fp) {
        switch (sub) {
            case 0x60:
            case 0x61:
            case 0x62: { // i8x16 abs neg popcnt
                for (int i = 0; i < 16; i++) {
                    int x = lane8(v, a, i);
                    set8(r, i, sub == 0x60 ? Math.abs(x) : sub == 0x61 ? -x : Integer.bitCount(x & 0xFF));
                }
                return pc + 3;
            }
            case 0x80:
            case 0x81: { // i16x8 abs neg
                for (int i = 0; i < 8; i++) {
                    int x = lane16(v, a, i);
                    set16(r, i, sub == 0x80 ? Math.abs(x) : -x);
                }
                return pc + 3;
            }
            case 0x7C:
            case 0x7D: { // i16x8.extadd_pairwise_i8x16_s/u
                for (int i = 0; i < 8; i++) {
                    set16(
                            r,
                            i,
                            sub == 0x7C
                                    ? lane8(v, a, 2 * i) + lane8(v, a, 2 * i + 1)
                                    : lane8u(v, a, 2 * i) + lane8u(v, a, 2 * i + 1));
                }
                return pc + 3;
            }
            case 0x7E:
            case 0x7F: { // i32x4.extadd_pairwise_i16x8_s/u
                for (int i = 0; i < 4; i++) {
                    r[i] = sub == 0x7E
                            ? lane16(v, a, 2 * i) + lane16(v, a, 2 * i + 1)
                            : lane16u(v, a, 2 * i) + lane16u(v, a, 2 * i + 1);
                }
                return pc + 3;
            }
            case 0x87:
            case 0x88:
            case 0x89:
            case 0x8A: { // i16x8.extend_low/high_i8x16_s/u
                int from = sub == 0x87 || sub == 0x89 ? 0 : 8;
                for (int i = 0; i < 8; i++) {
                    set16(r, i, sub <= 0x88 ? lane8(v, a, from + i) : lane8u(v, a, from + i));
                }
                return pc + 3;
            }
            case 0x6B:
            case 0x6C:
            case 0x6D: { // i8x16 shifts by an i32
                int n = m.si[fp + k[pc + 3]] & 7;
                for (int i = 0; i < 16; i++) {
                    set8(
                            r,
                            i,
                            sub == 0x6B
                                    ? lane8(v, a, i) << n
                                    : sub == 0x6C ? lane8(v, a, i) >> n : lane8u(v, a, i) >>> n);
                }
                return pc + 4;
            }
            case 0x8B:
            case 0x8C:
            case 0x8D: {
                int n = m.si[fp + k[pc + 3]] & 15;
                for (int i = 0; i < 8; i++) {
                    set16(
                            r,
                            i,
                            sub == 0x8B
                                    ? lane16(v, a, i) << n
                                    : sub == 0x8C ? lane16(v, a, i) >> n : lane16u(v, a, i) >>> n);
                }
                return pc + 4;
            }
            default:
                break;
        }
        int b = 4 * (fp + k[pc + 3]);
        if (sub == 0x65 || sub == 0x66) { // i8x16.narrow_i16x8_s/u
            for (int i = 0; i < 16; i++) {
                int x = i < 8 ? lane16(v, a, i) : lane16(v, b, i - 8);
                set8(r, i, sub == 0x65 ? sat(x, -128, 127) : sat(x, 0, 255));
            }
            return pc + 4;
        }
        if (sub == 0x85 || sub == 0x86) { // i16x8.narrow_i32x4_s/u
            for (int i = 0; i < 8; i++) {
                int x = i < 4 ? v[a + i] : v[b + i - 4];
                set16(r, i, sub == 0x85 ? sat(x, -32768, 32767) : sat(x, 0, 65535));
            }
            return pc + 4;
        }
        if (sub >= 0x9C) { // i16x8.extmul_low/high_i8x16_s/u
            int from = sub == 0x9C || sub == 0x9E ? 0 : 8;
            boolean signed = sub <= 0x9D;
            for (int i = 0; i < 8; i++) {
                int x = signed ? lane8(v, a, from + i) : lane8u(v, a, from + i);
                int y = signed ? lane8(v, b, from + i) : lane8u(v, b, from + i);
                set16(r, i, x * y);
            }
            return pc + 4;
        }
        if (sub <= 0x7B) { // i8x16 binary
            for (int i = 0; i < 16; i++) {
                set8(r, i, laneOp(sub - 0x6E, lane8(v, a, i), lane8(v, b, i), lane8u(v, a, i), lane8u(v, b, i), 8));
            }
            return pc + 4;
        }
        for (int i = 0; i < 8; i++) { // i16x8 binary
            int x = lane16(v, a, i);
            int y = lane16(v, b, i);
            int z = sub == 0x82
                    ? sat((x * y + 0x4000) >> 15, -32768, 32767)
                    : sub == 0x95 ? x * y : laneOp(sub - 0x8E, x, y, lane16u(v, a, i), lane16u(v, b, i), 16);
            set16(r, i, z);
        }
        return pc + 4;
    }

    /**
     * The i8x16/i16x8 binary ops by their offset from add (0x6E / 0x8E): add add_sat_s add_sat_u sub sub_sat_s
     * sub_sat_u (gap) (gap) min_s min_u max_s max_u (gap) avgr_u.
     */
    private static int laneOp(int c, int x, int y, int xu, int yu, int bits) {
        int smax = (1 << (bits - 1)) - 1;
        int smin = -(1 << (bits - 1));
        int umax = (1 << bits) - 1;
        switch (c) {
            case 0:
                return x + y;
            case 1:
                return sat(x + y, smin, smax);
            case 2:
                return sat(xu + yu, 0, umax);
            case 3:
                return x - y;
            case 4:
                return sat(x - y, smin, smax);
            case 5:
                return sat(xu - yu, 0, umax);
            case 8:
                return Math.min(x, y);
            case 9:
                return Math.min(xu, yu);
            case 10:
                return Math.max(x, y);
            case 11:
                return Math.max(xu, yu);
            case 13:
                return (xu + yu + 1) >>> 1;
            default:
                throw new IllegalStateException("bad SIMD lane op " + c);
        }
    }

    // ---------------------------------------------------------------- i32x4 and i64x2

    private static int wideInts(Machine m, int sub, int[] v, int[] r, int a, int[] k, int pc, int fp) {
        switch (sub) {
            case 0xA0:
            case 0xA1: // i32x4 abs neg
                for (int i = 0; i < 4; i++) {
                    r[i] = sub == 0xA0 ? Math.abs(v[a + i]) : -v[a + i];
                }
                return pc + 3;
            case 0xA7:
            case 0xA8:
            case 0xA9:
            case 0xAA: { // i32x4.extend_low/high_i16x8_s/u
                int from = sub == 0xA7 || sub == 0xA9 ? 0 : 4;
                for (int i = 0; i < 4; i++) {
                    r[i] = sub <= 0xA8 ? lane16(v, a, from + i) : lane16u(v, a, from + i);
                }
                return pc + 3;
            }
            case 0xC0:
            case 0xC1: // i64x2 abs neg
                for (int i = 0; i < 4; i += 2) {
                    int lo = v[a + i];
                    int hi = v[a + i + 1];
                    if (sub == 0xC1 || hi < 0) {
                        r[i] = -lo;
                        r[i + 1] = lo == 0 ? -hi : ~hi;
                    } else {
                        r[i] = lo;
                        r[i + 1] = hi;
                    }
                }
                return pc + 3;
            case 0xC7:
            case 0xC8:
            case 0xC9:
            case 0xCA: { // i64x2.extend_low/high_i32x4_s/u
                int from = sub == 0xC7 || sub == 0xC9 ? 0 : 2;
                int x0 = v[a + from];
                int x1 = v[a + from + 1];
                r[0] = x0;
                r[1] = sub <= 0xC8 ? x0 >> 31 : 0;
                r[2] = x1;
                r[3] = sub <= 0xC8 ? x1 >> 31 : 0;
                return pc + 3;
            }
            case 0xAB:
            case 0xAC:
            case 0xAD: { // i32x4 shifts
                int n = m.si[fp + k[pc + 3]] & 31;
                for (int i = 0; i < 4; i++) {
                    int x = v[a + i];
                    r[i] = sub == 0xAB ? x << n : sub == 0xAC ? x >> n : x >>> n;
                }
                return pc + 4;
            }
            case 0xCB:
            case 0xCC:
            case 0xCD: { // i64x2 shifts
                int n = m.si[fp + k[pc + 3]] & 63;
                for (int i = 0; i < 4; i += 2) {
                    shift64(sub, v[a + i], v[a + i + 1], n, r, i);
                }
                return pc + 4;
            }
            default:
                break;
        }
        int b = 4 * (fp + k[pc + 3]);
        switch (sub) {
            case 0xAE:
            case 0xB1:
            case 0xB5:
            case 0xB6:
            case 0xB7:
            case 0xB8:
            case 0xB9:
                for (int i = 0; i < 4; i++) {
                    int x = v[a + i];
                    int y = v[b + i];
                    switch (sub) {
                        case 0xAE:
                            r[i] = x + y;
                            break;
                        case 0xB1:
                            r[i] = x - y;
                            break;
                        case 0xB5:
                            r[i] = x * y;
                            break;
                        case 0xB6:
                            r[i] = Math.min(x, y);
                            break;
                        case 0xB7:
                            r[i] = lessU(x, y) ? x : y;
                            break;
                        case 0xB8:
                            r[i] = Math.max(x, y);
                            break;
                        default:
                            r[i] = lessU(x, y) ? y : x;
                            break;
                    }
                }
                return pc + 4;
            case 0xBA: // i32x4.dot_i16x8_s
                for (int i = 0; i < 4; i++) {
                    r[i] = lane16(v, a, 2 * i) * lane16(v, b, 2 * i)
                            + lane16(v, a, 2 * i + 1) * lane16(v, b, 2 * i + 1);
                }
                return pc + 4;
            case 0xBC:
            case 0xBD:
            case 0xBE:
            case 0xBF: { // i32x4.extmul_low/high_i16x8_s/u
                int from = sub == 0xBC || sub == 0xBE ? 0 : 4;
                for (int i = 0; i < 4; i++) {
                    r[i] = sub <= 0xBD
                            ? lane16(v, a, from + i) * lane16(v, b, from + i)
                            : lane16u(v, a, from + i) * lane16u(v, b, from + i);
                }
                return pc + 4;
            }
            case 0xCE:
            case 0xD1: // i64x2 add sub
                for (int i = 0; i < 4; i += 2) {
                    int xl = v[a + i];
                    int yl = v[b + i];
                    if (sub == 0xCE) {
                        int lo = xl + yl;
                        r[i] = lo;
                        r[i + 1] = v[a + i + 1] + v[b + i + 1] + (lessU(lo, xl) ? 1 : 0);
                    } else {
                        r[i] = xl - yl;
                        r[i + 1] = v[a + i + 1] - v[b + i + 1] - (lessU(xl, yl) ? 1 : 0);
                    }
                }
                return pc + 4;
            case 0xD5: // i64x2.mul (long arithmetic: rare enough)
                for (int i = 0; i < 4; i += 2) {
                    long p = PLATFORM.fromHalves(v[a + i], v[a + i + 1]) * PLATFORM.fromHalves(v[b + i], v[b + i + 1]);
                    r[i] = PLATFORM.low(p);
                    r[i + 1] = PLATFORM.high(p);
                }
                return pc + 4;
            case 0xD6:
            case 0xD7:
            case 0xD8:
            case 0xD9:
            case 0xDA:
            case 0xDB:
                for (int i = 0; i < 4; i += 2) {
                    int xh = v[a + i + 1];
                    int yh = v[b + i + 1];
                    int xl = v[a + i];
                    int yl = v[b + i];
                    int cmp = xh != yh ? (xh < yh ? -1 : 1) : xl == yl ? 0 : lessU(xl, yl) ? -1 : 1;
                    boolean t;
                    switch (sub) {
                        case 0xD6:
                            t = cmp == 0;
                            break;
                        case 0xD7:
                            t = cmp != 0;
                            break;
                        case 0xD8:
                            t = cmp < 0;
                            break;
                        case 0xD9:
                            t = cmp > 0;
                            break;
                        case 0xDA:
                            t = cmp <= 0;
                            break;
                        default:
                            t = cmp >= 0;
                            break;
                    }
                    r[i] = r[i + 1] = t ? -1 : 0;
                }
                return pc + 4;
            default: { // 0xDC..0xDF i64x2.extmul_low/high_i32x4_s/u
                int from = sub == 0xDC || sub == 0xDE ? 0 : 2;
                for (int i = 0; i < 2; i++) {
                    int x = v[a + from + i];
                    int y = v[b + from + i];
                    long p =
                            sub <= 0xDD ? (long) x * (long) y : (x & LongConstants.MASK32) * (y & LongConstants.MASK32);
                    r[2 * i] = PLATFORM.low(p);
                    r[2 * i + 1] = PLATFORM.high(p);
                }
                return pc + 4;
            }
        }
    }

    private static void shift64(int sub, int lo, int hi, int n, int[] r, int i) {
        if (n == 0) {
            r[i] = lo;
            r[i + 1] = hi;
        } else if (sub == 0xCB) { // shl
            if (n < 32) {
                r[i + 1] = hi << n | lo >>> (32 - n);
                r[i] = lo << n;
            } else {
                r[i + 1] = lo << (n - 32);
                r[i] = 0;
            }
        } else if (n < 32) { // shr_s, shr_u
            r[i] = lo >>> n | hi << (32 - n);
            r[i + 1] = sub == 0xCC ? hi >> n : hi >>> n;
        } else {
            r[i] = sub == 0xCC ? hi >> (n - 32) : hi >>> (n - 32);
            r[i + 1] = sub == 0xCC ? hi >> 31 : 0;
        }
    }

    // ---------------------------------------------------------------- f32x4 and f64x2

    private static int floats(int sub, int[] v, int[] r, int a, int pc, int[] k, int fp) {
        switch (sub) {
            case 0xE0:
            case 0xE1:
            case 0xE3:
            case 0x67:
            case 0x68:
            case 0x69:
            case 0x6A:
            case 0xF8:
            case 0xF9:
            case 0xFA:
            case 0xFB:
                for (int i = 0; i < 4; i++) {
                    int x = v[a + i];
                    switch (sub) {
                        case 0xE0:
                            r[i] = x & 0x7FFFFFFF;
                            break;
                        case 0xE1:
                            r[i] = x ^ MIN;
                            break;
                        case 0xE3:
                            r[i] = Numerics.f32Sqrt(x);
                            break;
                        case 0x67:
                            r[i] = Numerics.f32Ceil(x);
                            break;
                        case 0x68:
                            r[i] = Numerics.f32Floor(x);
                            break;
                        case 0x69:
                            r[i] = Numerics.f32Trunc(x);
                            break;
                        case 0x6A:
                            r[i] = Numerics.f32Nearest(x);
                            break;
                        case 0xF8:
                            r[i] = Numerics.i32TruncSatF32S(x);
                            break;
                        case 0xF9:
                            r[i] = Numerics.i32TruncSatF32U(x);
                            break;
                        case 0xFA:
                            r[i] = Numerics.f32ConvertI32S(x);
                            break;
                        default:
                            r[i] = Numerics.f32ConvertI32U(x);
                            break;
                    }
                }
                return pc + 3;
            case 0xEC:
            case 0xED: // f64x2 abs neg: the sign bit only
                for (int i = 0; i < 4; i += 2) {
                    r[i] = v[a + i];
                    r[i + 1] = sub == 0xEC ? v[a + i + 1] & 0x7FFFFFFF : v[a + i + 1] ^ MIN;
                }
                return pc + 3;
            case 0xEF:
            case 0x74:
            case 0x75:
            case 0x7A:
            case 0x94:
                for (int i = 0; i < 4; i += 2) {
                    double x = f64(v[a + i], v[a + i + 1]);
                    double y;
                    switch (sub) {
                        case 0xEF:
                            y = Math.sqrt(x);
                            break;
                        case 0x74:
                            y = Numerics.f64Ceil(x);
                            break;
                        case 0x75:
                            y = Numerics.f64Floor(x);
                            break;
                        case 0x7A:
                            y = Numerics.f64Trunc(x);
                            break;
                        default:
                            y = Numerics.f64Nearest(x);
                            break;
                    }
                    putF64(r, i, y);
                }
                return pc + 3;
            case 0x5E: // f32x4.demote_f64x2_zero
                r[0] = Numerics.f32DemoteF64(f64(v[a], v[a + 1]));
                r[1] = Numerics.f32DemoteF64(f64(v[a + 2], v[a + 3]));
                r[2] = 0;
                r[3] = 0;
                return pc + 3;
            case 0x5F: { // f64x2.promote_low_f32x4
                int x0 = v[a];
                int x1 = v[a + 1];
                putF64(r, 0, Numerics.f64PromoteF32(x0));
                putF64(r, 2, Numerics.f64PromoteF32(x1));
                return pc + 3;
            }
            case 0xFC:
            case 0xFD: { // i32x4.trunc_sat_f64x2_s/u_zero
                double x0 = f64(v[a], v[a + 1]);
                double x1 = f64(v[a + 2], v[a + 3]);
                r[0] = sub == 0xFC ? Numerics.i32TruncSatF64S(x0) : Numerics.i32TruncSatF64U(x0);
                r[1] = sub == 0xFC ? Numerics.i32TruncSatF64S(x1) : Numerics.i32TruncSatF64U(x1);
                r[2] = 0;
                r[3] = 0;
                return pc + 3;
            }
            case 0xFE:
            case 0xFF: { // f64x2.convert_low_i32x4_s/u
                int x0 = v[a];
                int x1 = v[a + 1];
                putF64(r, 0, sub == 0xFE ? Numerics.f64ConvertI32S(x0) : Numerics.f64ConvertI32U(x0));
                putF64(r, 2, sub == 0xFE ? Numerics.f64ConvertI32S(x1) : Numerics.f64ConvertI32U(x1));
                return pc + 3;
            }
            default:
                break;
        }
        int b = 4 * (fp + k[pc + 3]);
        if (sub <= 0xEB) { // f32x4 binary
            for (int i = 0; i < 4; i++) {
                int x = v[a + i];
                int y = v[b + i];
                switch (sub) {
                    case 0xE4:
                        r[i] = Numerics.f32Add(x, y);
                        break;
                    case 0xE5:
                        r[i] = Numerics.f32Sub(x, y);
                        break;
                    case 0xE6:
                        r[i] = Numerics.f32Mul(x, y);
                        break;
                    case 0xE7:
                        r[i] = Numerics.f32Div(x, y);
                        break;
                    case 0xE8:
                        r[i] = Numerics.f32Min(x, y);
                        break;
                    case 0xE9:
                        r[i] = Numerics.f32Max(x, y);
                        break;
                    case 0xEA:
                        r[i] = Numerics.f(y) < Numerics.f(x) ? y : x;
                        break; // pmin: the bits of one operand
                    default:
                        r[i] = Numerics.f(x) < Numerics.f(y) ? y : x;
                        break; // pmax
                }
            }
            return pc + 4;
        }
        for (int i = 0; i < 4; i += 2) { // f64x2 binary
            double x = f64(v[a + i], v[a + i + 1]);
            double y = f64(v[b + i], v[b + i + 1]);
            switch (sub) {
                case 0xF0:
                    putF64(r, i, x + y);
                    break;
                case 0xF1:
                    putF64(r, i, x - y);
                    break;
                case 0xF2:
                    putF64(r, i, x * y);
                    break;
                case 0xF3:
                    putF64(r, i, x / y);
                    break;
                case 0xF4:
                    putF64(r, i, Numerics.f64Min(x, y));
                    break;
                case 0xF5:
                    putF64(r, i, Numerics.f64Max(x, y));
                    break;
                case 0xF6: // pmin/pmax keep the chosen operand's bits
                    r[i] = y < x ? v[b + i] : v[a + i];
                    r[i + 1] = y < x ? v[b + i + 1] : v[a + i + 1];
                    break;
                default:
                    r[i] = x < y ? v[b + i] : v[a + i];
                    r[i + 1] = x < y ? v[b + i + 1] : v[a + i + 1];
                    break;
            }
        }
        return pc + 4;
    }
}
