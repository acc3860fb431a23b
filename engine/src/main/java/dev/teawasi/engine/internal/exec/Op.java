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
    /** (no operands) */
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
    /** Wasm numeric opcodes 0x45..0xC4 map to NUM + (opcode - 0x45). */
    public static final int NUM = 128;
    /** 0xFC 0..7 (saturating truncations) map to SAT + subopcode. */
    public static final int SAT = 256;
    public static final int COUNT = 272;

    /** Names by op number (null where no op is). */
    static final String[] NAMES = new String[COUNT];
    /** Operand names by op number, separated by spaces. */
    static final String[] OPERANDS = new String[COUNT];

    static {
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
        OPERANDS[MEMORY_SIZE] = "d";
        NAMES[MEMORY_GROW] = "MEMORY_GROW";
        OPERANDS[MEMORY_GROW] = "d a";
        NAMES[MEMORY_INIT] = "MEMORY_INIT";
        OPERANDS[MEMORY_INIT] = "segment dst src n";
        NAMES[DATA_DROP] = "DATA_DROP";
        OPERANDS[DATA_DROP] = "segment";
        NAMES[MEMORY_COPY] = "MEMORY_COPY";
        OPERANDS[MEMORY_COPY] = "dst src n";
        NAMES[MEMORY_FILL] = "MEMORY_FILL";
        OPERANDS[MEMORY_FILL] = "dst v n";
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
    }
}
