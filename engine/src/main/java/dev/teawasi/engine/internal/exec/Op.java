// Generated from engine/src/main/instructions/instructions.txt by InstructionTableGenerator (engine tests): do not edit.
package dev.teawasi.engine.internal.exec;

/**
 * Opcodes of the internal code: a flat int[] where each instruction is an opcode followed by its operands.
 * Operands named d, a, b, v, cond, addr, index... are value slots relative to the frame pointer; target is an
 * absolute index into the code; offset, imm, pool... are immediates (see instructions.txt).
 */
public final class Op {
    private Op() {
    }

    /** (no operands) */
    public static final int UNREACHABLE = 0;
    /** target */
    public static final int BR = 1;
    /** cond target */
    public static final int BR_IF = 2;
    /** cond target */
    public static final int BR_UNLESS = 3;
    /** index count targets... */
    public static final int BR_TABLE = 4;
    /** (no operands) */
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
    /** d pool */
    public static final int CONST_L = 13;
    /** d pool */
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
    /** d addr offset addend */
    public static final int I32_LOAD = 27;
    /** d addr offset addend */
    public static final int I64_LOAD = 28;
    /** d addr offset addend */
    public static final int F64_LOAD = 29;
    /** d addr offset addend */
    public static final int I32_LOAD8_S = 30;
    /** d addr offset addend */
    public static final int I32_LOAD8_U = 31;
    /** d addr offset addend */
    public static final int I32_LOAD16_S = 32;
    /** d addr offset addend */
    public static final int I32_LOAD16_U = 33;
    /** d addr offset addend */
    public static final int I64_LOAD8_S = 34;
    /** d addr offset addend */
    public static final int I64_LOAD8_U = 35;
    /** d addr offset addend */
    public static final int I64_LOAD16_S = 36;
    /** d addr offset addend */
    public static final int I64_LOAD16_U = 37;
    /** d addr offset addend */
    public static final int I64_LOAD32_S = 38;
    /** d addr offset addend */
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
    /** d memory */
    public static final int MEMORY_SIZE = 48;
    /** d a memory */
    public static final int MEMORY_GROW = 49;
    /** segment dst src n memory */
    public static final int MEMORY_INIT = 50;
    /** segment */
    public static final int DATA_DROP = 51;
    /** dst src n memory srcMemory */
    public static final int MEMORY_COPY = 52;
    /** dst v n memory */
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
    /** func argBase */
    public static final int RETURN_CALL = 65;
    /** table typeIndex argBase index */
    public static final int RETURN_CALL_INDIRECT = 66;
    /** memory */
    public static final int WITH_MEMORY = 67;
    /** d a */
    public static final int NARROW_ADDRESS = 68;
    /** tag argBase */
    public static final int THROW = 69;
    /** a */
    public static final int THROW_REF = 70;
    /** argBase a */
    public static final int CALL_REF = 71;
    /** argBase a */
    public static final int RETURN_CALL_REF = 72;
    /** a */
    public static final int REF_AS_NON_NULL = 73;
    /** d a imm */
    public static final int I32_ADD_C = 74;
    /** d a imm */
    public static final int I32_SUB_C = 75;
    /** d a imm */
    public static final int I32_MUL_C = 76;
    /** d a imm */
    public static final int I32_AND_C = 77;
    /** d a imm */
    public static final int I32_OR_C = 78;
    /** d a imm */
    public static final int I32_XOR_C = 79;
    /** d a imm */
    public static final int I32_SHL_C = 80;
    /** d a imm */
    public static final int I32_SHR_S_C = 81;
    /** d a imm */
    public static final int I32_SHR_U_C = 82;
    /** d a imm */
    public static final int I32_EQ_C = 83;
    /** d a imm */
    public static final int I32_NE_C = 84;
    /** d a imm */
    public static final int I32_LT_S_C = 85;
    /** d a imm */
    public static final int I32_LT_U_C = 86;
    /** d a imm */
    public static final int I32_GT_S_C = 87;
    /** d a imm */
    public static final int I32_GT_U_C = 88;
    /** d a imm */
    public static final int I32_LE_S_C = 89;
    /** d a imm */
    public static final int I32_LE_U_C = 90;
    /** d a imm */
    public static final int I32_GE_S_C = 91;
    /** d a imm */
    public static final int I32_GE_U_C = 92;
    /** a target */
    public static final int BR_EQZ = 93;
    /** a target */
    public static final int BR_NEZ = 94;
    /** a b target */
    public static final int BR_EQ = 95;
    /** a b target */
    public static final int BR_NE = 96;
    /** a b target */
    public static final int BR_LT_S = 97;
    /** a b target */
    public static final int BR_LT_U = 98;
    /** a b target */
    public static final int BR_GT_S = 99;
    /** a b target */
    public static final int BR_GT_U = 100;
    /** a b target */
    public static final int BR_LE_S = 101;
    /** a b target */
    public static final int BR_LE_U = 102;
    /** a b target */
    public static final int BR_GE_S = 103;
    /** a b target */
    public static final int BR_GE_U = 104;
    /** a imm target */
    public static final int BR_EQ_C = 105;
    /** a imm target */
    public static final int BR_NE_C = 106;
    /** a imm target */
    public static final int BR_LT_S_C = 107;
    /** a imm target */
    public static final int BR_LT_U_C = 108;
    /** a imm target */
    public static final int BR_GT_S_C = 109;
    /** a imm target */
    public static final int BR_GT_U_C = 110;
    /** a imm target */
    public static final int BR_LE_S_C = 111;
    /** a imm target */
    public static final int BR_LE_U_C = 112;
    /** a imm target */
    public static final int BR_GE_S_C = 113;
    /** a imm target */
    public static final int BR_GE_U_C = 114;
    /** (no operands) */
    public static final int TRAP_MEMORY = 115;
    /** a target */
    public static final int BR_I64_EQZ = 116;
    /** a target */
    public static final int BR_I64_NEZ = 117;
    /** a b target */
    public static final int BR_I64_EQ = 118;
    /** a b target */
    public static final int BR_I64_NE = 119;
    /** a b target */
    public static final int BR_I64_LT_S = 120;
    /** a b target */
    public static final int BR_I64_LT_U = 121;
    /** a b target */
    public static final int BR_I64_GT_S = 122;
    /** a b target */
    public static final int BR_I64_GT_U = 123;
    /** a b target */
    public static final int BR_I64_LE_S = 124;
    /** a b target */
    public static final int BR_I64_LE_U = 125;
    /** a b target */
    public static final int BR_I64_GE_S = 126;
    /** a b target */
    public static final int BR_I64_GE_U = 127;
    /** d a */
    public static final int I32_EQZ = 128;
    /** d a b */
    public static final int I32_EQ = 129;
    /** d a b */
    public static final int I32_NE = 130;
    /** d a b */
    public static final int I32_LT_S = 131;
    /** d a b */
    public static final int I32_LT_U = 132;
    /** d a b */
    public static final int I32_GT_S = 133;
    /** d a b */
    public static final int I32_GT_U = 134;
    /** d a b */
    public static final int I32_LE_S = 135;
    /** d a b */
    public static final int I32_LE_U = 136;
    /** d a b */
    public static final int I32_GE_S = 137;
    /** d a b */
    public static final int I32_GE_U = 138;
    /** d a */
    public static final int I64_EQZ = 139;
    /** d a b */
    public static final int I64_EQ = 140;
    /** d a b */
    public static final int I64_NE = 141;
    /** d a b */
    public static final int I64_LT_S = 142;
    /** d a b */
    public static final int I64_LT_U = 143;
    /** d a b */
    public static final int I64_GT_S = 144;
    /** d a b */
    public static final int I64_GT_U = 145;
    /** d a b */
    public static final int I64_LE_S = 146;
    /** d a b */
    public static final int I64_LE_U = 147;
    /** d a b */
    public static final int I64_GE_S = 148;
    /** d a b */
    public static final int I64_GE_U = 149;
    /** d a b */
    public static final int F32_EQ = 150;
    /** d a b */
    public static final int F32_NE = 151;
    /** d a b */
    public static final int F32_LT = 152;
    /** d a b */
    public static final int F32_GT = 153;
    /** d a b */
    public static final int F32_LE = 154;
    /** d a b */
    public static final int F32_GE = 155;
    /** d a b */
    public static final int F64_EQ = 156;
    /** d a b */
    public static final int F64_NE = 157;
    /** d a b */
    public static final int F64_LT = 158;
    /** d a b */
    public static final int F64_GT = 159;
    /** d a b */
    public static final int F64_LE = 160;
    /** d a b */
    public static final int F64_GE = 161;
    /** d a */
    public static final int I32_CLZ = 162;
    /** d a */
    public static final int I32_CTZ = 163;
    /** d a */
    public static final int I32_POPCNT = 164;
    /** d a b */
    public static final int I32_ADD = 165;
    /** d a b */
    public static final int I32_SUB = 166;
    /** d a b */
    public static final int I32_MUL = 167;
    /** d a b */
    public static final int I32_DIV_S = 168;
    /** d a b */
    public static final int I32_DIV_U = 169;
    /** d a b */
    public static final int I32_REM_S = 170;
    /** d a b */
    public static final int I32_REM_U = 171;
    /** d a b */
    public static final int I32_AND = 172;
    /** d a b */
    public static final int I32_OR = 173;
    /** d a b */
    public static final int I32_XOR = 174;
    /** d a b */
    public static final int I32_SHL = 175;
    /** d a b */
    public static final int I32_SHR_S = 176;
    /** d a b */
    public static final int I32_SHR_U = 177;
    /** d a b */
    public static final int I32_ROTL = 178;
    /** d a b */
    public static final int I32_ROTR = 179;
    /** d a */
    public static final int I64_CLZ = 180;
    /** d a */
    public static final int I64_CTZ = 181;
    /** d a */
    public static final int I64_POPCNT = 182;
    /** d a b */
    public static final int I64_ADD = 183;
    /** d a b */
    public static final int I64_SUB = 184;
    /** d a b */
    public static final int I64_MUL = 185;
    /** d a b */
    public static final int I64_DIV_S = 186;
    /** d a b */
    public static final int I64_DIV_U = 187;
    /** d a b */
    public static final int I64_REM_S = 188;
    /** d a b */
    public static final int I64_REM_U = 189;
    /** d a b */
    public static final int I64_AND = 190;
    /** d a b */
    public static final int I64_OR = 191;
    /** d a b */
    public static final int I64_XOR = 192;
    /** d a b */
    public static final int I64_SHL = 193;
    /** d a b */
    public static final int I64_SHR_S = 194;
    /** d a b */
    public static final int I64_SHR_U = 195;
    /** d a b */
    public static final int I64_ROTL = 196;
    /** d a b */
    public static final int I64_ROTR = 197;
    /** d a */
    public static final int F32_ABS = 198;
    /** d a */
    public static final int F32_NEG = 199;
    /** d a */
    public static final int F32_CEIL = 200;
    /** d a */
    public static final int F32_FLOOR = 201;
    /** d a */
    public static final int F32_TRUNC = 202;
    /** d a */
    public static final int F32_NEAREST = 203;
    /** d a */
    public static final int F32_SQRT = 204;
    /** d a b */
    public static final int F32_ADD = 205;
    /** d a b */
    public static final int F32_SUB = 206;
    /** d a b */
    public static final int F32_MUL = 207;
    /** d a b */
    public static final int F32_DIV = 208;
    /** d a b */
    public static final int F32_MIN = 209;
    /** d a b */
    public static final int F32_MAX = 210;
    /** d a b */
    public static final int F32_COPYSIGN = 211;
    /** d a */
    public static final int F64_ABS = 212;
    /** d a */
    public static final int F64_NEG = 213;
    /** d a */
    public static final int F64_CEIL = 214;
    /** d a */
    public static final int F64_FLOOR = 215;
    /** d a */
    public static final int F64_TRUNC = 216;
    /** d a */
    public static final int F64_NEAREST = 217;
    /** d a */
    public static final int F64_SQRT = 218;
    /** d a b */
    public static final int F64_ADD = 219;
    /** d a b */
    public static final int F64_SUB = 220;
    /** d a b */
    public static final int F64_MUL = 221;
    /** d a b */
    public static final int F64_DIV = 222;
    /** d a b */
    public static final int F64_MIN = 223;
    /** d a b */
    public static final int F64_MAX = 224;
    /** d a b */
    public static final int F64_COPYSIGN = 225;
    /** d a */
    public static final int I32_WRAP_I64 = 226;
    /** d a */
    public static final int I32_TRUNC_F32_S = 227;
    /** d a */
    public static final int I32_TRUNC_F32_U = 228;
    /** d a */
    public static final int I32_TRUNC_F64_S = 229;
    /** d a */
    public static final int I32_TRUNC_F64_U = 230;
    /** d a */
    public static final int I64_EXTEND_I32_S = 231;
    /** d a */
    public static final int I64_EXTEND_I32_U = 232;
    /** d a */
    public static final int I64_TRUNC_F32_S = 233;
    /** d a */
    public static final int I64_TRUNC_F32_U = 234;
    /** d a */
    public static final int I64_TRUNC_F64_S = 235;
    /** d a */
    public static final int I64_TRUNC_F64_U = 236;
    /** d a */
    public static final int F32_CONVERT_I32_S = 237;
    /** d a */
    public static final int F32_CONVERT_I32_U = 238;
    /** d a */
    public static final int F32_CONVERT_I64_S = 239;
    /** d a */
    public static final int F32_CONVERT_I64_U = 240;
    /** d a */
    public static final int F32_DEMOTE_F64 = 241;
    /** d a */
    public static final int F64_CONVERT_I32_S = 242;
    /** d a */
    public static final int F64_CONVERT_I32_U = 243;
    /** d a */
    public static final int F64_CONVERT_I64_S = 244;
    /** d a */
    public static final int F64_CONVERT_I64_U = 245;
    /** d a */
    public static final int F64_PROMOTE_F32 = 246;
    /** d a */
    public static final int I32_REINTERPRET_F32 = 247;
    /** d a */
    public static final int I64_REINTERPRET_F64 = 248;
    /** d a */
    public static final int F32_REINTERPRET_I32 = 249;
    /** d a */
    public static final int F64_REINTERPRET_I64 = 250;
    /** d a */
    public static final int I32_EXTEND8_S = 251;
    /** d a */
    public static final int I32_EXTEND16_S = 252;
    /** d a */
    public static final int I64_EXTEND8_S = 253;
    /** d a */
    public static final int I64_EXTEND16_S = 254;
    /** d a */
    public static final int I64_EXTEND32_S = 255;
    /** d a */
    public static final int I32_TRUNC_SAT_F32_S = 256;
    /** d a */
    public static final int I32_TRUNC_SAT_F32_U = 257;
    /** d a */
    public static final int I32_TRUNC_SAT_F64_S = 258;
    /** d a */
    public static final int I32_TRUNC_SAT_F64_U = 259;
    /** d a */
    public static final int I64_TRUNC_SAT_F32_S = 260;
    /** d a */
    public static final int I64_TRUNC_SAT_F32_U = 261;
    /** d a */
    public static final int I64_TRUNC_SAT_F64_S = 262;
    /** d a */
    public static final int I64_TRUNC_SAT_F64_U = 263;
    /** d a imm */
    public static final int I64_SHL_C = 264;
    /** d a imm */
    public static final int I64_SHR_S_C = 265;
    /** d a imm */
    public static final int I64_SHR_U_C = 266;
    /** d a imm */
    public static final int I64_ROTL_C = 267;
    /** d a imm */
    public static final int I64_ROTR_C = 268;
    /** d a b */
    public static final int I64_SHL_V = 269;
    /** d a b */
    public static final int I64_SHR_S_V = 270;
    /** d a b */
    public static final int I64_SHR_U_V = 271;
    /** d a */
    public static final int MOV_V = 272;
    /** d a b cond */
    public static final int SELECT_V = 273;
    /** d global */
    public static final int GLOBAL_GET_V = 274;
    /** global a */
    public static final int GLOBAL_SET_V = 275;
    /** d addr offset */
    public static final int V128_LOAD = 512;
    /** d addr offset */
    public static final int V128_LOAD8X8_S = 513;
    /** d addr offset */
    public static final int V128_LOAD8X8_U = 514;
    /** d addr offset */
    public static final int V128_LOAD16X4_S = 515;
    /** d addr offset */
    public static final int V128_LOAD16X4_U = 516;
    /** d addr offset */
    public static final int V128_LOAD32X2_S = 517;
    /** d addr offset */
    public static final int V128_LOAD32X2_U = 518;
    /** d addr offset */
    public static final int V128_LOAD8_SPLAT = 519;
    /** d addr offset */
    public static final int V128_LOAD16_SPLAT = 520;
    /** d addr offset */
    public static final int V128_LOAD32_SPLAT = 521;
    /** d addr offset */
    public static final int V128_LOAD64_SPLAT = 522;
    /** addr v offset */
    public static final int V128_STORE = 523;
    /** d w0 w1 w2 w3 */
    public static final int V128_CONST = 524;
    /** d a b m0 m1 m2 m3 */
    public static final int I8X16_SHUFFLE = 525;
    /** d a b */
    public static final int I8X16_SWIZZLE = 526;
    /** d a */
    public static final int I8X16_SPLAT = 527;
    /** d a */
    public static final int I16X8_SPLAT = 528;
    /** d a */
    public static final int I32X4_SPLAT = 529;
    /** d a */
    public static final int I64X2_SPLAT = 530;
    /** d a */
    public static final int F32X4_SPLAT = 531;
    /** d a */
    public static final int F64X2_SPLAT = 532;
    /** d a lane */
    public static final int I8X16_EXTRACT_LANE_S = 533;
    /** d a lane */
    public static final int I8X16_EXTRACT_LANE_U = 534;
    /** d a b lane */
    public static final int I8X16_REPLACE_LANE = 535;
    /** d a lane */
    public static final int I16X8_EXTRACT_LANE_S = 536;
    /** d a lane */
    public static final int I16X8_EXTRACT_LANE_U = 537;
    /** d a b lane */
    public static final int I16X8_REPLACE_LANE = 538;
    /** d a lane */
    public static final int I32X4_EXTRACT_LANE = 539;
    /** d a b lane */
    public static final int I32X4_REPLACE_LANE = 540;
    /** d a lane */
    public static final int I64X2_EXTRACT_LANE = 541;
    /** d a b lane */
    public static final int I64X2_REPLACE_LANE = 542;
    /** d a lane */
    public static final int F32X4_EXTRACT_LANE = 543;
    /** d a b lane */
    public static final int F32X4_REPLACE_LANE = 544;
    /** d a lane */
    public static final int F64X2_EXTRACT_LANE = 545;
    /** d a b lane */
    public static final int F64X2_REPLACE_LANE = 546;
    /** d a b */
    public static final int I8X16_EQ = 547;
    /** d a b */
    public static final int I8X16_NE = 548;
    /** d a b */
    public static final int I8X16_LT_S = 549;
    /** d a b */
    public static final int I8X16_LT_U = 550;
    /** d a b */
    public static final int I8X16_GT_S = 551;
    /** d a b */
    public static final int I8X16_GT_U = 552;
    /** d a b */
    public static final int I8X16_LE_S = 553;
    /** d a b */
    public static final int I8X16_LE_U = 554;
    /** d a b */
    public static final int I8X16_GE_S = 555;
    /** d a b */
    public static final int I8X16_GE_U = 556;
    /** d a b */
    public static final int I16X8_EQ = 557;
    /** d a b */
    public static final int I16X8_NE = 558;
    /** d a b */
    public static final int I16X8_LT_S = 559;
    /** d a b */
    public static final int I16X8_LT_U = 560;
    /** d a b */
    public static final int I16X8_GT_S = 561;
    /** d a b */
    public static final int I16X8_GT_U = 562;
    /** d a b */
    public static final int I16X8_LE_S = 563;
    /** d a b */
    public static final int I16X8_LE_U = 564;
    /** d a b */
    public static final int I16X8_GE_S = 565;
    /** d a b */
    public static final int I16X8_GE_U = 566;
    /** d a b */
    public static final int I32X4_EQ = 567;
    /** d a b */
    public static final int I32X4_NE = 568;
    /** d a b */
    public static final int I32X4_LT_S = 569;
    /** d a b */
    public static final int I32X4_LT_U = 570;
    /** d a b */
    public static final int I32X4_GT_S = 571;
    /** d a b */
    public static final int I32X4_GT_U = 572;
    /** d a b */
    public static final int I32X4_LE_S = 573;
    /** d a b */
    public static final int I32X4_LE_U = 574;
    /** d a b */
    public static final int I32X4_GE_S = 575;
    /** d a b */
    public static final int I32X4_GE_U = 576;
    /** d a b */
    public static final int F32X4_EQ = 577;
    /** d a b */
    public static final int F32X4_NE = 578;
    /** d a b */
    public static final int F32X4_LT = 579;
    /** d a b */
    public static final int F32X4_GT = 580;
    /** d a b */
    public static final int F32X4_LE = 581;
    /** d a b */
    public static final int F32X4_GE = 582;
    /** d a b */
    public static final int F64X2_EQ = 583;
    /** d a b */
    public static final int F64X2_NE = 584;
    /** d a b */
    public static final int F64X2_LT = 585;
    /** d a b */
    public static final int F64X2_GT = 586;
    /** d a b */
    public static final int F64X2_LE = 587;
    /** d a b */
    public static final int F64X2_GE = 588;
    /** d a */
    public static final int V128_NOT = 589;
    /** d a b */
    public static final int V128_AND = 590;
    /** d a b */
    public static final int V128_ANDNOT = 591;
    /** d a b */
    public static final int V128_OR = 592;
    /** d a b */
    public static final int V128_XOR = 593;
    /** d a b c */
    public static final int V128_BITSELECT = 594;
    /** d a */
    public static final int V128_ANY_TRUE = 595;
    /** d addr v offset lane */
    public static final int V128_LOAD8_LANE = 596;
    /** d addr v offset lane */
    public static final int V128_LOAD16_LANE = 597;
    /** d addr v offset lane */
    public static final int V128_LOAD32_LANE = 598;
    /** d addr v offset lane */
    public static final int V128_LOAD64_LANE = 599;
    /** addr v offset lane */
    public static final int V128_STORE8_LANE = 600;
    /** addr v offset lane */
    public static final int V128_STORE16_LANE = 601;
    /** addr v offset lane */
    public static final int V128_STORE32_LANE = 602;
    /** addr v offset lane */
    public static final int V128_STORE64_LANE = 603;
    /** d addr offset */
    public static final int V128_LOAD32_ZERO = 604;
    /** d addr offset */
    public static final int V128_LOAD64_ZERO = 605;
    /** d a */
    public static final int F32X4_DEMOTE_F64X2_ZERO = 606;
    /** d a */
    public static final int F64X2_PROMOTE_LOW_F32X4 = 607;
    /** d a */
    public static final int I8X16_ABS = 608;
    /** d a */
    public static final int I8X16_NEG = 609;
    /** d a */
    public static final int I8X16_POPCNT = 610;
    /** d a */
    public static final int I8X16_ALL_TRUE = 611;
    /** d a */
    public static final int I8X16_BITMASK = 612;
    /** d a b */
    public static final int I8X16_NARROW_I16X8_S = 613;
    /** d a b */
    public static final int I8X16_NARROW_I16X8_U = 614;
    /** d a */
    public static final int F32X4_CEIL = 615;
    /** d a */
    public static final int F32X4_FLOOR = 616;
    /** d a */
    public static final int F32X4_TRUNC = 617;
    /** d a */
    public static final int F32X4_NEAREST = 618;
    /** d a b */
    public static final int I8X16_SHL = 619;
    /** d a b */
    public static final int I8X16_SHR_S = 620;
    /** d a b */
    public static final int I8X16_SHR_U = 621;
    /** d a b */
    public static final int I8X16_ADD = 622;
    /** d a b */
    public static final int I8X16_ADD_SAT_S = 623;
    /** d a b */
    public static final int I8X16_ADD_SAT_U = 624;
    /** d a b */
    public static final int I8X16_SUB = 625;
    /** d a b */
    public static final int I8X16_SUB_SAT_S = 626;
    /** d a b */
    public static final int I8X16_SUB_SAT_U = 627;
    /** d a */
    public static final int F64X2_CEIL = 628;
    /** d a */
    public static final int F64X2_FLOOR = 629;
    /** d a b */
    public static final int I8X16_MIN_S = 630;
    /** d a b */
    public static final int I8X16_MIN_U = 631;
    /** d a b */
    public static final int I8X16_MAX_S = 632;
    /** d a b */
    public static final int I8X16_MAX_U = 633;
    /** d a */
    public static final int F64X2_TRUNC = 634;
    /** d a b */
    public static final int I8X16_AVGR_U = 635;
    /** d a */
    public static final int I16X8_EXTADD_PAIRWISE_I8X16_S = 636;
    /** d a */
    public static final int I16X8_EXTADD_PAIRWISE_I8X16_U = 637;
    /** d a */
    public static final int I32X4_EXTADD_PAIRWISE_I16X8_S = 638;
    /** d a */
    public static final int I32X4_EXTADD_PAIRWISE_I16X8_U = 639;
    /** d a */
    public static final int I16X8_ABS = 640;
    /** d a */
    public static final int I16X8_NEG = 641;
    /** d a b */
    public static final int I16X8_Q15MULR_SAT_S = 642;
    /** d a */
    public static final int I16X8_ALL_TRUE = 643;
    /** d a */
    public static final int I16X8_BITMASK = 644;
    /** d a b */
    public static final int I16X8_NARROW_I32X4_S = 645;
    /** d a b */
    public static final int I16X8_NARROW_I32X4_U = 646;
    /** d a */
    public static final int I16X8_EXTEND_LOW_I8X16_S = 647;
    /** d a */
    public static final int I16X8_EXTEND_HIGH_I8X16_S = 648;
    /** d a */
    public static final int I16X8_EXTEND_LOW_I8X16_U = 649;
    /** d a */
    public static final int I16X8_EXTEND_HIGH_I8X16_U = 650;
    /** d a b */
    public static final int I16X8_SHL = 651;
    /** d a b */
    public static final int I16X8_SHR_S = 652;
    /** d a b */
    public static final int I16X8_SHR_U = 653;
    /** d a b */
    public static final int I16X8_ADD = 654;
    /** d a b */
    public static final int I16X8_ADD_SAT_S = 655;
    /** d a b */
    public static final int I16X8_ADD_SAT_U = 656;
    /** d a b */
    public static final int I16X8_SUB = 657;
    /** d a b */
    public static final int I16X8_SUB_SAT_S = 658;
    /** d a b */
    public static final int I16X8_SUB_SAT_U = 659;
    /** d a */
    public static final int F64X2_NEAREST = 660;
    /** d a b */
    public static final int I16X8_MUL = 661;
    /** d a b */
    public static final int I16X8_MIN_S = 662;
    /** d a b */
    public static final int I16X8_MIN_U = 663;
    /** d a b */
    public static final int I16X8_MAX_S = 664;
    /** d a b */
    public static final int I16X8_MAX_U = 665;
    /** d a b */
    public static final int I16X8_AVGR_U = 667;
    /** d a b */
    public static final int I16X8_EXTMUL_LOW_I8X16_S = 668;
    /** d a b */
    public static final int I16X8_EXTMUL_HIGH_I8X16_S = 669;
    /** d a b */
    public static final int I16X8_EXTMUL_LOW_I8X16_U = 670;
    /** d a b */
    public static final int I16X8_EXTMUL_HIGH_I8X16_U = 671;
    /** d a */
    public static final int I32X4_ABS = 672;
    /** d a */
    public static final int I32X4_NEG = 673;
    /** d a */
    public static final int I32X4_ALL_TRUE = 675;
    /** d a */
    public static final int I32X4_BITMASK = 676;
    /** d a */
    public static final int I32X4_EXTEND_LOW_I16X8_S = 679;
    /** d a */
    public static final int I32X4_EXTEND_HIGH_I16X8_S = 680;
    /** d a */
    public static final int I32X4_EXTEND_LOW_I16X8_U = 681;
    /** d a */
    public static final int I32X4_EXTEND_HIGH_I16X8_U = 682;
    /** d a b */
    public static final int I32X4_SHL = 683;
    /** d a b */
    public static final int I32X4_SHR_S = 684;
    /** d a b */
    public static final int I32X4_SHR_U = 685;
    /** d a b */
    public static final int I32X4_ADD = 686;
    /** d a b */
    public static final int I32X4_SUB = 689;
    /** d a b */
    public static final int I32X4_MUL = 693;
    /** d a b */
    public static final int I32X4_MIN_S = 694;
    /** d a b */
    public static final int I32X4_MIN_U = 695;
    /** d a b */
    public static final int I32X4_MAX_S = 696;
    /** d a b */
    public static final int I32X4_MAX_U = 697;
    /** d a b */
    public static final int I32X4_DOT_I16X8_S = 698;
    /** d a b */
    public static final int I32X4_EXTMUL_LOW_I16X8_S = 700;
    /** d a b */
    public static final int I32X4_EXTMUL_HIGH_I16X8_S = 701;
    /** d a b */
    public static final int I32X4_EXTMUL_LOW_I16X8_U = 702;
    /** d a b */
    public static final int I32X4_EXTMUL_HIGH_I16X8_U = 703;
    /** d a */
    public static final int I64X2_ABS = 704;
    /** d a */
    public static final int I64X2_NEG = 705;
    /** d a */
    public static final int I64X2_ALL_TRUE = 707;
    /** d a */
    public static final int I64X2_BITMASK = 708;
    /** d a */
    public static final int I64X2_EXTEND_LOW_I32X4_S = 711;
    /** d a */
    public static final int I64X2_EXTEND_HIGH_I32X4_S = 712;
    /** d a */
    public static final int I64X2_EXTEND_LOW_I32X4_U = 713;
    /** d a */
    public static final int I64X2_EXTEND_HIGH_I32X4_U = 714;
    /** d a b */
    public static final int I64X2_SHL = 715;
    /** d a b */
    public static final int I64X2_SHR_S = 716;
    /** d a b */
    public static final int I64X2_SHR_U = 717;
    /** d a b */
    public static final int I64X2_ADD = 718;
    /** d a b */
    public static final int I64X2_SUB = 721;
    /** d a b */
    public static final int I64X2_MUL = 725;
    /** d a b */
    public static final int I64X2_EQ = 726;
    /** d a b */
    public static final int I64X2_NE = 727;
    /** d a b */
    public static final int I64X2_LT_S = 728;
    /** d a b */
    public static final int I64X2_GT_S = 729;
    /** d a b */
    public static final int I64X2_LE_S = 730;
    /** d a b */
    public static final int I64X2_GE_S = 731;
    /** d a b */
    public static final int I64X2_EXTMUL_LOW_I32X4_S = 732;
    /** d a b */
    public static final int I64X2_EXTMUL_HIGH_I32X4_S = 733;
    /** d a b */
    public static final int I64X2_EXTMUL_LOW_I32X4_U = 734;
    /** d a b */
    public static final int I64X2_EXTMUL_HIGH_I32X4_U = 735;
    /** d a */
    public static final int F32X4_ABS = 736;
    /** d a */
    public static final int F32X4_NEG = 737;
    /** d a */
    public static final int F32X4_SQRT = 739;
    /** d a b */
    public static final int F32X4_ADD = 740;
    /** d a b */
    public static final int F32X4_SUB = 741;
    /** d a b */
    public static final int F32X4_MUL = 742;
    /** d a b */
    public static final int F32X4_DIV = 743;
    /** d a b */
    public static final int F32X4_MIN = 744;
    /** d a b */
    public static final int F32X4_MAX = 745;
    /** d a b */
    public static final int F32X4_PMIN = 746;
    /** d a b */
    public static final int F32X4_PMAX = 747;
    /** d a */
    public static final int F64X2_ABS = 748;
    /** d a */
    public static final int F64X2_NEG = 749;
    /** d a */
    public static final int F64X2_SQRT = 751;
    /** d a b */
    public static final int F64X2_ADD = 752;
    /** d a b */
    public static final int F64X2_SUB = 753;
    /** d a b */
    public static final int F64X2_MUL = 754;
    /** d a b */
    public static final int F64X2_DIV = 755;
    /** d a b */
    public static final int F64X2_MIN = 756;
    /** d a b */
    public static final int F64X2_MAX = 757;
    /** d a b */
    public static final int F64X2_PMIN = 758;
    /** d a b */
    public static final int F64X2_PMAX = 759;
    /** d a */
    public static final int I32X4_TRUNC_SAT_F32X4_S = 760;
    /** d a */
    public static final int I32X4_TRUNC_SAT_F32X4_U = 761;
    /** d a */
    public static final int F32X4_CONVERT_I32X4_S = 762;
    /** d a */
    public static final int F32X4_CONVERT_I32X4_U = 763;
    /** d a */
    public static final int I32X4_TRUNC_SAT_F64X2_S_ZERO = 764;
    /** d a */
    public static final int I32X4_TRUNC_SAT_F64X2_U_ZERO = 765;
    /** d a */
    public static final int F64X2_CONVERT_LOW_I32X4_S = 766;
    /** d a */
    public static final int F64X2_CONVERT_LOW_I32X4_U = 767;
    /** d a b */
    public static final int I8X16_RELAXED_SWIZZLE = 768;
    /** d a */
    public static final int I32X4_RELAXED_TRUNC_F32X4_S = 769;
    /** d a */
    public static final int I32X4_RELAXED_TRUNC_F32X4_U = 770;
    /** d a */
    public static final int I32X4_RELAXED_TRUNC_F64X2_S_ZERO = 771;
    /** d a */
    public static final int I32X4_RELAXED_TRUNC_F64X2_U_ZERO = 772;
    /** d a b c */
    public static final int F32X4_RELAXED_MADD = 773;
    /** d a b c */
    public static final int F32X4_RELAXED_NMADD = 774;
    /** d a b c */
    public static final int F64X2_RELAXED_MADD = 775;
    /** d a b c */
    public static final int F64X2_RELAXED_NMADD = 776;
    /** d a b c */
    public static final int I8X16_RELAXED_LANESELECT = 777;
    /** d a b c */
    public static final int I16X8_RELAXED_LANESELECT = 778;
    /** d a b c */
    public static final int I32X4_RELAXED_LANESELECT = 779;
    /** d a b c */
    public static final int I64X2_RELAXED_LANESELECT = 780;
    /** d a b */
    public static final int F32X4_RELAXED_MIN = 781;
    /** d a b */
    public static final int F32X4_RELAXED_MAX = 782;
    /** d a b */
    public static final int F64X2_RELAXED_MIN = 783;
    /** d a b */
    public static final int F64X2_RELAXED_MAX = 784;
    /** d a b */
    public static final int I16X8_RELAXED_Q15MULR_S = 785;
    /** d a b */
    public static final int I16X8_RELAXED_DOT_I8X16_I7X16_S = 786;
    /** d a b c */
    public static final int I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S = 787;
    /** Wasm numeric opcodes 0x45..0xC4 map to NUM + (opcode - 0x45). */
    public static final int NUM = 128;
    /** 0xFC 0..7 (saturating truncations) map to SAT + subopcode. */
    public static final int SAT = 256;
    /** 0xFD N (SIMD) maps to SIMD + N. */
    public static final int SIMD = 512;
    public static final int COUNT = 788;

    /** Names by op number (null where no op is). */
    static final String[] NAMES = new String[COUNT];
    /** Operand names by op number, separated by spaces. */
    static final String[] OPERANDS = new String[COUNT];

    static {
        name0();
        name1();
        name2();
        name3();
        name4();
        name5();
    }

    private static void name0() {
        NAMES[UNREACHABLE] = "UNREACHABLE";
        OPERANDS[UNREACHABLE] = "";
        NAMES[BR] = "BR";
        OPERANDS[BR] = "target";
        NAMES[BR_IF] = "BR_IF";
        OPERANDS[BR_IF] = "cond target";
        NAMES[BR_UNLESS] = "BR_UNLESS";
        OPERANDS[BR_UNLESS] = "cond target";
        NAMES[BR_TABLE] = "BR_TABLE";
        OPERANDS[BR_TABLE] = "index count targets...";
        NAMES[RETURN] = "RETURN";
        OPERANDS[RETURN] = "";
        NAMES[CALL] = "CALL";
        OPERANDS[CALL] = "func argBase";
        NAMES[CALL_INDIRECT] = "CALL_INDIRECT";
        OPERANDS[CALL_INDIRECT] = "table typeIndex argBase index";
        NAMES[MOV_I] = "MOV_I";
        OPERANDS[MOV_I] = "d a";
        NAMES[MOV_L] = "MOV_L";
        OPERANDS[MOV_L] = "d a";
        NAMES[MOV_D] = "MOV_D";
        OPERANDS[MOV_D] = "d a";
        NAMES[MOV_R] = "MOV_R";
        OPERANDS[MOV_R] = "d a";
        NAMES[CONST_I] = "CONST_I";
        OPERANDS[CONST_I] = "d imm";
        NAMES[CONST_L] = "CONST_L";
        OPERANDS[CONST_L] = "d pool";
        NAMES[CONST_D] = "CONST_D";
        OPERANDS[CONST_D] = "d pool";
        NAMES[SELECT_I] = "SELECT_I";
        OPERANDS[SELECT_I] = "d a b cond";
        NAMES[SELECT_L] = "SELECT_L";
        OPERANDS[SELECT_L] = "d a b cond";
        NAMES[SELECT_D] = "SELECT_D";
        OPERANDS[SELECT_D] = "d a b cond";
        NAMES[SELECT_R] = "SELECT_R";
        OPERANDS[SELECT_R] = "d a b cond";
        NAMES[GLOBAL_GET_I] = "GLOBAL_GET_I";
        OPERANDS[GLOBAL_GET_I] = "d global";
        NAMES[GLOBAL_GET_L] = "GLOBAL_GET_L";
        OPERANDS[GLOBAL_GET_L] = "d global";
        NAMES[GLOBAL_GET_D] = "GLOBAL_GET_D";
        OPERANDS[GLOBAL_GET_D] = "d global";
        NAMES[GLOBAL_GET_R] = "GLOBAL_GET_R";
        OPERANDS[GLOBAL_GET_R] = "d global";
        NAMES[GLOBAL_SET_I] = "GLOBAL_SET_I";
        OPERANDS[GLOBAL_SET_I] = "global a";
        NAMES[GLOBAL_SET_L] = "GLOBAL_SET_L";
        OPERANDS[GLOBAL_SET_L] = "global a";
        NAMES[GLOBAL_SET_D] = "GLOBAL_SET_D";
        OPERANDS[GLOBAL_SET_D] = "global a";
        NAMES[GLOBAL_SET_R] = "GLOBAL_SET_R";
        OPERANDS[GLOBAL_SET_R] = "global a";
        NAMES[I32_LOAD] = "I32_LOAD";
        OPERANDS[I32_LOAD] = "d addr offset addend";
        NAMES[I64_LOAD] = "I64_LOAD";
        OPERANDS[I64_LOAD] = "d addr offset addend";
        NAMES[F64_LOAD] = "F64_LOAD";
        OPERANDS[F64_LOAD] = "d addr offset addend";
        NAMES[I32_LOAD8_S] = "I32_LOAD8_S";
        OPERANDS[I32_LOAD8_S] = "d addr offset addend";
        NAMES[I32_LOAD8_U] = "I32_LOAD8_U";
        OPERANDS[I32_LOAD8_U] = "d addr offset addend";
        NAMES[I32_LOAD16_S] = "I32_LOAD16_S";
        OPERANDS[I32_LOAD16_S] = "d addr offset addend";
        NAMES[I32_LOAD16_U] = "I32_LOAD16_U";
        OPERANDS[I32_LOAD16_U] = "d addr offset addend";
        NAMES[I64_LOAD8_S] = "I64_LOAD8_S";
        OPERANDS[I64_LOAD8_S] = "d addr offset addend";
        NAMES[I64_LOAD8_U] = "I64_LOAD8_U";
        OPERANDS[I64_LOAD8_U] = "d addr offset addend";
        NAMES[I64_LOAD16_S] = "I64_LOAD16_S";
        OPERANDS[I64_LOAD16_S] = "d addr offset addend";
        NAMES[I64_LOAD16_U] = "I64_LOAD16_U";
        OPERANDS[I64_LOAD16_U] = "d addr offset addend";
        NAMES[I64_LOAD32_S] = "I64_LOAD32_S";
        OPERANDS[I64_LOAD32_S] = "d addr offset addend";
        NAMES[I64_LOAD32_U] = "I64_LOAD32_U";
        OPERANDS[I64_LOAD32_U] = "d addr offset addend";
        NAMES[I32_STORE] = "I32_STORE";
        OPERANDS[I32_STORE] = "addr v offset addend";
        NAMES[I64_STORE] = "I64_STORE";
        OPERANDS[I64_STORE] = "addr v offset addend";
        NAMES[F64_STORE] = "F64_STORE";
        OPERANDS[F64_STORE] = "addr v offset addend";
        NAMES[I32_STORE8] = "I32_STORE8";
        OPERANDS[I32_STORE8] = "addr v offset addend";
        NAMES[I32_STORE16] = "I32_STORE16";
        OPERANDS[I32_STORE16] = "addr v offset addend";
        NAMES[I64_STORE8] = "I64_STORE8";
        OPERANDS[I64_STORE8] = "addr v offset addend";
        NAMES[I64_STORE16] = "I64_STORE16";
        OPERANDS[I64_STORE16] = "addr v offset addend";
        NAMES[I64_STORE32] = "I64_STORE32";
        OPERANDS[I64_STORE32] = "addr v offset addend";
        NAMES[MEMORY_SIZE] = "MEMORY_SIZE";
        OPERANDS[MEMORY_SIZE] = "d memory";
        NAMES[MEMORY_GROW] = "MEMORY_GROW";
        OPERANDS[MEMORY_GROW] = "d a memory";
        NAMES[MEMORY_INIT] = "MEMORY_INIT";
        OPERANDS[MEMORY_INIT] = "segment dst src n memory";
        NAMES[DATA_DROP] = "DATA_DROP";
        OPERANDS[DATA_DROP] = "segment";
        NAMES[MEMORY_COPY] = "MEMORY_COPY";
        OPERANDS[MEMORY_COPY] = "dst src n memory srcMemory";
        NAMES[MEMORY_FILL] = "MEMORY_FILL";
        OPERANDS[MEMORY_FILL] = "dst v n memory";
        NAMES[REF_NULL] = "REF_NULL";
        OPERANDS[REF_NULL] = "d";
        NAMES[REF_IS_NULL] = "REF_IS_NULL";
        OPERANDS[REF_IS_NULL] = "d a";
        NAMES[REF_FUNC] = "REF_FUNC";
        OPERANDS[REF_FUNC] = "d func";
        NAMES[TABLE_GET] = "TABLE_GET";
        OPERANDS[TABLE_GET] = "d table i";
        NAMES[TABLE_SET] = "TABLE_SET";
        OPERANDS[TABLE_SET] = "table i v";
        NAMES[TABLE_SIZE] = "TABLE_SIZE";
        OPERANDS[TABLE_SIZE] = "d table";
        NAMES[TABLE_GROW] = "TABLE_GROW";
        OPERANDS[TABLE_GROW] = "d table init n";
        NAMES[TABLE_FILL] = "TABLE_FILL";
        OPERANDS[TABLE_FILL] = "table i v n";
        NAMES[TABLE_COPY] = "TABLE_COPY";
        OPERANDS[TABLE_COPY] = "dstTable srcTable d s n";
        NAMES[TABLE_INIT] = "TABLE_INIT";
        OPERANDS[TABLE_INIT] = "segment table d s n";
        NAMES[ELEM_DROP] = "ELEM_DROP";
        OPERANDS[ELEM_DROP] = "segment";
        NAMES[RETURN_CALL] = "RETURN_CALL";
        OPERANDS[RETURN_CALL] = "func argBase";
        NAMES[RETURN_CALL_INDIRECT] = "RETURN_CALL_INDIRECT";
        OPERANDS[RETURN_CALL_INDIRECT] = "table typeIndex argBase index";
        NAMES[WITH_MEMORY] = "WITH_MEMORY";
        OPERANDS[WITH_MEMORY] = "memory";
        NAMES[NARROW_ADDRESS] = "NARROW_ADDRESS";
        OPERANDS[NARROW_ADDRESS] = "d a";
        NAMES[THROW] = "THROW";
        OPERANDS[THROW] = "tag argBase";
        NAMES[THROW_REF] = "THROW_REF";
        OPERANDS[THROW_REF] = "a";
        NAMES[CALL_REF] = "CALL_REF";
        OPERANDS[CALL_REF] = "argBase a";
        NAMES[RETURN_CALL_REF] = "RETURN_CALL_REF";
        OPERANDS[RETURN_CALL_REF] = "argBase a";
        NAMES[REF_AS_NON_NULL] = "REF_AS_NON_NULL";
        OPERANDS[REF_AS_NON_NULL] = "a";
        NAMES[I32_ADD_C] = "I32_ADD_C";
        OPERANDS[I32_ADD_C] = "d a imm";
        NAMES[I32_SUB_C] = "I32_SUB_C";
        OPERANDS[I32_SUB_C] = "d a imm";
        NAMES[I32_MUL_C] = "I32_MUL_C";
        OPERANDS[I32_MUL_C] = "d a imm";
        NAMES[I32_AND_C] = "I32_AND_C";
        OPERANDS[I32_AND_C] = "d a imm";
        NAMES[I32_OR_C] = "I32_OR_C";
        OPERANDS[I32_OR_C] = "d a imm";
        NAMES[I32_XOR_C] = "I32_XOR_C";
        OPERANDS[I32_XOR_C] = "d a imm";
        NAMES[I32_SHL_C] = "I32_SHL_C";
        OPERANDS[I32_SHL_C] = "d a imm";
        NAMES[I32_SHR_S_C] = "I32_SHR_S_C";
        OPERANDS[I32_SHR_S_C] = "d a imm";
        NAMES[I32_SHR_U_C] = "I32_SHR_U_C";
        OPERANDS[I32_SHR_U_C] = "d a imm";
        NAMES[I32_EQ_C] = "I32_EQ_C";
        OPERANDS[I32_EQ_C] = "d a imm";
        NAMES[I32_NE_C] = "I32_NE_C";
        OPERANDS[I32_NE_C] = "d a imm";
        NAMES[I32_LT_S_C] = "I32_LT_S_C";
        OPERANDS[I32_LT_S_C] = "d a imm";
        NAMES[I32_LT_U_C] = "I32_LT_U_C";
        OPERANDS[I32_LT_U_C] = "d a imm";
        NAMES[I32_GT_S_C] = "I32_GT_S_C";
        OPERANDS[I32_GT_S_C] = "d a imm";
        NAMES[I32_GT_U_C] = "I32_GT_U_C";
        OPERANDS[I32_GT_U_C] = "d a imm";
        NAMES[I32_LE_S_C] = "I32_LE_S_C";
        OPERANDS[I32_LE_S_C] = "d a imm";
        NAMES[I32_LE_U_C] = "I32_LE_U_C";
        OPERANDS[I32_LE_U_C] = "d a imm";
        NAMES[I32_GE_S_C] = "I32_GE_S_C";
        OPERANDS[I32_GE_S_C] = "d a imm";
        NAMES[I32_GE_U_C] = "I32_GE_U_C";
        OPERANDS[I32_GE_U_C] = "d a imm";
        NAMES[BR_EQZ] = "BR_EQZ";
        OPERANDS[BR_EQZ] = "a target";
        NAMES[BR_NEZ] = "BR_NEZ";
        OPERANDS[BR_NEZ] = "a target";
        NAMES[BR_EQ] = "BR_EQ";
        OPERANDS[BR_EQ] = "a b target";
        NAMES[BR_NE] = "BR_NE";
        OPERANDS[BR_NE] = "a b target";
        NAMES[BR_LT_S] = "BR_LT_S";
        OPERANDS[BR_LT_S] = "a b target";
        NAMES[BR_LT_U] = "BR_LT_U";
        OPERANDS[BR_LT_U] = "a b target";
        NAMES[BR_GT_S] = "BR_GT_S";
        OPERANDS[BR_GT_S] = "a b target";
    }

    private static void name1() {
        NAMES[BR_GT_U] = "BR_GT_U";
        OPERANDS[BR_GT_U] = "a b target";
        NAMES[BR_LE_S] = "BR_LE_S";
        OPERANDS[BR_LE_S] = "a b target";
        NAMES[BR_LE_U] = "BR_LE_U";
        OPERANDS[BR_LE_U] = "a b target";
        NAMES[BR_GE_S] = "BR_GE_S";
        OPERANDS[BR_GE_S] = "a b target";
        NAMES[BR_GE_U] = "BR_GE_U";
        OPERANDS[BR_GE_U] = "a b target";
        NAMES[BR_EQ_C] = "BR_EQ_C";
        OPERANDS[BR_EQ_C] = "a imm target";
        NAMES[BR_NE_C] = "BR_NE_C";
        OPERANDS[BR_NE_C] = "a imm target";
        NAMES[BR_LT_S_C] = "BR_LT_S_C";
        OPERANDS[BR_LT_S_C] = "a imm target";
        NAMES[BR_LT_U_C] = "BR_LT_U_C";
        OPERANDS[BR_LT_U_C] = "a imm target";
        NAMES[BR_GT_S_C] = "BR_GT_S_C";
        OPERANDS[BR_GT_S_C] = "a imm target";
        NAMES[BR_GT_U_C] = "BR_GT_U_C";
        OPERANDS[BR_GT_U_C] = "a imm target";
        NAMES[BR_LE_S_C] = "BR_LE_S_C";
        OPERANDS[BR_LE_S_C] = "a imm target";
        NAMES[BR_LE_U_C] = "BR_LE_U_C";
        OPERANDS[BR_LE_U_C] = "a imm target";
        NAMES[BR_GE_S_C] = "BR_GE_S_C";
        OPERANDS[BR_GE_S_C] = "a imm target";
        NAMES[BR_GE_U_C] = "BR_GE_U_C";
        OPERANDS[BR_GE_U_C] = "a imm target";
        NAMES[TRAP_MEMORY] = "TRAP_MEMORY";
        OPERANDS[TRAP_MEMORY] = "";
        NAMES[BR_I64_EQZ] = "BR_I64_EQZ";
        OPERANDS[BR_I64_EQZ] = "a target";
        NAMES[BR_I64_NEZ] = "BR_I64_NEZ";
        OPERANDS[BR_I64_NEZ] = "a target";
        NAMES[BR_I64_EQ] = "BR_I64_EQ";
        OPERANDS[BR_I64_EQ] = "a b target";
        NAMES[BR_I64_NE] = "BR_I64_NE";
        OPERANDS[BR_I64_NE] = "a b target";
        NAMES[BR_I64_LT_S] = "BR_I64_LT_S";
        OPERANDS[BR_I64_LT_S] = "a b target";
        NAMES[BR_I64_LT_U] = "BR_I64_LT_U";
        OPERANDS[BR_I64_LT_U] = "a b target";
        NAMES[BR_I64_GT_S] = "BR_I64_GT_S";
        OPERANDS[BR_I64_GT_S] = "a b target";
        NAMES[BR_I64_GT_U] = "BR_I64_GT_U";
        OPERANDS[BR_I64_GT_U] = "a b target";
        NAMES[BR_I64_LE_S] = "BR_I64_LE_S";
        OPERANDS[BR_I64_LE_S] = "a b target";
        NAMES[BR_I64_LE_U] = "BR_I64_LE_U";
        OPERANDS[BR_I64_LE_U] = "a b target";
        NAMES[BR_I64_GE_S] = "BR_I64_GE_S";
        OPERANDS[BR_I64_GE_S] = "a b target";
        NAMES[BR_I64_GE_U] = "BR_I64_GE_U";
        OPERANDS[BR_I64_GE_U] = "a b target";
        NAMES[I32_EQZ] = "I32_EQZ";
        OPERANDS[I32_EQZ] = "d a";
        NAMES[I32_EQ] = "I32_EQ";
        OPERANDS[I32_EQ] = "d a b";
        NAMES[I32_NE] = "I32_NE";
        OPERANDS[I32_NE] = "d a b";
        NAMES[I32_LT_S] = "I32_LT_S";
        OPERANDS[I32_LT_S] = "d a b";
        NAMES[I32_LT_U] = "I32_LT_U";
        OPERANDS[I32_LT_U] = "d a b";
        NAMES[I32_GT_S] = "I32_GT_S";
        OPERANDS[I32_GT_S] = "d a b";
        NAMES[I32_GT_U] = "I32_GT_U";
        OPERANDS[I32_GT_U] = "d a b";
        NAMES[I32_LE_S] = "I32_LE_S";
        OPERANDS[I32_LE_S] = "d a b";
        NAMES[I32_LE_U] = "I32_LE_U";
        OPERANDS[I32_LE_U] = "d a b";
        NAMES[I32_GE_S] = "I32_GE_S";
        OPERANDS[I32_GE_S] = "d a b";
        NAMES[I32_GE_U] = "I32_GE_U";
        OPERANDS[I32_GE_U] = "d a b";
        NAMES[I64_EQZ] = "I64_EQZ";
        OPERANDS[I64_EQZ] = "d a";
        NAMES[I64_EQ] = "I64_EQ";
        OPERANDS[I64_EQ] = "d a b";
        NAMES[I64_NE] = "I64_NE";
        OPERANDS[I64_NE] = "d a b";
        NAMES[I64_LT_S] = "I64_LT_S";
        OPERANDS[I64_LT_S] = "d a b";
        NAMES[I64_LT_U] = "I64_LT_U";
        OPERANDS[I64_LT_U] = "d a b";
        NAMES[I64_GT_S] = "I64_GT_S";
        OPERANDS[I64_GT_S] = "d a b";
        NAMES[I64_GT_U] = "I64_GT_U";
        OPERANDS[I64_GT_U] = "d a b";
        NAMES[I64_LE_S] = "I64_LE_S";
        OPERANDS[I64_LE_S] = "d a b";
        NAMES[I64_LE_U] = "I64_LE_U";
        OPERANDS[I64_LE_U] = "d a b";
        NAMES[I64_GE_S] = "I64_GE_S";
        OPERANDS[I64_GE_S] = "d a b";
        NAMES[I64_GE_U] = "I64_GE_U";
        OPERANDS[I64_GE_U] = "d a b";
        NAMES[F32_EQ] = "F32_EQ";
        OPERANDS[F32_EQ] = "d a b";
        NAMES[F32_NE] = "F32_NE";
        OPERANDS[F32_NE] = "d a b";
        NAMES[F32_LT] = "F32_LT";
        OPERANDS[F32_LT] = "d a b";
        NAMES[F32_GT] = "F32_GT";
        OPERANDS[F32_GT] = "d a b";
        NAMES[F32_LE] = "F32_LE";
        OPERANDS[F32_LE] = "d a b";
        NAMES[F32_GE] = "F32_GE";
        OPERANDS[F32_GE] = "d a b";
        NAMES[F64_EQ] = "F64_EQ";
        OPERANDS[F64_EQ] = "d a b";
        NAMES[F64_NE] = "F64_NE";
        OPERANDS[F64_NE] = "d a b";
        NAMES[F64_LT] = "F64_LT";
        OPERANDS[F64_LT] = "d a b";
        NAMES[F64_GT] = "F64_GT";
        OPERANDS[F64_GT] = "d a b";
        NAMES[F64_LE] = "F64_LE";
        OPERANDS[F64_LE] = "d a b";
        NAMES[F64_GE] = "F64_GE";
        OPERANDS[F64_GE] = "d a b";
        NAMES[I32_CLZ] = "I32_CLZ";
        OPERANDS[I32_CLZ] = "d a";
        NAMES[I32_CTZ] = "I32_CTZ";
        OPERANDS[I32_CTZ] = "d a";
        NAMES[I32_POPCNT] = "I32_POPCNT";
        OPERANDS[I32_POPCNT] = "d a";
        NAMES[I32_ADD] = "I32_ADD";
        OPERANDS[I32_ADD] = "d a b";
        NAMES[I32_SUB] = "I32_SUB";
        OPERANDS[I32_SUB] = "d a b";
        NAMES[I32_MUL] = "I32_MUL";
        OPERANDS[I32_MUL] = "d a b";
        NAMES[I32_DIV_S] = "I32_DIV_S";
        OPERANDS[I32_DIV_S] = "d a b";
        NAMES[I32_DIV_U] = "I32_DIV_U";
        OPERANDS[I32_DIV_U] = "d a b";
        NAMES[I32_REM_S] = "I32_REM_S";
        OPERANDS[I32_REM_S] = "d a b";
        NAMES[I32_REM_U] = "I32_REM_U";
        OPERANDS[I32_REM_U] = "d a b";
        NAMES[I32_AND] = "I32_AND";
        OPERANDS[I32_AND] = "d a b";
        NAMES[I32_OR] = "I32_OR";
        OPERANDS[I32_OR] = "d a b";
        NAMES[I32_XOR] = "I32_XOR";
        OPERANDS[I32_XOR] = "d a b";
        NAMES[I32_SHL] = "I32_SHL";
        OPERANDS[I32_SHL] = "d a b";
        NAMES[I32_SHR_S] = "I32_SHR_S";
        OPERANDS[I32_SHR_S] = "d a b";
        NAMES[I32_SHR_U] = "I32_SHR_U";
        OPERANDS[I32_SHR_U] = "d a b";
        NAMES[I32_ROTL] = "I32_ROTL";
        OPERANDS[I32_ROTL] = "d a b";
        NAMES[I32_ROTR] = "I32_ROTR";
        OPERANDS[I32_ROTR] = "d a b";
        NAMES[I64_CLZ] = "I64_CLZ";
        OPERANDS[I64_CLZ] = "d a";
        NAMES[I64_CTZ] = "I64_CTZ";
        OPERANDS[I64_CTZ] = "d a";
        NAMES[I64_POPCNT] = "I64_POPCNT";
        OPERANDS[I64_POPCNT] = "d a";
        NAMES[I64_ADD] = "I64_ADD";
        OPERANDS[I64_ADD] = "d a b";
        NAMES[I64_SUB] = "I64_SUB";
        OPERANDS[I64_SUB] = "d a b";
        NAMES[I64_MUL] = "I64_MUL";
        OPERANDS[I64_MUL] = "d a b";
        NAMES[I64_DIV_S] = "I64_DIV_S";
        OPERANDS[I64_DIV_S] = "d a b";
        NAMES[I64_DIV_U] = "I64_DIV_U";
        OPERANDS[I64_DIV_U] = "d a b";
        NAMES[I64_REM_S] = "I64_REM_S";
        OPERANDS[I64_REM_S] = "d a b";
        NAMES[I64_REM_U] = "I64_REM_U";
        OPERANDS[I64_REM_U] = "d a b";
        NAMES[I64_AND] = "I64_AND";
        OPERANDS[I64_AND] = "d a b";
        NAMES[I64_OR] = "I64_OR";
        OPERANDS[I64_OR] = "d a b";
        NAMES[I64_XOR] = "I64_XOR";
        OPERANDS[I64_XOR] = "d a b";
        NAMES[I64_SHL] = "I64_SHL";
        OPERANDS[I64_SHL] = "d a b";
        NAMES[I64_SHR_S] = "I64_SHR_S";
        OPERANDS[I64_SHR_S] = "d a b";
        NAMES[I64_SHR_U] = "I64_SHR_U";
        OPERANDS[I64_SHR_U] = "d a b";
        NAMES[I64_ROTL] = "I64_ROTL";
        OPERANDS[I64_ROTL] = "d a b";
        NAMES[I64_ROTR] = "I64_ROTR";
        OPERANDS[I64_ROTR] = "d a b";
        NAMES[F32_ABS] = "F32_ABS";
        OPERANDS[F32_ABS] = "d a";
        NAMES[F32_NEG] = "F32_NEG";
        OPERANDS[F32_NEG] = "d a";
    }

    private static void name2() {
        NAMES[F32_CEIL] = "F32_CEIL";
        OPERANDS[F32_CEIL] = "d a";
        NAMES[F32_FLOOR] = "F32_FLOOR";
        OPERANDS[F32_FLOOR] = "d a";
        NAMES[F32_TRUNC] = "F32_TRUNC";
        OPERANDS[F32_TRUNC] = "d a";
        NAMES[F32_NEAREST] = "F32_NEAREST";
        OPERANDS[F32_NEAREST] = "d a";
        NAMES[F32_SQRT] = "F32_SQRT";
        OPERANDS[F32_SQRT] = "d a";
        NAMES[F32_ADD] = "F32_ADD";
        OPERANDS[F32_ADD] = "d a b";
        NAMES[F32_SUB] = "F32_SUB";
        OPERANDS[F32_SUB] = "d a b";
        NAMES[F32_MUL] = "F32_MUL";
        OPERANDS[F32_MUL] = "d a b";
        NAMES[F32_DIV] = "F32_DIV";
        OPERANDS[F32_DIV] = "d a b";
        NAMES[F32_MIN] = "F32_MIN";
        OPERANDS[F32_MIN] = "d a b";
        NAMES[F32_MAX] = "F32_MAX";
        OPERANDS[F32_MAX] = "d a b";
        NAMES[F32_COPYSIGN] = "F32_COPYSIGN";
        OPERANDS[F32_COPYSIGN] = "d a b";
        NAMES[F64_ABS] = "F64_ABS";
        OPERANDS[F64_ABS] = "d a";
        NAMES[F64_NEG] = "F64_NEG";
        OPERANDS[F64_NEG] = "d a";
        NAMES[F64_CEIL] = "F64_CEIL";
        OPERANDS[F64_CEIL] = "d a";
        NAMES[F64_FLOOR] = "F64_FLOOR";
        OPERANDS[F64_FLOOR] = "d a";
        NAMES[F64_TRUNC] = "F64_TRUNC";
        OPERANDS[F64_TRUNC] = "d a";
        NAMES[F64_NEAREST] = "F64_NEAREST";
        OPERANDS[F64_NEAREST] = "d a";
        NAMES[F64_SQRT] = "F64_SQRT";
        OPERANDS[F64_SQRT] = "d a";
        NAMES[F64_ADD] = "F64_ADD";
        OPERANDS[F64_ADD] = "d a b";
        NAMES[F64_SUB] = "F64_SUB";
        OPERANDS[F64_SUB] = "d a b";
        NAMES[F64_MUL] = "F64_MUL";
        OPERANDS[F64_MUL] = "d a b";
        NAMES[F64_DIV] = "F64_DIV";
        OPERANDS[F64_DIV] = "d a b";
        NAMES[F64_MIN] = "F64_MIN";
        OPERANDS[F64_MIN] = "d a b";
        NAMES[F64_MAX] = "F64_MAX";
        OPERANDS[F64_MAX] = "d a b";
        NAMES[F64_COPYSIGN] = "F64_COPYSIGN";
        OPERANDS[F64_COPYSIGN] = "d a b";
        NAMES[I32_WRAP_I64] = "I32_WRAP_I64";
        OPERANDS[I32_WRAP_I64] = "d a";
        NAMES[I32_TRUNC_F32_S] = "I32_TRUNC_F32_S";
        OPERANDS[I32_TRUNC_F32_S] = "d a";
        NAMES[I32_TRUNC_F32_U] = "I32_TRUNC_F32_U";
        OPERANDS[I32_TRUNC_F32_U] = "d a";
        NAMES[I32_TRUNC_F64_S] = "I32_TRUNC_F64_S";
        OPERANDS[I32_TRUNC_F64_S] = "d a";
        NAMES[I32_TRUNC_F64_U] = "I32_TRUNC_F64_U";
        OPERANDS[I32_TRUNC_F64_U] = "d a";
        NAMES[I64_EXTEND_I32_S] = "I64_EXTEND_I32_S";
        OPERANDS[I64_EXTEND_I32_S] = "d a";
        NAMES[I64_EXTEND_I32_U] = "I64_EXTEND_I32_U";
        OPERANDS[I64_EXTEND_I32_U] = "d a";
        NAMES[I64_TRUNC_F32_S] = "I64_TRUNC_F32_S";
        OPERANDS[I64_TRUNC_F32_S] = "d a";
        NAMES[I64_TRUNC_F32_U] = "I64_TRUNC_F32_U";
        OPERANDS[I64_TRUNC_F32_U] = "d a";
        NAMES[I64_TRUNC_F64_S] = "I64_TRUNC_F64_S";
        OPERANDS[I64_TRUNC_F64_S] = "d a";
        NAMES[I64_TRUNC_F64_U] = "I64_TRUNC_F64_U";
        OPERANDS[I64_TRUNC_F64_U] = "d a";
        NAMES[F32_CONVERT_I32_S] = "F32_CONVERT_I32_S";
        OPERANDS[F32_CONVERT_I32_S] = "d a";
        NAMES[F32_CONVERT_I32_U] = "F32_CONVERT_I32_U";
        OPERANDS[F32_CONVERT_I32_U] = "d a";
        NAMES[F32_CONVERT_I64_S] = "F32_CONVERT_I64_S";
        OPERANDS[F32_CONVERT_I64_S] = "d a";
        NAMES[F32_CONVERT_I64_U] = "F32_CONVERT_I64_U";
        OPERANDS[F32_CONVERT_I64_U] = "d a";
        NAMES[F32_DEMOTE_F64] = "F32_DEMOTE_F64";
        OPERANDS[F32_DEMOTE_F64] = "d a";
        NAMES[F64_CONVERT_I32_S] = "F64_CONVERT_I32_S";
        OPERANDS[F64_CONVERT_I32_S] = "d a";
        NAMES[F64_CONVERT_I32_U] = "F64_CONVERT_I32_U";
        OPERANDS[F64_CONVERT_I32_U] = "d a";
        NAMES[F64_CONVERT_I64_S] = "F64_CONVERT_I64_S";
        OPERANDS[F64_CONVERT_I64_S] = "d a";
        NAMES[F64_CONVERT_I64_U] = "F64_CONVERT_I64_U";
        OPERANDS[F64_CONVERT_I64_U] = "d a";
        NAMES[F64_PROMOTE_F32] = "F64_PROMOTE_F32";
        OPERANDS[F64_PROMOTE_F32] = "d a";
        NAMES[I32_REINTERPRET_F32] = "I32_REINTERPRET_F32";
        OPERANDS[I32_REINTERPRET_F32] = "d a";
        NAMES[I64_REINTERPRET_F64] = "I64_REINTERPRET_F64";
        OPERANDS[I64_REINTERPRET_F64] = "d a";
        NAMES[F32_REINTERPRET_I32] = "F32_REINTERPRET_I32";
        OPERANDS[F32_REINTERPRET_I32] = "d a";
        NAMES[F64_REINTERPRET_I64] = "F64_REINTERPRET_I64";
        OPERANDS[F64_REINTERPRET_I64] = "d a";
        NAMES[I32_EXTEND8_S] = "I32_EXTEND8_S";
        OPERANDS[I32_EXTEND8_S] = "d a";
        NAMES[I32_EXTEND16_S] = "I32_EXTEND16_S";
        OPERANDS[I32_EXTEND16_S] = "d a";
        NAMES[I64_EXTEND8_S] = "I64_EXTEND8_S";
        OPERANDS[I64_EXTEND8_S] = "d a";
        NAMES[I64_EXTEND16_S] = "I64_EXTEND16_S";
        OPERANDS[I64_EXTEND16_S] = "d a";
        NAMES[I64_EXTEND32_S] = "I64_EXTEND32_S";
        OPERANDS[I64_EXTEND32_S] = "d a";
        NAMES[I32_TRUNC_SAT_F32_S] = "I32_TRUNC_SAT_F32_S";
        OPERANDS[I32_TRUNC_SAT_F32_S] = "d a";
        NAMES[I32_TRUNC_SAT_F32_U] = "I32_TRUNC_SAT_F32_U";
        OPERANDS[I32_TRUNC_SAT_F32_U] = "d a";
        NAMES[I32_TRUNC_SAT_F64_S] = "I32_TRUNC_SAT_F64_S";
        OPERANDS[I32_TRUNC_SAT_F64_S] = "d a";
        NAMES[I32_TRUNC_SAT_F64_U] = "I32_TRUNC_SAT_F64_U";
        OPERANDS[I32_TRUNC_SAT_F64_U] = "d a";
        NAMES[I64_TRUNC_SAT_F32_S] = "I64_TRUNC_SAT_F32_S";
        OPERANDS[I64_TRUNC_SAT_F32_S] = "d a";
        NAMES[I64_TRUNC_SAT_F32_U] = "I64_TRUNC_SAT_F32_U";
        OPERANDS[I64_TRUNC_SAT_F32_U] = "d a";
        NAMES[I64_TRUNC_SAT_F64_S] = "I64_TRUNC_SAT_F64_S";
        OPERANDS[I64_TRUNC_SAT_F64_S] = "d a";
        NAMES[I64_TRUNC_SAT_F64_U] = "I64_TRUNC_SAT_F64_U";
        OPERANDS[I64_TRUNC_SAT_F64_U] = "d a";
        NAMES[I64_SHL_C] = "I64_SHL_C";
        OPERANDS[I64_SHL_C] = "d a imm";
        NAMES[I64_SHR_S_C] = "I64_SHR_S_C";
        OPERANDS[I64_SHR_S_C] = "d a imm";
        NAMES[I64_SHR_U_C] = "I64_SHR_U_C";
        OPERANDS[I64_SHR_U_C] = "d a imm";
        NAMES[I64_ROTL_C] = "I64_ROTL_C";
        OPERANDS[I64_ROTL_C] = "d a imm";
        NAMES[I64_ROTR_C] = "I64_ROTR_C";
        OPERANDS[I64_ROTR_C] = "d a imm";
        NAMES[I64_SHL_V] = "I64_SHL_V";
        OPERANDS[I64_SHL_V] = "d a b";
        NAMES[I64_SHR_S_V] = "I64_SHR_S_V";
        OPERANDS[I64_SHR_S_V] = "d a b";
        NAMES[I64_SHR_U_V] = "I64_SHR_U_V";
        OPERANDS[I64_SHR_U_V] = "d a b";
        NAMES[MOV_V] = "MOV_V";
        OPERANDS[MOV_V] = "d a";
        NAMES[SELECT_V] = "SELECT_V";
        OPERANDS[SELECT_V] = "d a b cond";
        NAMES[GLOBAL_GET_V] = "GLOBAL_GET_V";
        OPERANDS[GLOBAL_GET_V] = "d global";
        NAMES[GLOBAL_SET_V] = "GLOBAL_SET_V";
        OPERANDS[GLOBAL_SET_V] = "global a";
        NAMES[V128_LOAD] = "V128_LOAD";
        OPERANDS[V128_LOAD] = "d addr offset";
        NAMES[V128_LOAD8X8_S] = "V128_LOAD8X8_S";
        OPERANDS[V128_LOAD8X8_S] = "d addr offset";
        NAMES[V128_LOAD8X8_U] = "V128_LOAD8X8_U";
        OPERANDS[V128_LOAD8X8_U] = "d addr offset";
        NAMES[V128_LOAD16X4_S] = "V128_LOAD16X4_S";
        OPERANDS[V128_LOAD16X4_S] = "d addr offset";
        NAMES[V128_LOAD16X4_U] = "V128_LOAD16X4_U";
        OPERANDS[V128_LOAD16X4_U] = "d addr offset";
        NAMES[V128_LOAD32X2_S] = "V128_LOAD32X2_S";
        OPERANDS[V128_LOAD32X2_S] = "d addr offset";
        NAMES[V128_LOAD32X2_U] = "V128_LOAD32X2_U";
        OPERANDS[V128_LOAD32X2_U] = "d addr offset";
        NAMES[V128_LOAD8_SPLAT] = "V128_LOAD8_SPLAT";
        OPERANDS[V128_LOAD8_SPLAT] = "d addr offset";
        NAMES[V128_LOAD16_SPLAT] = "V128_LOAD16_SPLAT";
        OPERANDS[V128_LOAD16_SPLAT] = "d addr offset";
        NAMES[V128_LOAD32_SPLAT] = "V128_LOAD32_SPLAT";
        OPERANDS[V128_LOAD32_SPLAT] = "d addr offset";
        NAMES[V128_LOAD64_SPLAT] = "V128_LOAD64_SPLAT";
        OPERANDS[V128_LOAD64_SPLAT] = "d addr offset";
        NAMES[V128_STORE] = "V128_STORE";
        OPERANDS[V128_STORE] = "addr v offset";
        NAMES[V128_CONST] = "V128_CONST";
        OPERANDS[V128_CONST] = "d w0 w1 w2 w3";
        NAMES[I8X16_SHUFFLE] = "I8X16_SHUFFLE";
        OPERANDS[I8X16_SHUFFLE] = "d a b m0 m1 m2 m3";
        NAMES[I8X16_SWIZZLE] = "I8X16_SWIZZLE";
        OPERANDS[I8X16_SWIZZLE] = "d a b";
        NAMES[I8X16_SPLAT] = "I8X16_SPLAT";
        OPERANDS[I8X16_SPLAT] = "d a";
        NAMES[I16X8_SPLAT] = "I16X8_SPLAT";
        OPERANDS[I16X8_SPLAT] = "d a";
        NAMES[I32X4_SPLAT] = "I32X4_SPLAT";
        OPERANDS[I32X4_SPLAT] = "d a";
        NAMES[I64X2_SPLAT] = "I64X2_SPLAT";
        OPERANDS[I64X2_SPLAT] = "d a";
        NAMES[F32X4_SPLAT] = "F32X4_SPLAT";
        OPERANDS[F32X4_SPLAT] = "d a";
        NAMES[F64X2_SPLAT] = "F64X2_SPLAT";
        OPERANDS[F64X2_SPLAT] = "d a";
        NAMES[I8X16_EXTRACT_LANE_S] = "I8X16_EXTRACT_LANE_S";
        OPERANDS[I8X16_EXTRACT_LANE_S] = "d a lane";
        NAMES[I8X16_EXTRACT_LANE_U] = "I8X16_EXTRACT_LANE_U";
        OPERANDS[I8X16_EXTRACT_LANE_U] = "d a lane";
        NAMES[I8X16_REPLACE_LANE] = "I8X16_REPLACE_LANE";
        OPERANDS[I8X16_REPLACE_LANE] = "d a b lane";
    }

    private static void name3() {
        NAMES[I16X8_EXTRACT_LANE_S] = "I16X8_EXTRACT_LANE_S";
        OPERANDS[I16X8_EXTRACT_LANE_S] = "d a lane";
        NAMES[I16X8_EXTRACT_LANE_U] = "I16X8_EXTRACT_LANE_U";
        OPERANDS[I16X8_EXTRACT_LANE_U] = "d a lane";
        NAMES[I16X8_REPLACE_LANE] = "I16X8_REPLACE_LANE";
        OPERANDS[I16X8_REPLACE_LANE] = "d a b lane";
        NAMES[I32X4_EXTRACT_LANE] = "I32X4_EXTRACT_LANE";
        OPERANDS[I32X4_EXTRACT_LANE] = "d a lane";
        NAMES[I32X4_REPLACE_LANE] = "I32X4_REPLACE_LANE";
        OPERANDS[I32X4_REPLACE_LANE] = "d a b lane";
        NAMES[I64X2_EXTRACT_LANE] = "I64X2_EXTRACT_LANE";
        OPERANDS[I64X2_EXTRACT_LANE] = "d a lane";
        NAMES[I64X2_REPLACE_LANE] = "I64X2_REPLACE_LANE";
        OPERANDS[I64X2_REPLACE_LANE] = "d a b lane";
        NAMES[F32X4_EXTRACT_LANE] = "F32X4_EXTRACT_LANE";
        OPERANDS[F32X4_EXTRACT_LANE] = "d a lane";
        NAMES[F32X4_REPLACE_LANE] = "F32X4_REPLACE_LANE";
        OPERANDS[F32X4_REPLACE_LANE] = "d a b lane";
        NAMES[F64X2_EXTRACT_LANE] = "F64X2_EXTRACT_LANE";
        OPERANDS[F64X2_EXTRACT_LANE] = "d a lane";
        NAMES[F64X2_REPLACE_LANE] = "F64X2_REPLACE_LANE";
        OPERANDS[F64X2_REPLACE_LANE] = "d a b lane";
        NAMES[I8X16_EQ] = "I8X16_EQ";
        OPERANDS[I8X16_EQ] = "d a b";
        NAMES[I8X16_NE] = "I8X16_NE";
        OPERANDS[I8X16_NE] = "d a b";
        NAMES[I8X16_LT_S] = "I8X16_LT_S";
        OPERANDS[I8X16_LT_S] = "d a b";
        NAMES[I8X16_LT_U] = "I8X16_LT_U";
        OPERANDS[I8X16_LT_U] = "d a b";
        NAMES[I8X16_GT_S] = "I8X16_GT_S";
        OPERANDS[I8X16_GT_S] = "d a b";
        NAMES[I8X16_GT_U] = "I8X16_GT_U";
        OPERANDS[I8X16_GT_U] = "d a b";
        NAMES[I8X16_LE_S] = "I8X16_LE_S";
        OPERANDS[I8X16_LE_S] = "d a b";
        NAMES[I8X16_LE_U] = "I8X16_LE_U";
        OPERANDS[I8X16_LE_U] = "d a b";
        NAMES[I8X16_GE_S] = "I8X16_GE_S";
        OPERANDS[I8X16_GE_S] = "d a b";
        NAMES[I8X16_GE_U] = "I8X16_GE_U";
        OPERANDS[I8X16_GE_U] = "d a b";
        NAMES[I16X8_EQ] = "I16X8_EQ";
        OPERANDS[I16X8_EQ] = "d a b";
        NAMES[I16X8_NE] = "I16X8_NE";
        OPERANDS[I16X8_NE] = "d a b";
        NAMES[I16X8_LT_S] = "I16X8_LT_S";
        OPERANDS[I16X8_LT_S] = "d a b";
        NAMES[I16X8_LT_U] = "I16X8_LT_U";
        OPERANDS[I16X8_LT_U] = "d a b";
        NAMES[I16X8_GT_S] = "I16X8_GT_S";
        OPERANDS[I16X8_GT_S] = "d a b";
        NAMES[I16X8_GT_U] = "I16X8_GT_U";
        OPERANDS[I16X8_GT_U] = "d a b";
        NAMES[I16X8_LE_S] = "I16X8_LE_S";
        OPERANDS[I16X8_LE_S] = "d a b";
        NAMES[I16X8_LE_U] = "I16X8_LE_U";
        OPERANDS[I16X8_LE_U] = "d a b";
        NAMES[I16X8_GE_S] = "I16X8_GE_S";
        OPERANDS[I16X8_GE_S] = "d a b";
        NAMES[I16X8_GE_U] = "I16X8_GE_U";
        OPERANDS[I16X8_GE_U] = "d a b";
        NAMES[I32X4_EQ] = "I32X4_EQ";
        OPERANDS[I32X4_EQ] = "d a b";
        NAMES[I32X4_NE] = "I32X4_NE";
        OPERANDS[I32X4_NE] = "d a b";
        NAMES[I32X4_LT_S] = "I32X4_LT_S";
        OPERANDS[I32X4_LT_S] = "d a b";
        NAMES[I32X4_LT_U] = "I32X4_LT_U";
        OPERANDS[I32X4_LT_U] = "d a b";
        NAMES[I32X4_GT_S] = "I32X4_GT_S";
        OPERANDS[I32X4_GT_S] = "d a b";
        NAMES[I32X4_GT_U] = "I32X4_GT_U";
        OPERANDS[I32X4_GT_U] = "d a b";
        NAMES[I32X4_LE_S] = "I32X4_LE_S";
        OPERANDS[I32X4_LE_S] = "d a b";
        NAMES[I32X4_LE_U] = "I32X4_LE_U";
        OPERANDS[I32X4_LE_U] = "d a b";
        NAMES[I32X4_GE_S] = "I32X4_GE_S";
        OPERANDS[I32X4_GE_S] = "d a b";
        NAMES[I32X4_GE_U] = "I32X4_GE_U";
        OPERANDS[I32X4_GE_U] = "d a b";
        NAMES[F32X4_EQ] = "F32X4_EQ";
        OPERANDS[F32X4_EQ] = "d a b";
        NAMES[F32X4_NE] = "F32X4_NE";
        OPERANDS[F32X4_NE] = "d a b";
        NAMES[F32X4_LT] = "F32X4_LT";
        OPERANDS[F32X4_LT] = "d a b";
        NAMES[F32X4_GT] = "F32X4_GT";
        OPERANDS[F32X4_GT] = "d a b";
        NAMES[F32X4_LE] = "F32X4_LE";
        OPERANDS[F32X4_LE] = "d a b";
        NAMES[F32X4_GE] = "F32X4_GE";
        OPERANDS[F32X4_GE] = "d a b";
        NAMES[F64X2_EQ] = "F64X2_EQ";
        OPERANDS[F64X2_EQ] = "d a b";
        NAMES[F64X2_NE] = "F64X2_NE";
        OPERANDS[F64X2_NE] = "d a b";
        NAMES[F64X2_LT] = "F64X2_LT";
        OPERANDS[F64X2_LT] = "d a b";
        NAMES[F64X2_GT] = "F64X2_GT";
        OPERANDS[F64X2_GT] = "d a b";
        NAMES[F64X2_LE] = "F64X2_LE";
        OPERANDS[F64X2_LE] = "d a b";
        NAMES[F64X2_GE] = "F64X2_GE";
        OPERANDS[F64X2_GE] = "d a b";
        NAMES[V128_NOT] = "V128_NOT";
        OPERANDS[V128_NOT] = "d a";
        NAMES[V128_AND] = "V128_AND";
        OPERANDS[V128_AND] = "d a b";
        NAMES[V128_ANDNOT] = "V128_ANDNOT";
        OPERANDS[V128_ANDNOT] = "d a b";
        NAMES[V128_OR] = "V128_OR";
        OPERANDS[V128_OR] = "d a b";
        NAMES[V128_XOR] = "V128_XOR";
        OPERANDS[V128_XOR] = "d a b";
        NAMES[V128_BITSELECT] = "V128_BITSELECT";
        OPERANDS[V128_BITSELECT] = "d a b c";
        NAMES[V128_ANY_TRUE] = "V128_ANY_TRUE";
        OPERANDS[V128_ANY_TRUE] = "d a";
        NAMES[V128_LOAD8_LANE] = "V128_LOAD8_LANE";
        OPERANDS[V128_LOAD8_LANE] = "d addr v offset lane";
        NAMES[V128_LOAD16_LANE] = "V128_LOAD16_LANE";
        OPERANDS[V128_LOAD16_LANE] = "d addr v offset lane";
        NAMES[V128_LOAD32_LANE] = "V128_LOAD32_LANE";
        OPERANDS[V128_LOAD32_LANE] = "d addr v offset lane";
        NAMES[V128_LOAD64_LANE] = "V128_LOAD64_LANE";
        OPERANDS[V128_LOAD64_LANE] = "d addr v offset lane";
        NAMES[V128_STORE8_LANE] = "V128_STORE8_LANE";
        OPERANDS[V128_STORE8_LANE] = "addr v offset lane";
        NAMES[V128_STORE16_LANE] = "V128_STORE16_LANE";
        OPERANDS[V128_STORE16_LANE] = "addr v offset lane";
        NAMES[V128_STORE32_LANE] = "V128_STORE32_LANE";
        OPERANDS[V128_STORE32_LANE] = "addr v offset lane";
        NAMES[V128_STORE64_LANE] = "V128_STORE64_LANE";
        OPERANDS[V128_STORE64_LANE] = "addr v offset lane";
        NAMES[V128_LOAD32_ZERO] = "V128_LOAD32_ZERO";
        OPERANDS[V128_LOAD32_ZERO] = "d addr offset";
        NAMES[V128_LOAD64_ZERO] = "V128_LOAD64_ZERO";
        OPERANDS[V128_LOAD64_ZERO] = "d addr offset";
        NAMES[F32X4_DEMOTE_F64X2_ZERO] = "F32X4_DEMOTE_F64X2_ZERO";
        OPERANDS[F32X4_DEMOTE_F64X2_ZERO] = "d a";
        NAMES[F64X2_PROMOTE_LOW_F32X4] = "F64X2_PROMOTE_LOW_F32X4";
        OPERANDS[F64X2_PROMOTE_LOW_F32X4] = "d a";
        NAMES[I8X16_ABS] = "I8X16_ABS";
        OPERANDS[I8X16_ABS] = "d a";
        NAMES[I8X16_NEG] = "I8X16_NEG";
        OPERANDS[I8X16_NEG] = "d a";
        NAMES[I8X16_POPCNT] = "I8X16_POPCNT";
        OPERANDS[I8X16_POPCNT] = "d a";
        NAMES[I8X16_ALL_TRUE] = "I8X16_ALL_TRUE";
        OPERANDS[I8X16_ALL_TRUE] = "d a";
        NAMES[I8X16_BITMASK] = "I8X16_BITMASK";
        OPERANDS[I8X16_BITMASK] = "d a";
        NAMES[I8X16_NARROW_I16X8_S] = "I8X16_NARROW_I16X8_S";
        OPERANDS[I8X16_NARROW_I16X8_S] = "d a b";
        NAMES[I8X16_NARROW_I16X8_U] = "I8X16_NARROW_I16X8_U";
        OPERANDS[I8X16_NARROW_I16X8_U] = "d a b";
        NAMES[F32X4_CEIL] = "F32X4_CEIL";
        OPERANDS[F32X4_CEIL] = "d a";
        NAMES[F32X4_FLOOR] = "F32X4_FLOOR";
        OPERANDS[F32X4_FLOOR] = "d a";
        NAMES[F32X4_TRUNC] = "F32X4_TRUNC";
        OPERANDS[F32X4_TRUNC] = "d a";
        NAMES[F32X4_NEAREST] = "F32X4_NEAREST";
        OPERANDS[F32X4_NEAREST] = "d a";
        NAMES[I8X16_SHL] = "I8X16_SHL";
        OPERANDS[I8X16_SHL] = "d a b";
        NAMES[I8X16_SHR_S] = "I8X16_SHR_S";
        OPERANDS[I8X16_SHR_S] = "d a b";
        NAMES[I8X16_SHR_U] = "I8X16_SHR_U";
        OPERANDS[I8X16_SHR_U] = "d a b";
        NAMES[I8X16_ADD] = "I8X16_ADD";
        OPERANDS[I8X16_ADD] = "d a b";
        NAMES[I8X16_ADD_SAT_S] = "I8X16_ADD_SAT_S";
        OPERANDS[I8X16_ADD_SAT_S] = "d a b";
        NAMES[I8X16_ADD_SAT_U] = "I8X16_ADD_SAT_U";
        OPERANDS[I8X16_ADD_SAT_U] = "d a b";
        NAMES[I8X16_SUB] = "I8X16_SUB";
        OPERANDS[I8X16_SUB] = "d a b";
        NAMES[I8X16_SUB_SAT_S] = "I8X16_SUB_SAT_S";
        OPERANDS[I8X16_SUB_SAT_S] = "d a b";
        NAMES[I8X16_SUB_SAT_U] = "I8X16_SUB_SAT_U";
        OPERANDS[I8X16_SUB_SAT_U] = "d a b";
        NAMES[F64X2_CEIL] = "F64X2_CEIL";
        OPERANDS[F64X2_CEIL] = "d a";
        NAMES[F64X2_FLOOR] = "F64X2_FLOOR";
        OPERANDS[F64X2_FLOOR] = "d a";
        NAMES[I8X16_MIN_S] = "I8X16_MIN_S";
        OPERANDS[I8X16_MIN_S] = "d a b";
        NAMES[I8X16_MIN_U] = "I8X16_MIN_U";
        OPERANDS[I8X16_MIN_U] = "d a b";
        NAMES[I8X16_MAX_S] = "I8X16_MAX_S";
        OPERANDS[I8X16_MAX_S] = "d a b";
        NAMES[I8X16_MAX_U] = "I8X16_MAX_U";
        OPERANDS[I8X16_MAX_U] = "d a b";
        NAMES[F64X2_TRUNC] = "F64X2_TRUNC";
        OPERANDS[F64X2_TRUNC] = "d a";
        NAMES[I8X16_AVGR_U] = "I8X16_AVGR_U";
        OPERANDS[I8X16_AVGR_U] = "d a b";
    }

    private static void name4() {
        NAMES[I16X8_EXTADD_PAIRWISE_I8X16_S] = "I16X8_EXTADD_PAIRWISE_I8X16_S";
        OPERANDS[I16X8_EXTADD_PAIRWISE_I8X16_S] = "d a";
        NAMES[I16X8_EXTADD_PAIRWISE_I8X16_U] = "I16X8_EXTADD_PAIRWISE_I8X16_U";
        OPERANDS[I16X8_EXTADD_PAIRWISE_I8X16_U] = "d a";
        NAMES[I32X4_EXTADD_PAIRWISE_I16X8_S] = "I32X4_EXTADD_PAIRWISE_I16X8_S";
        OPERANDS[I32X4_EXTADD_PAIRWISE_I16X8_S] = "d a";
        NAMES[I32X4_EXTADD_PAIRWISE_I16X8_U] = "I32X4_EXTADD_PAIRWISE_I16X8_U";
        OPERANDS[I32X4_EXTADD_PAIRWISE_I16X8_U] = "d a";
        NAMES[I16X8_ABS] = "I16X8_ABS";
        OPERANDS[I16X8_ABS] = "d a";
        NAMES[I16X8_NEG] = "I16X8_NEG";
        OPERANDS[I16X8_NEG] = "d a";
        NAMES[I16X8_Q15MULR_SAT_S] = "I16X8_Q15MULR_SAT_S";
        OPERANDS[I16X8_Q15MULR_SAT_S] = "d a b";
        NAMES[I16X8_ALL_TRUE] = "I16X8_ALL_TRUE";
        OPERANDS[I16X8_ALL_TRUE] = "d a";
        NAMES[I16X8_BITMASK] = "I16X8_BITMASK";
        OPERANDS[I16X8_BITMASK] = "d a";
        NAMES[I16X8_NARROW_I32X4_S] = "I16X8_NARROW_I32X4_S";
        OPERANDS[I16X8_NARROW_I32X4_S] = "d a b";
        NAMES[I16X8_NARROW_I32X4_U] = "I16X8_NARROW_I32X4_U";
        OPERANDS[I16X8_NARROW_I32X4_U] = "d a b";
        NAMES[I16X8_EXTEND_LOW_I8X16_S] = "I16X8_EXTEND_LOW_I8X16_S";
        OPERANDS[I16X8_EXTEND_LOW_I8X16_S] = "d a";
        NAMES[I16X8_EXTEND_HIGH_I8X16_S] = "I16X8_EXTEND_HIGH_I8X16_S";
        OPERANDS[I16X8_EXTEND_HIGH_I8X16_S] = "d a";
        NAMES[I16X8_EXTEND_LOW_I8X16_U] = "I16X8_EXTEND_LOW_I8X16_U";
        OPERANDS[I16X8_EXTEND_LOW_I8X16_U] = "d a";
        NAMES[I16X8_EXTEND_HIGH_I8X16_U] = "I16X8_EXTEND_HIGH_I8X16_U";
        OPERANDS[I16X8_EXTEND_HIGH_I8X16_U] = "d a";
        NAMES[I16X8_SHL] = "I16X8_SHL";
        OPERANDS[I16X8_SHL] = "d a b";
        NAMES[I16X8_SHR_S] = "I16X8_SHR_S";
        OPERANDS[I16X8_SHR_S] = "d a b";
        NAMES[I16X8_SHR_U] = "I16X8_SHR_U";
        OPERANDS[I16X8_SHR_U] = "d a b";
        NAMES[I16X8_ADD] = "I16X8_ADD";
        OPERANDS[I16X8_ADD] = "d a b";
        NAMES[I16X8_ADD_SAT_S] = "I16X8_ADD_SAT_S";
        OPERANDS[I16X8_ADD_SAT_S] = "d a b";
        NAMES[I16X8_ADD_SAT_U] = "I16X8_ADD_SAT_U";
        OPERANDS[I16X8_ADD_SAT_U] = "d a b";
        NAMES[I16X8_SUB] = "I16X8_SUB";
        OPERANDS[I16X8_SUB] = "d a b";
        NAMES[I16X8_SUB_SAT_S] = "I16X8_SUB_SAT_S";
        OPERANDS[I16X8_SUB_SAT_S] = "d a b";
        NAMES[I16X8_SUB_SAT_U] = "I16X8_SUB_SAT_U";
        OPERANDS[I16X8_SUB_SAT_U] = "d a b";
        NAMES[F64X2_NEAREST] = "F64X2_NEAREST";
        OPERANDS[F64X2_NEAREST] = "d a";
        NAMES[I16X8_MUL] = "I16X8_MUL";
        OPERANDS[I16X8_MUL] = "d a b";
        NAMES[I16X8_MIN_S] = "I16X8_MIN_S";
        OPERANDS[I16X8_MIN_S] = "d a b";
        NAMES[I16X8_MIN_U] = "I16X8_MIN_U";
        OPERANDS[I16X8_MIN_U] = "d a b";
        NAMES[I16X8_MAX_S] = "I16X8_MAX_S";
        OPERANDS[I16X8_MAX_S] = "d a b";
        NAMES[I16X8_MAX_U] = "I16X8_MAX_U";
        OPERANDS[I16X8_MAX_U] = "d a b";
        NAMES[I16X8_AVGR_U] = "I16X8_AVGR_U";
        OPERANDS[I16X8_AVGR_U] = "d a b";
        NAMES[I16X8_EXTMUL_LOW_I8X16_S] = "I16X8_EXTMUL_LOW_I8X16_S";
        OPERANDS[I16X8_EXTMUL_LOW_I8X16_S] = "d a b";
        NAMES[I16X8_EXTMUL_HIGH_I8X16_S] = "I16X8_EXTMUL_HIGH_I8X16_S";
        OPERANDS[I16X8_EXTMUL_HIGH_I8X16_S] = "d a b";
        NAMES[I16X8_EXTMUL_LOW_I8X16_U] = "I16X8_EXTMUL_LOW_I8X16_U";
        OPERANDS[I16X8_EXTMUL_LOW_I8X16_U] = "d a b";
        NAMES[I16X8_EXTMUL_HIGH_I8X16_U] = "I16X8_EXTMUL_HIGH_I8X16_U";
        OPERANDS[I16X8_EXTMUL_HIGH_I8X16_U] = "d a b";
        NAMES[I32X4_ABS] = "I32X4_ABS";
        OPERANDS[I32X4_ABS] = "d a";
        NAMES[I32X4_NEG] = "I32X4_NEG";
        OPERANDS[I32X4_NEG] = "d a";
        NAMES[I32X4_ALL_TRUE] = "I32X4_ALL_TRUE";
        OPERANDS[I32X4_ALL_TRUE] = "d a";
        NAMES[I32X4_BITMASK] = "I32X4_BITMASK";
        OPERANDS[I32X4_BITMASK] = "d a";
        NAMES[I32X4_EXTEND_LOW_I16X8_S] = "I32X4_EXTEND_LOW_I16X8_S";
        OPERANDS[I32X4_EXTEND_LOW_I16X8_S] = "d a";
        NAMES[I32X4_EXTEND_HIGH_I16X8_S] = "I32X4_EXTEND_HIGH_I16X8_S";
        OPERANDS[I32X4_EXTEND_HIGH_I16X8_S] = "d a";
        NAMES[I32X4_EXTEND_LOW_I16X8_U] = "I32X4_EXTEND_LOW_I16X8_U";
        OPERANDS[I32X4_EXTEND_LOW_I16X8_U] = "d a";
        NAMES[I32X4_EXTEND_HIGH_I16X8_U] = "I32X4_EXTEND_HIGH_I16X8_U";
        OPERANDS[I32X4_EXTEND_HIGH_I16X8_U] = "d a";
        NAMES[I32X4_SHL] = "I32X4_SHL";
        OPERANDS[I32X4_SHL] = "d a b";
        NAMES[I32X4_SHR_S] = "I32X4_SHR_S";
        OPERANDS[I32X4_SHR_S] = "d a b";
        NAMES[I32X4_SHR_U] = "I32X4_SHR_U";
        OPERANDS[I32X4_SHR_U] = "d a b";
        NAMES[I32X4_ADD] = "I32X4_ADD";
        OPERANDS[I32X4_ADD] = "d a b";
        NAMES[I32X4_SUB] = "I32X4_SUB";
        OPERANDS[I32X4_SUB] = "d a b";
        NAMES[I32X4_MUL] = "I32X4_MUL";
        OPERANDS[I32X4_MUL] = "d a b";
        NAMES[I32X4_MIN_S] = "I32X4_MIN_S";
        OPERANDS[I32X4_MIN_S] = "d a b";
        NAMES[I32X4_MIN_U] = "I32X4_MIN_U";
        OPERANDS[I32X4_MIN_U] = "d a b";
        NAMES[I32X4_MAX_S] = "I32X4_MAX_S";
        OPERANDS[I32X4_MAX_S] = "d a b";
        NAMES[I32X4_MAX_U] = "I32X4_MAX_U";
        OPERANDS[I32X4_MAX_U] = "d a b";
        NAMES[I32X4_DOT_I16X8_S] = "I32X4_DOT_I16X8_S";
        OPERANDS[I32X4_DOT_I16X8_S] = "d a b";
        NAMES[I32X4_EXTMUL_LOW_I16X8_S] = "I32X4_EXTMUL_LOW_I16X8_S";
        OPERANDS[I32X4_EXTMUL_LOW_I16X8_S] = "d a b";
        NAMES[I32X4_EXTMUL_HIGH_I16X8_S] = "I32X4_EXTMUL_HIGH_I16X8_S";
        OPERANDS[I32X4_EXTMUL_HIGH_I16X8_S] = "d a b";
        NAMES[I32X4_EXTMUL_LOW_I16X8_U] = "I32X4_EXTMUL_LOW_I16X8_U";
        OPERANDS[I32X4_EXTMUL_LOW_I16X8_U] = "d a b";
        NAMES[I32X4_EXTMUL_HIGH_I16X8_U] = "I32X4_EXTMUL_HIGH_I16X8_U";
        OPERANDS[I32X4_EXTMUL_HIGH_I16X8_U] = "d a b";
        NAMES[I64X2_ABS] = "I64X2_ABS";
        OPERANDS[I64X2_ABS] = "d a";
        NAMES[I64X2_NEG] = "I64X2_NEG";
        OPERANDS[I64X2_NEG] = "d a";
        NAMES[I64X2_ALL_TRUE] = "I64X2_ALL_TRUE";
        OPERANDS[I64X2_ALL_TRUE] = "d a";
        NAMES[I64X2_BITMASK] = "I64X2_BITMASK";
        OPERANDS[I64X2_BITMASK] = "d a";
        NAMES[I64X2_EXTEND_LOW_I32X4_S] = "I64X2_EXTEND_LOW_I32X4_S";
        OPERANDS[I64X2_EXTEND_LOW_I32X4_S] = "d a";
        NAMES[I64X2_EXTEND_HIGH_I32X4_S] = "I64X2_EXTEND_HIGH_I32X4_S";
        OPERANDS[I64X2_EXTEND_HIGH_I32X4_S] = "d a";
        NAMES[I64X2_EXTEND_LOW_I32X4_U] = "I64X2_EXTEND_LOW_I32X4_U";
        OPERANDS[I64X2_EXTEND_LOW_I32X4_U] = "d a";
        NAMES[I64X2_EXTEND_HIGH_I32X4_U] = "I64X2_EXTEND_HIGH_I32X4_U";
        OPERANDS[I64X2_EXTEND_HIGH_I32X4_U] = "d a";
        NAMES[I64X2_SHL] = "I64X2_SHL";
        OPERANDS[I64X2_SHL] = "d a b";
        NAMES[I64X2_SHR_S] = "I64X2_SHR_S";
        OPERANDS[I64X2_SHR_S] = "d a b";
        NAMES[I64X2_SHR_U] = "I64X2_SHR_U";
        OPERANDS[I64X2_SHR_U] = "d a b";
        NAMES[I64X2_ADD] = "I64X2_ADD";
        OPERANDS[I64X2_ADD] = "d a b";
        NAMES[I64X2_SUB] = "I64X2_SUB";
        OPERANDS[I64X2_SUB] = "d a b";
        NAMES[I64X2_MUL] = "I64X2_MUL";
        OPERANDS[I64X2_MUL] = "d a b";
        NAMES[I64X2_EQ] = "I64X2_EQ";
        OPERANDS[I64X2_EQ] = "d a b";
        NAMES[I64X2_NE] = "I64X2_NE";
        OPERANDS[I64X2_NE] = "d a b";
        NAMES[I64X2_LT_S] = "I64X2_LT_S";
        OPERANDS[I64X2_LT_S] = "d a b";
        NAMES[I64X2_GT_S] = "I64X2_GT_S";
        OPERANDS[I64X2_GT_S] = "d a b";
        NAMES[I64X2_LE_S] = "I64X2_LE_S";
        OPERANDS[I64X2_LE_S] = "d a b";
        NAMES[I64X2_GE_S] = "I64X2_GE_S";
        OPERANDS[I64X2_GE_S] = "d a b";
        NAMES[I64X2_EXTMUL_LOW_I32X4_S] = "I64X2_EXTMUL_LOW_I32X4_S";
        OPERANDS[I64X2_EXTMUL_LOW_I32X4_S] = "d a b";
        NAMES[I64X2_EXTMUL_HIGH_I32X4_S] = "I64X2_EXTMUL_HIGH_I32X4_S";
        OPERANDS[I64X2_EXTMUL_HIGH_I32X4_S] = "d a b";
        NAMES[I64X2_EXTMUL_LOW_I32X4_U] = "I64X2_EXTMUL_LOW_I32X4_U";
        OPERANDS[I64X2_EXTMUL_LOW_I32X4_U] = "d a b";
        NAMES[I64X2_EXTMUL_HIGH_I32X4_U] = "I64X2_EXTMUL_HIGH_I32X4_U";
        OPERANDS[I64X2_EXTMUL_HIGH_I32X4_U] = "d a b";
        NAMES[F32X4_ABS] = "F32X4_ABS";
        OPERANDS[F32X4_ABS] = "d a";
        NAMES[F32X4_NEG] = "F32X4_NEG";
        OPERANDS[F32X4_NEG] = "d a";
        NAMES[F32X4_SQRT] = "F32X4_SQRT";
        OPERANDS[F32X4_SQRT] = "d a";
        NAMES[F32X4_ADD] = "F32X4_ADD";
        OPERANDS[F32X4_ADD] = "d a b";
        NAMES[F32X4_SUB] = "F32X4_SUB";
        OPERANDS[F32X4_SUB] = "d a b";
        NAMES[F32X4_MUL] = "F32X4_MUL";
        OPERANDS[F32X4_MUL] = "d a b";
        NAMES[F32X4_DIV] = "F32X4_DIV";
        OPERANDS[F32X4_DIV] = "d a b";
        NAMES[F32X4_MIN] = "F32X4_MIN";
        OPERANDS[F32X4_MIN] = "d a b";
        NAMES[F32X4_MAX] = "F32X4_MAX";
        OPERANDS[F32X4_MAX] = "d a b";
        NAMES[F32X4_PMIN] = "F32X4_PMIN";
        OPERANDS[F32X4_PMIN] = "d a b";
        NAMES[F32X4_PMAX] = "F32X4_PMAX";
        OPERANDS[F32X4_PMAX] = "d a b";
        NAMES[F64X2_ABS] = "F64X2_ABS";
        OPERANDS[F64X2_ABS] = "d a";
        NAMES[F64X2_NEG] = "F64X2_NEG";
        OPERANDS[F64X2_NEG] = "d a";
        NAMES[F64X2_SQRT] = "F64X2_SQRT";
        OPERANDS[F64X2_SQRT] = "d a";
        NAMES[F64X2_ADD] = "F64X2_ADD";
        OPERANDS[F64X2_ADD] = "d a b";
        NAMES[F64X2_SUB] = "F64X2_SUB";
        OPERANDS[F64X2_SUB] = "d a b";
        NAMES[F64X2_MUL] = "F64X2_MUL";
        OPERANDS[F64X2_MUL] = "d a b";
        NAMES[F64X2_DIV] = "F64X2_DIV";
        OPERANDS[F64X2_DIV] = "d a b";
    }

    private static void name5() {
        NAMES[F64X2_MIN] = "F64X2_MIN";
        OPERANDS[F64X2_MIN] = "d a b";
        NAMES[F64X2_MAX] = "F64X2_MAX";
        OPERANDS[F64X2_MAX] = "d a b";
        NAMES[F64X2_PMIN] = "F64X2_PMIN";
        OPERANDS[F64X2_PMIN] = "d a b";
        NAMES[F64X2_PMAX] = "F64X2_PMAX";
        OPERANDS[F64X2_PMAX] = "d a b";
        NAMES[I32X4_TRUNC_SAT_F32X4_S] = "I32X4_TRUNC_SAT_F32X4_S";
        OPERANDS[I32X4_TRUNC_SAT_F32X4_S] = "d a";
        NAMES[I32X4_TRUNC_SAT_F32X4_U] = "I32X4_TRUNC_SAT_F32X4_U";
        OPERANDS[I32X4_TRUNC_SAT_F32X4_U] = "d a";
        NAMES[F32X4_CONVERT_I32X4_S] = "F32X4_CONVERT_I32X4_S";
        OPERANDS[F32X4_CONVERT_I32X4_S] = "d a";
        NAMES[F32X4_CONVERT_I32X4_U] = "F32X4_CONVERT_I32X4_U";
        OPERANDS[F32X4_CONVERT_I32X4_U] = "d a";
        NAMES[I32X4_TRUNC_SAT_F64X2_S_ZERO] = "I32X4_TRUNC_SAT_F64X2_S_ZERO";
        OPERANDS[I32X4_TRUNC_SAT_F64X2_S_ZERO] = "d a";
        NAMES[I32X4_TRUNC_SAT_F64X2_U_ZERO] = "I32X4_TRUNC_SAT_F64X2_U_ZERO";
        OPERANDS[I32X4_TRUNC_SAT_F64X2_U_ZERO] = "d a";
        NAMES[F64X2_CONVERT_LOW_I32X4_S] = "F64X2_CONVERT_LOW_I32X4_S";
        OPERANDS[F64X2_CONVERT_LOW_I32X4_S] = "d a";
        NAMES[F64X2_CONVERT_LOW_I32X4_U] = "F64X2_CONVERT_LOW_I32X4_U";
        OPERANDS[F64X2_CONVERT_LOW_I32X4_U] = "d a";
        NAMES[I8X16_RELAXED_SWIZZLE] = "I8X16_RELAXED_SWIZZLE";
        OPERANDS[I8X16_RELAXED_SWIZZLE] = "d a b";
        NAMES[I32X4_RELAXED_TRUNC_F32X4_S] = "I32X4_RELAXED_TRUNC_F32X4_S";
        OPERANDS[I32X4_RELAXED_TRUNC_F32X4_S] = "d a";
        NAMES[I32X4_RELAXED_TRUNC_F32X4_U] = "I32X4_RELAXED_TRUNC_F32X4_U";
        OPERANDS[I32X4_RELAXED_TRUNC_F32X4_U] = "d a";
        NAMES[I32X4_RELAXED_TRUNC_F64X2_S_ZERO] = "I32X4_RELAXED_TRUNC_F64X2_S_ZERO";
        OPERANDS[I32X4_RELAXED_TRUNC_F64X2_S_ZERO] = "d a";
        NAMES[I32X4_RELAXED_TRUNC_F64X2_U_ZERO] = "I32X4_RELAXED_TRUNC_F64X2_U_ZERO";
        OPERANDS[I32X4_RELAXED_TRUNC_F64X2_U_ZERO] = "d a";
        NAMES[F32X4_RELAXED_MADD] = "F32X4_RELAXED_MADD";
        OPERANDS[F32X4_RELAXED_MADD] = "d a b c";
        NAMES[F32X4_RELAXED_NMADD] = "F32X4_RELAXED_NMADD";
        OPERANDS[F32X4_RELAXED_NMADD] = "d a b c";
        NAMES[F64X2_RELAXED_MADD] = "F64X2_RELAXED_MADD";
        OPERANDS[F64X2_RELAXED_MADD] = "d a b c";
        NAMES[F64X2_RELAXED_NMADD] = "F64X2_RELAXED_NMADD";
        OPERANDS[F64X2_RELAXED_NMADD] = "d a b c";
        NAMES[I8X16_RELAXED_LANESELECT] = "I8X16_RELAXED_LANESELECT";
        OPERANDS[I8X16_RELAXED_LANESELECT] = "d a b c";
        NAMES[I16X8_RELAXED_LANESELECT] = "I16X8_RELAXED_LANESELECT";
        OPERANDS[I16X8_RELAXED_LANESELECT] = "d a b c";
        NAMES[I32X4_RELAXED_LANESELECT] = "I32X4_RELAXED_LANESELECT";
        OPERANDS[I32X4_RELAXED_LANESELECT] = "d a b c";
        NAMES[I64X2_RELAXED_LANESELECT] = "I64X2_RELAXED_LANESELECT";
        OPERANDS[I64X2_RELAXED_LANESELECT] = "d a b c";
        NAMES[F32X4_RELAXED_MIN] = "F32X4_RELAXED_MIN";
        OPERANDS[F32X4_RELAXED_MIN] = "d a b";
        NAMES[F32X4_RELAXED_MAX] = "F32X4_RELAXED_MAX";
        OPERANDS[F32X4_RELAXED_MAX] = "d a b";
        NAMES[F64X2_RELAXED_MIN] = "F64X2_RELAXED_MIN";
        OPERANDS[F64X2_RELAXED_MIN] = "d a b";
        NAMES[F64X2_RELAXED_MAX] = "F64X2_RELAXED_MAX";
        OPERANDS[F64X2_RELAXED_MAX] = "d a b";
        NAMES[I16X8_RELAXED_Q15MULR_S] = "I16X8_RELAXED_Q15MULR_S";
        OPERANDS[I16X8_RELAXED_Q15MULR_S] = "d a b";
        NAMES[I16X8_RELAXED_DOT_I8X16_I7X16_S] = "I16X8_RELAXED_DOT_I8X16_I7X16_S";
        OPERANDS[I16X8_RELAXED_DOT_I8X16_I7X16_S] = "d a b";
        NAMES[I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S] = "I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S";
        OPERANDS[I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S] = "d a b c";
    }
}
