package dev.teawasi.engine.internal.exec;

import dev.teawasi.engine.internal.model.Module;

/**
 * The internal code of a function as text, one instruction per line ("12: I32_ADD_C d=s5 a=s1 imm=7"), from the
 * names and operand lists of the instruction table (Op.NAMES, Op.OPERANDS): slot operands print as sN (frame
 * slot N), immediates as numbers, pool indexes with the constant they name.
 */
public final class Disassembler {
    private static final String SLOTS = " d a b v cond addr index argBase dst src n i init s ";

    private Disassembler() {}

    /** Translates function funcIndex (an index among all functions, imports first) of a validated module. */
    public static String function(Module module, int funcIndex) {
        Translator t = new Translator(module, funcIndex);
        t.translate();
        return "frame " + t.frameSize + ", locals " + t.localTypes().length + "\n"
                + code(t.resultCode, t.longConsts, t.doubleConsts);
    }

    static String code(int[] code, long[] longs, double[] doubles) {
        StringBuilder sb = new StringBuilder();
        int pc = 0;
        while (pc < code.length) {
            int physical = code[pc];
            int op = physical >= 0 && physical < Dispatch.END ? Dispatch.LOGICAL[physical] : -1;
            String name = op >= 0 && op < Op.COUNT ? Op.NAMES[op] : null;
            String at = Integer.toString(pc);
            for (int i = at.length(); i < 4; i++) {
                sb.append(' ');
            }
            sb.append(at).append(": ");
            if (name == null) {
                sb.append("?? ").append(physical).append('\n');
                pc++;
                continue;
            }
            sb.append(name);
            pc++;
            String operands = Op.OPERANDS[op];
            for (String operand : operands.isEmpty() ? new String[0] : operands.split(" ")) {
                if (operand.equals("targets...")) {
                    int count = code[pc - 1];
                    sb.append(" targets=[");
                    for (int i = 0; i < count; i++) {
                        sb.append(i > 0 ? " " : "").append(code[pc++]);
                    }
                    sb.append(']');
                    continue;
                }
                int v = code[pc++];
                sb.append(' ').append(operand).append('=');
                if (SLOTS.contains(" " + operand + " ")) {
                    sb.append('s').append(v);
                } else if (operand.equals("pool") && op == Op.CONST_L) {
                    sb.append(v).append(" (").append(longs[v]).append(')');
                } else if (operand.equals("pool") && op == Op.CONST_D) {
                    sb.append(v).append(" (").append(doubles[v]).append(')');
                } else {
                    sb.append(v);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
