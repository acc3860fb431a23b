// Generated from engine/src/main/instructions/instructions.txt by InstructionTableGenerator (engine tests): do not edit.
package dev.teawasi.engine.internal.exec;

/**
 * The numbers the dispatch loop switches on. HotSpot runs the loop in its C1 tiers until C2 has compiled it (seconds
 * on a loaded machine, again after every deoptimization). C1 tests a switch's cases one after the other, and its
 * profiling tier 3 updates the switch profile with a compare per case on every dispatch: measured on JDK 17, ~70 ns
 * per dispatch with 256 cases, ~9 ns with 32 (DESIGN.md, "Engine execution"). So the loop's switch holds only the
 * most frequent instructions (tier hot in instructions.txt, by their share of the dispatches in the benchmark
 * corpus, most frequent first); tier warm is Machine.warm (a second switch, one call away), the rest Machine.rare.
 * The translator emits Op numbers and maps each opcode through PHYSICAL as its last step: the instructions named
 * here get BASE + their rank, every other one keeps its Op number (so a case label written with an Op constant
 * never matches one of these by accident).
 */
final class Dispatch {
    private Dispatch() {
    }

    /** Above every Op number. */
    static final int BASE = Op.COUNT;

    static final int I32_ADD_C = BASE + 0;
    static final int I32_ADD = BASE + 1;
    static final int I32_LOAD = BASE + 2;
    static final int I32_LOAD8_U = BASE + 3;
    static final int MOV_I = BASE + 4;
    static final int I32_STORE = BASE + 5;
    static final int I32_MUL_C = BASE + 6;
    static final int I32_STORE8 = BASE + 7;
    static final int CONST_L = BASE + 8;
    static final int I32_AND_C = BASE + 9;
    static final int I32_XOR = BASE + 10;
    static final int I32_SHL_C = BASE + 11;
    static final int BR_IF = BASE + 12;
    static final int F64_MUL = BASE + 13;
    static final int I64_ADD = BASE + 14;
    static final int BR_LT_U_C = BASE + 15;
    static final int RETURN = BASE + 16;
    static final int CONST_I = BASE + 17;
    static final int F64_LOAD = BASE + 18;
    static final int I32_SHR_U_C = BASE + 19;
    static final int BR_EQZ = BASE + 20;
    static final int CALL = BASE + 21;
    static final int BR_UNLESS = BASE + 22;
    static final int BR_GT_U_C = BASE + 23;
    static final int I64_XOR = BASE + 24;
    static final int BR_LT_S = BASE + 25;
    static final int F32_MUL = BASE + 26;
    static final int F32_ADD = BASE + 27;
    static final int BR_NE_C = BASE + 28;
    static final int F64_ADD = BASE + 29;
    static final int F64_STORE = BASE + 30;
    static final int BR_I64_LE_U = BASE + 31;
    static final int F64_SUB = BASE + 32;
    static final int BR = BASE + 33;
    static final int I32_XOR_C = BASE + 34;
    static final int BR_I64_NE = BASE + 35;
    static final int CONST_D = BASE + 36;
    static final int I32_AND = BASE + 37;
    static final int I32_SUB = BASE + 38;
    static final int CALL_INDIRECT = BASE + 39;
    static final int UNREACHABLE = BASE + 40;
    static final int BR_TABLE = BASE + 41;
    static final int MOV_L = BASE + 42;
    static final int MOV_D = BASE + 43;
    static final int SELECT_I = BASE + 44;
    static final int GLOBAL_GET_I = BASE + 45;
    static final int GLOBAL_SET_I = BASE + 46;
    static final int I64_LOAD = BASE + 47;
    static final int I32_LOAD8_S = BASE + 48;
    static final int I32_LOAD16_S = BASE + 49;
    static final int I32_LOAD16_U = BASE + 50;
    static final int I32_STORE16 = BASE + 51;
    static final int I64_STORE = BASE + 52;
    static final int BR_I64_EQZ = BASE + 53;
    static final int BR_I64_NEZ = BASE + 54;
    static final int BR_I64_EQ = BASE + 55;
    static final int BR_I64_LT_S = BASE + 56;
    static final int BR_I64_LT_U = BASE + 57;
    static final int BR_I64_GT_S = BASE + 58;
    static final int BR_I64_GT_U = BASE + 59;
    static final int BR_I64_LE_S = BASE + 60;
    static final int BR_I64_GE_S = BASE + 61;
    static final int BR_I64_GE_U = BASE + 62;
    static final int I32_SUB_C = BASE + 63;
    static final int I32_OR_C = BASE + 64;
    static final int I32_SHR_S_C = BASE + 65;
    static final int I32_EQ_C = BASE + 66;
    static final int I32_NE_C = BASE + 67;
    static final int I32_LT_S_C = BASE + 68;
    static final int I32_LT_U_C = BASE + 69;
    static final int I32_GT_S_C = BASE + 70;
    static final int I32_GT_U_C = BASE + 71;
    static final int I32_LE_S_C = BASE + 72;
    static final int I32_LE_U_C = BASE + 73;
    static final int I32_GE_S_C = BASE + 74;
    static final int I32_GE_U_C = BASE + 75;
    static final int BR_NEZ = BASE + 76;
    static final int BR_EQ = BASE + 77;
    static final int BR_NE = BASE + 78;
    static final int BR_LT_U = BASE + 79;
    static final int BR_GT_S = BASE + 80;
    static final int BR_GT_U = BASE + 81;
    static final int BR_LE_S = BASE + 82;
    static final int BR_LE_U = BASE + 83;
    static final int BR_GE_S = BASE + 84;
    static final int BR_GE_U = BASE + 85;
    static final int BR_EQ_C = BASE + 86;
    static final int BR_LT_S_C = BASE + 87;
    static final int BR_GT_S_C = BASE + 88;
    static final int BR_LE_S_C = BASE + 89;
    static final int BR_LE_U_C = BASE + 90;
    static final int BR_GE_S_C = BASE + 91;
    static final int BR_GE_U_C = BASE + 92;
    static final int I32_EQZ = BASE + 93;
    static final int I32_EQ = BASE + 94;
    static final int I32_NE = BASE + 95;
    static final int I32_LT_S = BASE + 96;
    static final int I32_GT_S = BASE + 97;
    static final int I32_LE_S = BASE + 98;
    static final int I32_GE_S = BASE + 99;
    static final int I32_LT_U = BASE + 100;
    static final int I32_GT_U = BASE + 101;
    static final int I32_LE_U = BASE + 102;
    static final int I32_GE_U = BASE + 103;
    static final int I64_EQZ = BASE + 104;
    static final int I64_EQ = BASE + 105;
    static final int I64_NE = BASE + 106;
    static final int I64_LT_S = BASE + 107;
    static final int I64_GT_S = BASE + 108;
    static final int I64_LE_S = BASE + 109;
    static final int I64_GE_S = BASE + 110;
    static final int F64_EQ = BASE + 111;
    static final int F64_NE = BASE + 112;
    static final int F64_LT = BASE + 113;
    static final int F64_GT = BASE + 114;
    static final int F64_LE = BASE + 115;
    static final int F64_GE = BASE + 116;
    static final int I32_MUL = BASE + 117;
    static final int I32_OR = BASE + 118;
    static final int I32_SHL = BASE + 119;
    static final int I32_SHR_S = BASE + 120;
    static final int I32_SHR_U = BASE + 121;
    static final int I64_SUB = BASE + 122;
    static final int I64_MUL = BASE + 123;
    static final int I64_AND = BASE + 124;
    static final int I64_OR = BASE + 125;
    static final int I64_SHL = BASE + 126;
    static final int I64_SHR_S = BASE + 127;
    static final int I64_SHR_U = BASE + 128;
    static final int F32_SUB = BASE + 129;
    static final int F32_DIV = BASE + 130;
    static final int F64_DIV = BASE + 131;
    static final int F32_ABS = BASE + 132;
    static final int F32_NEG = BASE + 133;
    static final int F64_SQRT = BASE + 134;
    static final int I32_WRAP_I64 = BASE + 135;
    static final int I64_EXTEND_I32_S = BASE + 136;
    static final int I64_EXTEND_I32_U = BASE + 137;
    static final int F64_CONVERT_I32_S = BASE + 138;
    static final int F64_PROMOTE_F32 = BASE + 139;
    static final int TRAP_MEMORY = BASE + 140;

    /** Numbers from BASE below this are the loop's own cases; from here to END Machine.warm's. */
    static final int HOT_END = BASE + 40;
    static final int END = BASE + 141;

    /** Op number -> the number the code holds. */
    static final int[] PHYSICAL = new int[Op.COUNT];
    /** The number the code holds -> Op number (for the disassembler). */
    static final int[] LOGICAL = new int[END];

    static {
        for (int op = 0; op < Op.COUNT; op++) {
            PHYSICAL[op] = op;
            LOGICAL[op] = op;
        }
        put(I32_ADD_C, Op.I32_ADD_C);
        put(I32_ADD, Op.I32_ADD);
        put(I32_LOAD, Op.I32_LOAD);
        put(I32_LOAD8_U, Op.I32_LOAD8_U);
        put(MOV_I, Op.MOV_I);
        put(I32_STORE, Op.I32_STORE);
        put(I32_MUL_C, Op.I32_MUL_C);
        put(I32_STORE8, Op.I32_STORE8);
        put(CONST_L, Op.CONST_L);
        put(I32_AND_C, Op.I32_AND_C);
        put(I32_XOR, Op.I32_XOR);
        put(I32_SHL_C, Op.I32_SHL_C);
        put(BR_IF, Op.BR_IF);
        put(F64_MUL, Op.F64_MUL);
        put(I64_ADD, Op.I64_ADD);
        put(BR_LT_U_C, Op.BR_LT_U_C);
        put(RETURN, Op.RETURN);
        put(CONST_I, Op.CONST_I);
        put(F64_LOAD, Op.F64_LOAD);
        put(I32_SHR_U_C, Op.I32_SHR_U_C);
        put(BR_EQZ, Op.BR_EQZ);
        put(CALL, Op.CALL);
        put(BR_UNLESS, Op.BR_UNLESS);
        put(BR_GT_U_C, Op.BR_GT_U_C);
        put(I64_XOR, Op.I64_XOR);
        put(BR_LT_S, Op.BR_LT_S);
        put(F32_MUL, Op.F32_MUL);
        put(F32_ADD, Op.F32_ADD);
        put(BR_NE_C, Op.BR_NE_C);
        put(F64_ADD, Op.F64_ADD);
        put(F64_STORE, Op.F64_STORE);
        put(BR_I64_LE_U, Op.BR_I64_LE_U);
        put(F64_SUB, Op.F64_SUB);
        put(BR, Op.BR);
        put(I32_XOR_C, Op.I32_XOR_C);
        put(BR_I64_NE, Op.BR_I64_NE);
        put(CONST_D, Op.CONST_D);
        put(I32_AND, Op.I32_AND);
        put(I32_SUB, Op.I32_SUB);
        put(CALL_INDIRECT, Op.CALL_INDIRECT);
        put(UNREACHABLE, Op.UNREACHABLE);
        put(BR_TABLE, Op.BR_TABLE);
        put(MOV_L, Op.MOV_L);
        put(MOV_D, Op.MOV_D);
        put(SELECT_I, Op.SELECT_I);
        put(GLOBAL_GET_I, Op.GLOBAL_GET_I);
        put(GLOBAL_SET_I, Op.GLOBAL_SET_I);
        put(I64_LOAD, Op.I64_LOAD);
        put(I32_LOAD8_S, Op.I32_LOAD8_S);
        put(I32_LOAD16_S, Op.I32_LOAD16_S);
        put(I32_LOAD16_U, Op.I32_LOAD16_U);
        put(I32_STORE16, Op.I32_STORE16);
        put(I64_STORE, Op.I64_STORE);
        put(BR_I64_EQZ, Op.BR_I64_EQZ);
        put(BR_I64_NEZ, Op.BR_I64_NEZ);
        put(BR_I64_EQ, Op.BR_I64_EQ);
        put(BR_I64_LT_S, Op.BR_I64_LT_S);
        put(BR_I64_LT_U, Op.BR_I64_LT_U);
        put(BR_I64_GT_S, Op.BR_I64_GT_S);
        put(BR_I64_GT_U, Op.BR_I64_GT_U);
        put(BR_I64_LE_S, Op.BR_I64_LE_S);
        put(BR_I64_GE_S, Op.BR_I64_GE_S);
        put(BR_I64_GE_U, Op.BR_I64_GE_U);
        put(I32_SUB_C, Op.I32_SUB_C);
        put(I32_OR_C, Op.I32_OR_C);
        put(I32_SHR_S_C, Op.I32_SHR_S_C);
        put(I32_EQ_C, Op.I32_EQ_C);
        put(I32_NE_C, Op.I32_NE_C);
        put(I32_LT_S_C, Op.I32_LT_S_C);
        put(I32_LT_U_C, Op.I32_LT_U_C);
        put(I32_GT_S_C, Op.I32_GT_S_C);
        put(I32_GT_U_C, Op.I32_GT_U_C);
        put(I32_LE_S_C, Op.I32_LE_S_C);
        put(I32_LE_U_C, Op.I32_LE_U_C);
        put(I32_GE_S_C, Op.I32_GE_S_C);
        put(I32_GE_U_C, Op.I32_GE_U_C);
        put(BR_NEZ, Op.BR_NEZ);
        put(BR_EQ, Op.BR_EQ);
        put(BR_NE, Op.BR_NE);
        put(BR_LT_U, Op.BR_LT_U);
        put(BR_GT_S, Op.BR_GT_S);
        put(BR_GT_U, Op.BR_GT_U);
        put(BR_LE_S, Op.BR_LE_S);
        put(BR_LE_U, Op.BR_LE_U);
        put(BR_GE_S, Op.BR_GE_S);
        put(BR_GE_U, Op.BR_GE_U);
        put(BR_EQ_C, Op.BR_EQ_C);
        put(BR_LT_S_C, Op.BR_LT_S_C);
        put(BR_GT_S_C, Op.BR_GT_S_C);
        put(BR_LE_S_C, Op.BR_LE_S_C);
        put(BR_LE_U_C, Op.BR_LE_U_C);
        put(BR_GE_S_C, Op.BR_GE_S_C);
        put(BR_GE_U_C, Op.BR_GE_U_C);
        put(I32_EQZ, Op.I32_EQZ);
        put(I32_EQ, Op.I32_EQ);
        put(I32_NE, Op.I32_NE);
        put(I32_LT_S, Op.I32_LT_S);
        put(I32_GT_S, Op.I32_GT_S);
        put(I32_LE_S, Op.I32_LE_S);
        put(I32_GE_S, Op.I32_GE_S);
        put(I32_LT_U, Op.I32_LT_U);
        put(I32_GT_U, Op.I32_GT_U);
        put(I32_LE_U, Op.I32_LE_U);
        put(I32_GE_U, Op.I32_GE_U);
        put(I64_EQZ, Op.I64_EQZ);
        put(I64_EQ, Op.I64_EQ);
        put(I64_NE, Op.I64_NE);
        put(I64_LT_S, Op.I64_LT_S);
        put(I64_GT_S, Op.I64_GT_S);
        put(I64_LE_S, Op.I64_LE_S);
        put(I64_GE_S, Op.I64_GE_S);
        put(F64_EQ, Op.F64_EQ);
        put(F64_NE, Op.F64_NE);
        put(F64_LT, Op.F64_LT);
        put(F64_GT, Op.F64_GT);
        put(F64_LE, Op.F64_LE);
        put(F64_GE, Op.F64_GE);
        put(I32_MUL, Op.I32_MUL);
        put(I32_OR, Op.I32_OR);
        put(I32_SHL, Op.I32_SHL);
        put(I32_SHR_S, Op.I32_SHR_S);
        put(I32_SHR_U, Op.I32_SHR_U);
        put(I64_SUB, Op.I64_SUB);
        put(I64_MUL, Op.I64_MUL);
        put(I64_AND, Op.I64_AND);
        put(I64_OR, Op.I64_OR);
        put(I64_SHL, Op.I64_SHL);
        put(I64_SHR_S, Op.I64_SHR_S);
        put(I64_SHR_U, Op.I64_SHR_U);
        put(F32_SUB, Op.F32_SUB);
        put(F32_DIV, Op.F32_DIV);
        put(F64_DIV, Op.F64_DIV);
        put(F32_ABS, Op.F32_ABS);
        put(F32_NEG, Op.F32_NEG);
        put(F64_SQRT, Op.F64_SQRT);
        put(I32_WRAP_I64, Op.I32_WRAP_I64);
        put(I64_EXTEND_I32_S, Op.I64_EXTEND_I32_S);
        put(I64_EXTEND_I32_U, Op.I64_EXTEND_I32_U);
        put(F64_CONVERT_I32_S, Op.F64_CONVERT_I32_S);
        put(F64_PROMOTE_F32, Op.F64_PROMOTE_F32);
        put(TRAP_MEMORY, Op.TRAP_MEMORY);
    }

    private static void put(int physical, int op) {
        PHYSICAL[op] = physical;
        LOGICAL[physical] = op;
    }
}
