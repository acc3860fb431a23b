package dev.teawasi.engine.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates binary/Opcodes.java, exec/Op.java and exec/Dispatch.java from engine/src/main/instructions/
 * instructions.txt (its header describes the format). Checked by InstructionTableTest, which also rewrites the files
 * with -Dteawasi.regenerate=true.
 */
public final class InstructionTableGenerator {
    static final String HEADER =
            "// Generated from engine/src/main/instructions/instructions.txt by InstructionTableGenerator"
                    + " (engine tests): do not edit.\n";

    /** One wasm instruction line. */
    static final class Wasm {
        String constant;
        String name;
        int opcode;
        String immediates;
        String types;
    }

    /** One internal op line. */
    static final class InternalOp {
        String name;
        int number;
        String tier;
        int rank = -1;
        String operands;
    }

    /** Definitions per generated initializer method. */
    private static final int CHUNK = 100;

    final List<Wasm> wasm = new ArrayList<>();
    final List<InternalOp> ops = new ArrayList<>();

    InstructionTableGenerator(List<String> lines) {
        int next = 0;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.replaceAll("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            switch (f[0]) {
                case "wasm": {
                    check(f.length == 6, lineNo, "wasm CONSTANT name encoding immediates types");
                    Wasm w = new Wasm();
                    w.constant = f[1];
                    w.name = f[2];
                    w.opcode = f[3].startsWith("0xFC:")
                            ? 0xFC00 | Integer.parseInt(f[3].substring(5))
                            : f[3].startsWith("0xFD:")
                                    ? 0xFD000 | Integer.parseInt(f[3].substring(5))
                                    : Integer.parseInt(f[3].substring(2), 16);
                    w.immediates = f[4];
                    w.types = f[5];
                    wasm.add(w);
                    break;
                }
                case "at":
                    next = Integer.parseInt(f[1]);
                    break;
                case "op": {
                    check(f.length >= 4, lineNo, "op NAME tier operands");
                    InternalOp o = new InternalOp();
                    o.name = f[1];
                    o.number = next++;
                    o.tier = f[2].replaceAll(":.*", "");
                    check(o.tier.equals("hot") || o.tier.equals("warm") || o.tier.equals("rare"), lineNo, "tier");
                    if (!o.tier.equals("rare")) {
                        o.rank = Integer.parseInt(f[2].substring(f[2].indexOf(':') + 1));
                    }
                    o.operands = f[3].equals("-") ? "" : String.join(" ", java.util.Arrays.copyOfRange(f, 3, f.length));
                    ops.add(o);
                    break;
                }
                default:
                    check(false, lineNo, "unknown line kind " + f[0]);
            }
        }
    }

    private static void check(boolean ok, int line, String what) {
        if (!ok) {
            throw new IllegalArgumentException("instructions.txt:" + line + ": " + what);
        }
    }

    static InstructionTableGenerator load(Path repo) throws IOException {
        return new InstructionTableGenerator(Files.readAllLines(
                repo.resolve("engine/src/main/instructions/instructions.txt"), StandardCharsets.UTF_8));
    }

    /** Generated file path (relative to the repository) -> content. */
    Map<String, String> generate() {
        Map<String, String> files = new LinkedHashMap<>();
        String base = "engine/src/main/java/dev/teawasi/engine/internal/";
        files.put(base + "binary/Opcodes.java", opcodes());
        files.put(base + "exec/Op.java", op());
        files.put(base + "exec/Dispatch.java", dispatch());
        return files;
    }

    private InternalOp op(String name) {
        for (InternalOp o : ops) {
            if (o.name.equals(name)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no op " + name);
    }

    private static String typeConstant(String t) {
        return t.toUpperCase();
    }

    String opcodes() {
        StringBuilder sb = new StringBuilder(HEADER);
        sb.append("package dev.teawasi.engine.internal.binary;\n\n");
        sb.append("import dev.teawasi.engine.internal.model.ValType;\n\n");
        sb.append(
                "/**\n * The WebAssembly instructions the engine decodes. One-byte opcodes are their byte; opcodes behind the"
                        + " 0xFC\n * prefix are {@code 0xFC00 | subopcode} (see {@link InstructionReader#opcode}).\n */\n");
        sb.append("public final class Opcodes {\n");
        for (Wasm w : wasm) {
            sb.append("    public static final int ")
                    .append(w.constant)
                    .append(" = ")
                    .append(
                            w.opcode > 0xFFFF
                                    ? String.format("0x%05X", w.opcode)
                                    : w.opcode > 0xFF
                                            ? String.format("0x%04X", w.opcode)
                                            : String.format("0x%02X", w.opcode))
                    .append(";\n");
        }
        sb.append("    public static final int PREFIX_FC = 0xFC;\n");
        sb.append("    public static final int PREFIX_FD = 0xFD;\n\n");
        String[] kinds = {
            "none",
            "blocktype",
            "index",
            "br_table",
            "index_index",
            "select_types",
            "memory",
            "memory_memory",
            "index_memory",
            "memarg",
            "i32",
            "i64",
            "f32",
            "f64",
            "reftype",
            "v128",
            "shuffle",
            "lane",
            "memarg_lane",
            "try_table"
        };
        sb.append("    /** {@link #immediates}: the opcode is not an instruction. */\n");
        sb.append("    public static final int IMM_UNKNOWN = 0;\n");
        for (int i = 0; i < kinds.length; i++) {
            sb.append("    public static final int IMM_")
                    .append(kinds[i].toUpperCase())
                    .append(" = ")
                    .append(i + 1)
                    .append(";\n");
        }
        sb.append(
                "\n    private static final byte I32 = ValType.I32;\n    private static final byte I64 = ValType.I64;\n"
                        + "    private static final byte F32 = ValType.F32;\n    private static final byte F64 = ValType.F64;\n"
                        + "    private static final byte V128 = ValType.V128;\n\n");
        sb.append("    private static final String[] NAMES = new String[256];\n");
        sb.append("    private static final String[] FC_NAMES = new String[32];\n");
        sb.append("    private static final byte[] IMMEDIATES = new byte[256];\n");
        sb.append("    private static final byte[] FC_IMMEDIATES = new byte[32];\n");
        sb.append("    private static final byte[][] OPERAND_TYPES = new byte[256][];\n");
        sb.append("    private static final byte[][] FC_OPERAND_TYPES = new byte[32][];\n");
        sb.append("    private static final byte[] RESULT_TYPE = new byte[256];\n");
        sb.append("    private static final byte[] FC_RESULT_TYPE = new byte[32];\n");
        sb.append("    private static final String[] FD_NAMES = new String[512];\n");
        sb.append("    private static final byte[] FD_IMMEDIATES = new byte[512];\n");
        sb.append("    private static final byte[][] FD_OPERAND_TYPES = new byte[512][];\n");
        sb.append("    private static final byte[] FD_RESULT_TYPE = new byte[512];\n\n");
        // the definitions in methods of at most CHUNK lines: one static initializer would pass HotSpot's 8000-byte
        // method limit (bench's DispatchLoopSizeTest checks every engine method)
        sb.append("    static {\n");
        for (int c = 0; c * CHUNK < wasm.size(); c++) {
            sb.append("        define").append(c).append("();\n");
        }
        sb.append("    }\n");
        for (int wi = 0; wi < wasm.size(); wi++) {
            Wasm w = wasm.get(wi);
            if (wi % CHUNK == 0) {
                sb.append(wi > 0 ? "    }\n" : "")
                        .append("\n    private static void define")
                        .append(wi / CHUNK)
                        .append("() {\n");
            }
            boolean known = false;
            for (String k : kinds) {
                known |= k.equals(w.immediates);
            }
            if (!known) {
                throw new IllegalArgumentException(w.name + ": immediates " + w.immediates);
            }
            sb.append("        def(")
                    .append(w.constant)
                    .append(", \"")
                    .append(w.name)
                    .append("\", IMM_")
                    .append(w.immediates.toUpperCase());
            if (!w.types.equals("-")) {
                String[] io = w.types.split(":", -1);
                sb.append(", new byte[] {");
                String[] in = io[0].isEmpty() ? new String[0] : io[0].split(",");
                for (int i = 0; i < in.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(typeConstant(in[i]));
                }
                sb.append("}, ").append(io[1].isEmpty() ? "(byte) 0" : typeConstant(io[1]));
            } else {
                sb.append(", null, (byte) 0");
            }
            sb.append(");\n");
        }
        sb.append("    }\n\n");
        sb.append("    private Opcodes() {\n    }\n\n");
        sb.append(
                "    private static void def(int opcode, String name, int immediates, byte[] operands, byte result) {\n"
                        + "        if (opcode > 0xFFFF) {\n"
                        + "            FD_NAMES[opcode & 0x1FF] = name;\n"
                        + "            FD_IMMEDIATES[opcode & 0x1FF] = (byte) immediates;\n"
                        + "            FD_OPERAND_TYPES[opcode & 0x1FF] = operands;\n"
                        + "            FD_RESULT_TYPE[opcode & 0x1FF] = result;\n"
                        + "        } else if (opcode > 0xFF) {\n"
                        + "            FC_NAMES[opcode & 0xFF] = name;\n"
                        + "            FC_IMMEDIATES[opcode & 0xFF] = (byte) immediates;\n"
                        + "            FC_OPERAND_TYPES[opcode & 0xFF] = operands;\n"
                        + "            FC_RESULT_TYPE[opcode & 0xFF] = result;\n"
                        + "        } else {\n"
                        + "            NAMES[opcode] = name;\n"
                        + "            IMMEDIATES[opcode] = (byte) immediates;\n"
                        + "            OPERAND_TYPES[opcode] = operands;\n"
                        + "            RESULT_TYPE[opcode] = result;\n"
                        + "        }\n"
                        + "    }\n\n");
        sb.append("    private static boolean isFc(int opcode) {\n"
                + "        return (opcode & ~0xFF) == 0xFC00 && (opcode & 0xFF) < 32;\n"
                + "    }\n\n");
        sb.append("    /** Is this a 0xFD-prefixed (SIMD) opcode: 0xFD000 | subopcode? */\n"
                + "    public static boolean isSimd(int opcode) {\n"
                + "        return (opcode & ~0x1FF) == 0xFD000;\n"
                + "    }\n\n");
        sb.append("    /** The text-format name of an opcode, e.g. \"i32.add\", or a hex form for unknown ones. */\n"
                + "    public static String name(int opcode) {\n"
                + "        String n = opcode >= 0 && opcode < 256 ? NAMES[opcode] : isFc(opcode) ? FC_NAMES[opcode & 0xFF]\n"
                + "                : isSimd(opcode) ? FD_NAMES[opcode & 0x1FF] : null;\n"
                + "        return n != null ? n : \"0x\" + Integer.toHexString(opcode);\n"
                + "    }\n\n");
        sb.append(
                "    /** The kind of immediates that follow the opcode (IMM_...), IMM_UNKNOWN when it is no instruction. */\n"
                        + "    public static int immediates(int opcode) {\n"
                        + "        return opcode >= 0 && opcode < 256 ? IMMEDIATES[opcode] : isFc(opcode) ? FC_IMMEDIATES[opcode & 0xFF]\n"
                        + "                : isSimd(opcode) ? FD_IMMEDIATES[opcode & 0x1FF] : IMM_UNKNOWN;\n"
                        + "    }\n\n");
        sb.append(
                "    /** The operand types of an instruction whose types are fixed, or null (typed by hand in the validator). */\n"
                        + "    public static byte[] operandTypes(int opcode) {\n"
                        + "        return opcode >= 0 && opcode < 256 ? OPERAND_TYPES[opcode] : isFc(opcode) ? FC_OPERAND_TYPES[opcode & 0xFF]\n"
                        + "                : isSimd(opcode) ? FD_OPERAND_TYPES[opcode & 0x1FF] : null;\n"
                        + "    }\n\n");
        sb.append(
                "    /** The result type of an instruction with {@link #operandTypes}, or 0 when it has no result. */\n"
                        + "    public static byte resultType(int opcode) {\n"
                        + "        return opcode >= 0 && opcode < 256 ? RESULT_TYPE[opcode] : isFc(opcode) ? FC_RESULT_TYPE[opcode & 0xFF]\n"
                        + "                : isSimd(opcode) ? FD_RESULT_TYPE[opcode & 0x1FF] : 0;\n"
                        + "    }\n");
        sb.append("}\n");
        return sb.toString();
    }

    String op() {
        InternalOp num = op("I32_EQZ");
        InternalOp sat = op("I32_TRUNC_SAT_F32_S");
        InternalOp simd = op("V128_LOAD");
        for (Wasm w : wasm) {
            if (w.opcode >= 0x45 && w.opcode <= 0xC4 && op(w.constant).number != num.number + w.opcode - 0x45) {
                throw new IllegalArgumentException(w.constant + " must be op number NUM + " + (w.opcode - 0x45));
            }
            if (w.opcode >= 0xFC00 && w.opcode < 0xFC08 && op(w.constant).number != sat.number + (w.opcode & 0xFF)) {
                throw new IllegalArgumentException(w.constant + " must be op number SAT + " + (w.opcode & 0xFF));
            }
            if (w.opcode > 0xFFFF && op(w.constant).number != simd.number + (w.opcode & 0x1FF)) {
                throw new IllegalArgumentException(w.constant + " must be op number SIMD + " + (w.opcode & 0x1FF));
            }
        }
        int count = 0;
        for (InternalOp o : ops) {
            count = Math.max(count, o.number + 1);
        }
        StringBuilder sb = new StringBuilder(HEADER);
        sb.append("package dev.teawasi.engine.internal.exec;\n\n");
        sb.append(
                "/**\n * Opcodes of the internal code: a flat int[] where each instruction is an opcode followed by its operands.\n"
                        + " * Operands named d, a, b, v, cond, addr, index... are value slots relative to the frame pointer; target is an\n"
                        + " * absolute index into the code; offset, imm, pool... are immediates (see instructions.txt).\n */\n");
        sb.append("public final class Op {\n    private Op() {\n    }\n\n");
        for (InternalOp o : ops) {
            sb.append("    /** ")
                    .append(o.operands.isEmpty() ? "(no operands)" : o.operands)
                    .append(" */\n");
            sb.append("    public static final int ")
                    .append(o.name)
                    .append(" = ")
                    .append(o.number)
                    .append(";\n");
        }
        sb.append("    /** Wasm numeric opcodes 0x45..0xC4 map to NUM + (opcode - 0x45). */\n");
        sb.append("    public static final int NUM = ").append(num.number).append(";\n");
        sb.append("    /** 0xFC 0..7 (saturating truncations) map to SAT + subopcode. */\n");
        sb.append("    public static final int SAT = ").append(sat.number).append(";\n");
        sb.append("    /** 0xFD N (SIMD) maps to SIMD + N. */\n");
        sb.append("    public static final int SIMD = ").append(simd.number).append(";\n");
        sb.append("    public static final int COUNT = ").append(count).append(";\n\n");
        sb.append("    /** Names by op number (null where no op is). */\n");
        sb.append("    static final String[] NAMES = new String[COUNT];\n");
        sb.append("    /** Operand names by op number, separated by spaces. */\n");
        sb.append("    static final String[] OPERANDS = new String[COUNT];\n\n");
        sb.append("    static {\n");
        for (int i = 0; i * CHUNK < ops.size(); i++) {
            sb.append("        name").append(i).append("();\n");
        }
        sb.append("    }\n");
        for (int i = 0; i < ops.size(); i++) {
            InternalOp o = ops.get(i);
            if (i % CHUNK == 0) {
                sb.append(i > 0 ? "    }\n" : "")
                        .append("\n    private static void name")
                        .append(i / CHUNK)
                        .append("() {\n");
            }
            sb.append("        NAMES[")
                    .append(o.name)
                    .append("] = \"")
                    .append(o.name)
                    .append("\";\n");
            sb.append("        OPERANDS[")
                    .append(o.name)
                    .append("] = \"")
                    .append(o.operands)
                    .append("\";\n");
        }
        sb.append("    }\n}\n");
        return sb.toString();
    }

    String dispatch() {
        List<InternalOp> ranked = new ArrayList<>();
        int hotEnd = 0;
        for (InternalOp o : ops) {
            if (o.rank >= 0) {
                ranked.add(o);
                if (o.tier.equals("hot")) {
                    hotEnd = Math.max(hotEnd, o.rank + 1);
                }
            }
        }
        ranked.sort(Comparator.comparingInt(o -> o.rank));
        for (int i = 0; i < ranked.size(); i++) {
            InternalOp o = ranked.get(i);
            if (o.rank != i || (o.tier.equals("hot") != (i < hotEnd))) {
                throw new IllegalArgumentException(
                        "dispatch ranks must be 0.. without gaps, hot before warm: " + o.name);
            }
        }
        StringBuilder sb = new StringBuilder(HEADER);
        sb.append("package dev.teawasi.engine.internal.exec;\n\n");
        sb.append("/**\n"
                + " * The numbers the dispatch loop switches on. HotSpot runs the loop in its C1 tiers until C2 has compiled it (seconds\n"
                + " * on a loaded machine, again after every deoptimization). C1 tests a switch's cases one after the other, and its\n"
                + " * profiling tier 3 updates the switch profile with a compare per case on every dispatch: measured on JDK 17, ~70 ns\n"
                + " * per dispatch with 256 cases, ~9 ns with 32 (DESIGN.md, \"Engine execution\"). So the loop's switch holds only the\n"
                + " * most frequent instructions (tier hot in instructions.txt, by their share of the dispatches in the benchmark\n"
                + " * corpus, most frequent first); tier warm is Machine.warm (a second switch, one call away), the rest Machine.rare.\n"
                + " * The translator emits Op numbers and maps each opcode through PHYSICAL as its last step: the instructions named\n"
                + " * here get BASE + their rank, every other one keeps its Op number (so a case label written with an Op constant\n"
                + " * never matches one of these by accident).\n"
                + " */\n");
        sb.append("final class Dispatch {\n    private Dispatch() {\n    }\n\n");
        sb.append("    /** Above every Op number. */\n    static final int BASE = Op.COUNT;\n\n");
        for (InternalOp o : ranked) {
            sb.append("    static final int ")
                    .append(o.name)
                    .append(" = BASE + ")
                    .append(o.rank)
                    .append(";\n");
        }
        sb.append(
                "\n    /** Numbers from BASE below this are the loop's own cases; from here to END Machine.warm's. */\n");
        sb.append("    static final int HOT_END = BASE + ").append(hotEnd).append(";\n");
        sb.append("    static final int END = BASE + ").append(ranked.size()).append(";\n\n");
        sb.append(
                "    /** Op number -> the number the code holds. */\n    static final int[] PHYSICAL = new int[Op.COUNT];\n");
        sb.append("    /** The number the code holds -> Op number (for the disassembler). */\n"
                + "    static final int[] LOGICAL = new int[END];\n\n");
        sb.append("    static {\n        for (int op = 0; op < Op.COUNT; op++) {\n            PHYSICAL[op] = op;\n"
                + "            LOGICAL[op] = op;\n        }\n");
        for (InternalOp o : ranked) {
            sb.append("        put(")
                    .append(o.name)
                    .append(", Op.")
                    .append(o.name)
                    .append(");\n");
        }
        sb.append("    }\n\n    private static void put(int physical, int op) {\n        PHYSICAL[op] = physical;\n"
                + "        LOGICAL[physical] = op;\n    }\n}\n");
        return sb.toString();
    }

    /** Rewrites the generated files of the repository at args[0] (default: the current directory). */
    public static void main(String[] args) throws IOException {
        write(java.nio.file.Paths.get(args.length > 0 ? args[0] : "."));
    }

    /** Writes the generated files (run: InstructionTableTest with -Dteawasi.regenerate=true). */
    static void write(Path repo) throws IOException {
        for (Map.Entry<String, String> e : load(repo).generate().entrySet()) {
            Files.write(repo.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }
}
