package dev.teawasi.engine.internal.exec;

/**
 * Opcodes of the internal code: a flat int[] where each instruction is an opcode followed by its operands.
 * Operands named d, a, b, v, cond, addr, index... are value slots relative to the frame pointer; target is an
 * absolute index into the code; offset and imm are immediates. Generated list; order matters only for NUM/SAT.
 */
public final class Op {
    private Op() {
    }

    /** (no operands): an access at a static offset of 2^31 or more always traps */
    public static final int UNREACHABLE = 0;
    /** target */
    public static final int BR = 1;
    /** cond target */
    public static final int BR_IF = 2;
    /** cond target */
    public static final int BR_UNLESS = 3;
    /** index count targets... */
    public static final int BR_TABLE = 4;
    /** (no operands): an access at a static offset of 2^31 or more always traps */
    public static final int RETURN = 5;
    /** func argBase */
    public static final int CALL = 6;
    /** table typeIndex argBase index */
    public static final int CALL_INDIRECT = 7;
    /** d a */
    public static final int MOV_I = 8;
    /** d a */
    public static final int MOV_L = 9;
    /** d a */
    public static final int MOV_D = 10;
    /** d a */
    public static final int MOV_R = 11;
    /** d imm */
    public static final int CONST_I = 12;
    /** d lo hi */
    public static final int CONST_L = 13;
    /** d lo hi */
    public static final int CONST_D = 14;
    /** d a b cond */
    public static final int SELECT_I = 15;
    /** d a b cond */
    public static final int SELECT_L = 16;
    /** d a b cond */
    public static final int SELECT_D = 17;
    /** d a b cond */
    public static final int SELECT_R = 18;
    /** d global */
    public static final int GLOBAL_GET_I = 19;
    /** d global */
    public static final int GLOBAL_GET_L = 20;
    /** d global */
    public static final int GLOBAL_GET_D = 21;
    /** d global */
    public static final int GLOBAL_GET_R = 22;
    /** global a */
    public static final int GLOBAL_SET_I = 23;
    /** global a */
    public static final int GLOBAL_SET_L = 24;
    /** global a */
    public static final int GLOBAL_SET_D = 25;
    /** global a */
    public static final int GLOBAL_SET_R = 26;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I32_LOAD = 27;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I64_LOAD = 28;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int F64_LOAD = 29;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I32_LOAD8_S = 30;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I32_LOAD8_U = 31;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I32_LOAD16_S = 32;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I32_LOAD16_U = 33;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I64_LOAD8_S = 34;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I64_LOAD8_U = 35;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I64_LOAD16_S = 36;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I64_LOAD16_U = 37;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I64_LOAD32_S = 38;
    /** d addr offset addend: address = (addr + addend) mod 2^32, then + offset */
    public static final int I64_LOAD32_U = 39;
    /** addr v offset addend */
    public static final int I32_STORE = 40;
    /** addr v offset addend */
    public static final int I64_STORE = 41;
    /** addr v offset addend */
    public static final int F64_STORE = 42;
    /** addr v offset addend */
    public static final int I32_STORE8 = 43;
    /** addr v offset addend */
    public static final int I32_STORE16 = 44;
    /** addr v offset addend */
    public static final int I64_STORE8 = 45;
    /** addr v offset addend */
    public static final int I64_STORE16 = 46;
    /** addr v offset addend */
    public static final int I64_STORE32 = 47;
    /** d */
    public static final int MEMORY_SIZE = 48;
    /** d a */
    public static final int MEMORY_GROW = 49;
    /** segment dst src n */
    public static final int MEMORY_INIT = 50;
    /** segment */
    public static final int DATA_DROP = 51;
    /** dst src n */
    public static final int MEMORY_COPY = 52;
    /** dst v n */
    public static final int MEMORY_FILL = 53;
    /** d */
    public static final int REF_NULL = 54;
    /** d a */
    public static final int REF_IS_NULL = 55;
    /** d func */
    public static final int REF_FUNC = 56;
    /** d table i */
    public static final int TABLE_GET = 57;
    /** table i v */
    public static final int TABLE_SET = 58;
    /** d table */
    public static final int TABLE_SIZE = 59;
    /** d table init n */
    public static final int TABLE_GROW = 60;
    /** table i v n */
    public static final int TABLE_FILL = 61;
    /** dstTable srcTable d s n */
    public static final int TABLE_COPY = 62;
    /** segment table d s n */
    public static final int TABLE_INIT = 63;
    /** segment */
    public static final int ELEM_DROP = 64;
    /** d a imm */
    public static final int I32_ADD_C = 65;
    /** d a imm */
    public static final int I32_SUB_C = 66;
    /** d a imm */
    public static final int I32_MUL_C = 67;
    /** d a imm */
    public static final int I32_AND_C = 68;
    /** d a imm */
    public static final int I32_OR_C = 69;
    /** d a imm */
    public static final int I32_XOR_C = 70;
    /** d a imm */
    public static final int I32_SHL_C = 71;
    /** d a imm */
    public static final int I32_SHR_S_C = 72;
    /** d a imm */
    public static final int I32_SHR_U_C = 73;
    /** d a imm */
    public static final int I32_EQ_C = 74;
    /** d a imm */
    public static final int I32_NE_C = 75;
    /** d a imm */
    public static final int I32_LT_S_C = 76;
    /** d a imm */
    public static final int I32_LT_U_C = 77;
    /** d a imm */
    public static final int I32_GT_S_C = 78;
    /** d a imm */
    public static final int I32_GT_U_C = 79;
    /** d a imm */
    public static final int I32_LE_S_C = 80;
    /** d a imm */
    public static final int I32_LE_U_C = 81;
    /** d a imm */
    public static final int I32_GE_S_C = 82;
    /** d a imm */
    public static final int I32_GE_U_C = 83;
    /** a target */
    public static final int BR_EQZ = 84;
    /** a target */
    public static final int BR_NEZ = 85;
    /** a b target */
    public static final int BR_EQ = 86;
    /** a b target */
    public static final int BR_NE = 87;
    /** a b target */
    public static final int BR_LT_S = 88;
    /** a b target */
    public static final int BR_LT_U = 89;
    /** a b target */
    public static final int BR_GT_S = 90;
    /** a b target */
    public static final int BR_GT_U = 91;
    /** a b target */
    public static final int BR_LE_S = 92;
    /** a b target */
    public static final int BR_LE_U = 93;
    /** a b target */
    public static final int BR_GE_S = 94;
    /** a b target */
    public static final int BR_GE_U = 95;
    /** a imm target */
    public static final int BR_EQ_C = 96;
    /** a imm target */
    public static final int BR_NE_C = 97;
    /** a imm target */
    public static final int BR_LT_S_C = 98;
    /** a imm target */
    public static final int BR_LT_U_C = 99;
    /** a imm target */
    public static final int BR_GT_S_C = 100;
    /** a imm target */
    public static final int BR_GT_U_C = 101;
    /** a imm target */
    public static final int BR_LE_S_C = 102;
    /** a imm target */
    public static final int BR_LE_U_C = 103;
    /** a imm target */
    public static final int BR_GE_S_C = 104;
    /** a imm target */
    public static final int BR_GE_U_C = 105;
    /** (no operands): an access at a static offset of 2^31 or more always traps */
    public static final int TRAP_MEMORY = 106;
    /** a target */
    public static final int BR_I64_EQZ = 107;
    /** a target */
    public static final int BR_I64_NEZ = 108;
    /** a b target */
    public static final int BR_I64_EQ = 109;
    /** a b target */
    public static final int BR_I64_NE = 110;
    /** a b target */
    public static final int BR_I64_LT_S = 111;
    /** a b target */
    public static final int BR_I64_LT_U = 112;
    /** a b target */
    public static final int BR_I64_GT_S = 113;
    /** a b target */
    public static final int BR_I64_GT_U = 114;
    /** a b target */
    public static final int BR_I64_LE_S = 115;
    /** a b target */
    public static final int BR_I64_LE_U = 116;
    /** a b target */
    public static final int BR_I64_GE_S = 117;
    /** a b target */
    public static final int BR_I64_GE_U = 118;
    /** Wasm numeric opcodes 0x45..0xC4 map to NUM + (opcode - 0x45): unary (d a) or binary (d a b). */
    public static final int NUM = 128;
    /** 0xFC 0..7 (saturating truncations) map to SAT + subopcode: (d a). */
    public static final int SAT = 256;
    /**
     * d a imm: i64 shl/shr_s/shr_u/rotl/rotr by a constant count (0..63). Emitted only where longs are BigInts
     * (TeaVM's JavaScript), where reading the count out of a long slot costs more than the shift; see Translator.
     */
    public static final int I64_SHL_C = 264;
    public static final int I64_SHR_S_C = 265;
    public static final int I64_SHR_U_C = 266;
    public static final int I64_ROTL_C = 267;
    public static final int I64_ROTR_C = 268;
    /** d a b: i64 shl/shr_s/shr_u by a count from a slot, in the JS build (same reason as I64_SHL_C). */
    public static final int I64_SHL_V = 269;
    public static final int I64_SHR_S_V = 270;
    public static final int I64_SHR_U_V = 271;
    public static final int COUNT = 272;
}
