package dev.teawasi.engine.internal.exec;

import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.FunctionBody;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.model.ValType;
import java.util.Arrays;

/**
 * Translates one validated function body into the internal register code ({@link Op}). Every operand-stack
 * position has a fixed frame slot (its "home": locals first, then stack height), so instructions name their
 * operand and result slots directly. {@code local.get} and i32 constants are not copied: the stack entry just
 * refers to the local's slot or carries the constant, which ops then read directly (fused operands). Results
 * that go straight into a {@code local.set} are written to the local. Compares that feed a branch become one
 * compare-and-branch instruction. Unreachable code is skipped. The body is trusted to be valid.
 */
final class Translator {
    private static final int HOME = 0;
    private static final int LOCAL = 1;
    private static final int CONST = 2;
    /** An i32 value "slot + constant" not computed yet: memory accesses fold it into their address. */
    private static final int ADDC = 3;

    private static final int K_FUNC = 0;
    private static final int K_BLOCK = 1;
    private static final int K_LOOP = 2;
    private static final int K_IF = 3;

    /** One open block, loop, if, or the function body. */
    private static final class Ctl {
        int kind;
        int startHeight;
        byte[] params;
        byte[] results;
        int labelBase;
        int loopStart;
        int[] patches = new int[4];
        int patchCount;
        int elsePatch = -1;
        boolean dead;
    }

    private final Module module;
    private final byte[] bytes;
    private int pos;
    private final int end;
    private final byte[] localTypes;
    private final int nLocals;

    private int[] code = new int[256];
    private int len;

    private byte[] stType = new byte[32];
    private int[] stKind = new int[32];
    private int[] stSlot = new int[32];
    private int[] stAdd = new int[32];
    private int height;
    private int maxHeight;

    private Ctl[] ctl = new Ctl[16];
    private int depth;

    /** Start of the last emitted instruction whose single result is the top entry (dst right after the opcode). */
    private int lastResult = -1;
    /**
     * Emit I64_SHL_C and friends for shifts and rotates by a constant, and I64_SHL_V... for shifts by a slot. Only
     * in the JS build, where reading a count from a long slot is a BigInt-to-number conversion (~15 ns) and shifts
     * are cheaper as a multiplication or on int halves (BigIntLongs); on the JVM the plain shift in the main loop is
     * faster than a trip through Machine.rare. Tests flip it.
     */
    static boolean constI64Shifts = FloatBits.ARITHMETIC;

    private long[] longPool = new long[4];
    private int longCount;
    private double[] doublePool = new double[4];
    private int doubleCount;

    /** When set (only to describe a trap): code index -> body offset of the wasm instruction that emitted it. */
    private final boolean record;
    private int instrOffset;
    private int[] mapPc = new int[0];
    private int[] mapOffset = new int[0];
    private int mapCount;

    private void record() {
        if (!record) {
            return;
        }
        while (mapCount > 0 && mapPc[mapCount - 1] >= len) {
            mapCount--; // code removed by a fusion
        }
        if (mapCount == mapPc.length) {
            mapPc = Arrays.copyOf(mapPc, Math.max(16, mapCount * 2));
            mapOffset = Arrays.copyOf(mapOffset, mapPc.length);
        }
        mapPc[mapCount] = len;
        mapOffset[mapCount] = instrOffset;
        mapCount++;
    }

    /** With recording on: the body offset of the instruction at or before code index pc, or -1. */
    int offsetAt(int pc) {
        int best = -1;
        for (int i = 0; i < mapCount && mapPc[i] <= pc; i++) {
            best = mapOffset[i];
        }
        return best;
    }

    /** Result: the translated code, its constant pools and the frame size in slots. */
    int[] resultCode;
    long[] longConsts;
    double[] doubleConsts;
    int frameSize;

    private int longConst(long v) {
        for (int i = 0; i < longCount; i++) {
            if (longPool[i] == v) {
                return i;
            }
        }
        if (longCount == longPool.length) {
            longPool = Arrays.copyOf(longPool, longCount * 2);
        }
        longPool[longCount] = v;
        return longCount++;
    }

    private int doubleConst(double v) {
        if (doubleCount == doublePool.length) {
            doublePool = Arrays.copyOf(doublePool, doubleCount * 2);
        }
        doublePool[doubleCount] = v;
        return doubleCount++;
    }

    Translator(Module module, int funcIndex) {
        this(module, funcIndex, false);
    }

    Translator(Module module, int funcIndex, boolean record) {
        this.record = record;
        this.module = module;
        this.bytes = module.bytes;
        FunctionBody body = module.body(funcIndex);
        FuncType type = module.funcType(funcIndex);
        byte[] declared = body.expandLocals();
        localTypes = new byte[type.paramCount() + declared.length];
        for (int i = 0; i < type.paramCount(); i++) {
            localTypes[i] = type.param(i);
        }
        System.arraycopy(declared, 0, localTypes, type.paramCount(), declared.length);
        nLocals = localTypes.length;
        pos = body.codeStart;
        end = body.codeEnd;
        Ctl f = new Ctl();
        f.kind = K_FUNC;
        f.params = new byte[0];
        f.results = type.results();
        f.labelBase = 0;
        ctl[depth++] = f;
    }

    byte[] localTypes() {
        return localTypes;
    }

    void translate() {
        int start = pos;
        while (depth > 0) {
            instrOffset = pos - start;
            int op = bytes[pos++] & 0xFF;
            instruction(op);
        }
        resultCode = Arrays.copyOf(code, len);
        for (int i = 0; i < startCount; i++) {
            if (starts[i] < len) {
                resultCode[starts[i]] = Dispatch.PHYSICAL[resultCode[starts[i]]];
            }
        }
        longConsts = Arrays.copyOf(longPool, longCount);
        doubleConsts = Arrays.copyOf(doublePool, doubleCount);
        frameSize = nLocals + maxHeight + 1;
    }

    // ---------------------------------------------------------------- immediates

    private int u32() {
        int result = 0;
        int shift = 0;
        while (true) {
            int b = bytes[pos++];
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
    }

    private int s32() {
        int result = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[pos++];
            result |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 32 && (b & 0x40) != 0) {
            result |= -1 << shift;
        }
        return result;
    }

    private long s64() {
        long result = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[pos++];
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    private int fixed32() {
        int v = (bytes[pos] & 0xFF) | (bytes[pos + 1] & 0xFF) << 8 | (bytes[pos + 2] & 0xFF) << 16
                | (bytes[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    /** Block type: params and results. */
    private byte[][] blockType() {
        int b = bytes[pos] & 0xFF;
        if (b == 0x40) {
            pos++;
            return new byte[][] {new byte[0], new byte[0]};
        }
        if (b == 0x7F || b == 0x7E || b == 0x7D || b == 0x7C || b == 0x7B || b == 0x70 || b == 0x6F) {
            pos++;
            return new byte[][] {new byte[0], new byte[] {(byte) b}};
        }
        long idx = s64();
        FuncType t = module.types[(int) idx];
        return new byte[][] {t.params(), t.results()};
    }

    // ---------------------------------------------------------------- emission

    /** Code indexes where instructions start, for mapping their opcodes at the end (see Dispatch). */
    private int[] starts = new int[64];
    private int startCount;

    private void emitOp(int op) {
        while (startCount > 0 && starts[startCount - 1] >= len) {
            startCount--; // code removed by a fusion
        }
        if (startCount == starts.length) {
            starts = Arrays.copyOf(starts, startCount * 2);
        }
        starts[startCount++] = len;
        emit(op);
    }

    private void emit(int v) {
        if (len == code.length) {
            code = Arrays.copyOf(code, len * 2);
        }
        code[len++] = v;
    }

    private void emit(int op, int a) {
        lastResult = -1;
        record();
        emitOp(op);
        emit(a);
    }

    private void emit(int op, int a, int b) {
        lastResult = -1;
        record();
        emitOp(op);
        emit(a);
        emit(b);
    }

    private void emit(int op, int a, int b, int c) {
        lastResult = -1;
        record();
        emitOp(op);
        emit(a);
        emit(b);
        emit(c);
    }

    private void emit(int op, int a, int b, int c, int d) {
        lastResult = -1;
        record();
        emitOp(op);
        emit(a);
        emit(b);
        emit(c);
        emit(d);
    }

    private void emit(int op, int a, int b, int c, int d, int e) {
        lastResult = -1;
        record();
        emitOp(op);
        emit(a);
        emit(b);
        emit(c);
        emit(d);
        emit(e);
    }

    // ---------------------------------------------------------------- operand stack

    private int home(int index) {
        return nLocals + index;
    }

    private void push(byte type, int kind, int slotOrConst) {
        if (height == stType.length) {
            stType = Arrays.copyOf(stType, height * 2);
            stKind = Arrays.copyOf(stKind, height * 2);
            stSlot = Arrays.copyOf(stSlot, height * 2);
            stAdd = Arrays.copyOf(stAdd, height * 2);
        }
        stType[height] = type;
        stKind[height] = kind;
        stSlot[height] = slotOrConst;
        height++;
        if (height > maxHeight) {
            maxHeight = height;
        }
    }

    /** Pushes a value computed into its home slot; returns that slot. */
    private int pushHome(byte type) {
        int slot = home(height);
        push(type, HOME, slot);
        return slot;
    }

    /** Pops the top entry and returns the slot holding its value (a constant is written to its home first). */
    private int popSlot() {
        height--;
        return slotOf(height);
    }

    private int slotOf(int index) {
        if (stKind[index] == CONST || stKind[index] == ADDC) {
            materialize(index);
        }
        return stSlot[index];
    }

    /** Does entry i read a local's slot (so a write to that local, or to result slots, must copy it first)? */
    private boolean readsLocal(int i) {
        return stKind[i] == LOCAL || (stKind[i] == ADDC && stSlot[i] < nLocals);
    }

    private static int movOp(byte type) {
        switch (type) {
            case ValType.I32:
            case ValType.F32:
                return Op.MOV_I;
            case ValType.I64:
                return Op.MOV_L;
            case ValType.F64:
                return Op.MOV_D;
            default:
                return Op.MOV_R;
        }
    }

    /** Moves entry index into its home slot. */
    private void materialize(int index) {
        int h = home(index);
        if (stKind[index] == CONST) {
            emit(Op.CONST_I, h, stSlot[index]);
        } else if (stKind[index] == LOCAL) {
            emit(movOp(stType[index]), h, stSlot[index]);
        } else if (stKind[index] == ADDC) {
            emit(Op.I32_ADD_C, h, stSlot[index], stAdd[index]);
            stKind[index] = HOME;
            stSlot[index] = h;
            lastResult = index == height - 1 ? len - 4 : -1;
            return;
        } else {
            return;
        }
        stKind[index] = HOME;
        stSlot[index] = h;
    }

    /** Writes the value of entry index to slot dst (entry unchanged). */
    private void copyTo(int index, int dst) {
        if (stKind[index] == CONST) {
            emit(Op.CONST_I, dst, stSlot[index]);
        } else if (stKind[index] == ADDC) {
            emit(Op.I32_ADD_C, dst, stSlot[index], stAdd[index]);
        } else if (stSlot[index] != dst) {
            emit(movOp(stType[index]), dst, stSlot[index]);
        }
    }

    /** Before a local is written: entries still reading it must get their own copy. */
    private void protectLocal(int local, int below) {
        for (int i = 0; i < below; i++) {
            if ((stKind[i] == LOCAL || stKind[i] == ADDC) && stSlot[i] == local) {
                materialize(i);
            }
        }
    }

    private void materializeLocalRefs() {
        for (int i = 0; i < height; i++) {
            if (stKind[i] == LOCAL || stKind[i] == ADDC) {
                materialize(i);
            }
        }
    }

    // ---------------------------------------------------------------- control

    private Ctl pushCtl(int kind, byte[][] bt) {
        materializeLocalRefs();
        for (int i = height - bt[0].length; i < height; i++) {
            materialize(i);
        }
        Ctl c = new Ctl();
        c.kind = kind;
        c.params = bt[0];
        c.results = bt[1];
        c.startHeight = height - bt[0].length;
        c.labelBase = home(c.startHeight);
        if (depth == ctl.length) {
            ctl = Arrays.copyOf(ctl, depth * 2);
        }
        ctl[depth++] = c;
        return c;
    }

    private static byte[] labelTypes(Ctl c) {
        return c.kind == K_LOOP ? c.params : c.results;
    }

    /** Does branching to c need value moves? */
    private boolean needsMoves(Ctl c) {
        byte[] types = labelTypes(c);
        int n = types.length;
        for (int i = 0; i < n; i++) {
            int e = height - n + i;
            if (stKind[e] != HOME || stSlot[e] != c.labelBase + i) {
                return true;
            }
        }
        return false;
    }

    /**
     * Results of the function go to slots 0..n-1, which may be locals that later moves still read: such
     * operands are copied to their homes first, on every path (call before any conditional jump).
     */
    private void prepareLabelMoves(Ctl c) {
        int n = labelTypes(c).length;
        if (c.kind == K_FUNC && n > 1) {
            for (int i = height - n; i < height; i++) {
                if (readsLocal(i)) {
                    materialize(i);
                }
            }
        }
    }

    private void emitLabelMoves(Ctl c) {
        prepareLabelMoves(c);
        int n = labelTypes(c).length;
        for (int i = 0; i < n; i++) {
            copyTo(height - n + i, c.labelBase + i);
        }
    }

    /** Emits a jump (BR or RETURN) to c, assuming the values are in place. */
    private void emitJump(Ctl c) {
        if (c.kind == K_FUNC) {
            record();
            emitOp(Op.RETURN);
            lastResult = -1;
        } else {
            emit(Op.BR, 0);
            addTarget(c, len - 1);
        }
    }

    /** Fills code[at] with c's target: now for loops, at c's end otherwise. */
    private void addTarget(Ctl c, int at) {
        if (c.kind == K_LOOP) {
            code[at] = c.loopStart;
            return;
        }
        if (c.patchCount == c.patches.length) {
            c.patches = Arrays.copyOf(c.patches, c.patchCount * 2);
        }
        c.patches[c.patchCount++] = at;
    }

    /** A label is bound here: no rewriting of earlier instructions across it. */
    private void bindHere() {
        lastResult = -1;
    }

    private void markDead() {
        ctl[depth - 1].dead = true;
        skipDead();
    }

    /** Skips unreachable instructions up to (not including) the else or end that closes the current block. */
    private void skipDead() {
        int nest = 0;
        while (true) {
            int op = bytes[pos] & 0xFF;
            if (op == 0x0B || op == 0x05) {
                if (nest == 0) {
                    return;
                }
                if (op == 0x0B) {
                    nest--;
                }
                pos++;
                continue;
            }
            pos++;
            switch (op) {
                case 0x02: case 0x03: case 0x04:
                    blockType();
                    nest++;
                    break;
                default:
                    skipImmediates(op);
            }
        }
    }

    private void skipImmediates(int op) {
        switch (op) {
            case 0x0C: case 0x0D: case 0x10: case 0x20: case 0x21: case 0x22: case 0x23: case 0x24: case 0x25:
            case 0x26: case 0xD2: case 0x3F: case 0x40:
                u32();
                break;
            case 0x0E: {
                int n = u32();
                for (int i = 0; i <= n; i++) {
                    u32();
                }
                break;
            }
            case 0x11:
                u32();
                u32();
                break;
            case 0x1C: {
                int n = u32();
                pos += n;
                break;
            }
            case 0x41:
                s32();
                break;
            case 0x42:
                s64();
                break;
            case 0x43:
                pos += 4;
                break;
            case 0x44:
                pos += 8;
                break;
            case 0xD0:
                pos++;
                break;
            case 0xFC: {
                int sub = u32();
                switch (sub) {
                    case 8: case 10: case 12: case 14:
                        u32();
                        u32();
                        break;
                    case 9: case 11: case 13: case 15: case 16: case 17:
                        u32();
                        break;
                    default:
                        break;
                }
                break;
            }
            default:
                if (op >= 0x28 && op <= 0x3E) {
                    u32();
                    u32();
                }
        }
    }

    private void endBlock() {
        Ctl c = ctl[depth - 1];
        boolean reachable = !c.dead;
        if (reachable) {
            int n = c.results.length;
            if (c.kind == K_FUNC) {
                emitLabelMoves(c);
                emitOp(Op.RETURN);
                lastResult = -1;
                depth--;
                return;
            }
            for (int i = height - n; i < height; i++) {
                materialize(i);
            }
        }
        if (c.kind == K_FUNC) {
            depth--;
            return;
        }
        if (c.elsePatch >= 0) {
            code[c.elsePatch] = len; // an if without else: the false path arrives here
            reachable = true;
        }
        if (c.patchCount > 0) {
            reachable = true;
        }
        for (int i = 0; i < c.patchCount; i++) {
            code[c.patches[i]] = len;
        }
        bindHere();
        depth--;
        height = c.startHeight;
        for (int i = 0; i < c.results.length; i++) {
            push(c.results[i], HOME, c.labelBase + i);
        }
        if (!reachable) {
            markDead();
        }
    }

    // ---------------------------------------------------------------- instructions

    private void instruction(int op) {
        switch (op) {
            case 0x00:
                record();
                emitOp(Op.UNREACHABLE);
                lastResult = -1;
                markDead();
                return;
            case 0x01:
                return;
            case 0x02:
                pushCtl(K_BLOCK, blockType());
                return;
            case 0x03: {
                Ctl c = pushCtl(K_LOOP, blockType());
                bindHere();
                c.loopStart = len;
                return;
            }
            case 0x04:
                ifOp();
                return;
            case 0x05:
                elseOp();
                return;
            case 0x0B:
                endBlock();
                return;
            case 0x0C: {
                Ctl c = ctl[depth - 1 - u32()];
                emitLabelMoves(c);
                emitJump(c);
                markDead();
                return;
            }
            case 0x0D:
                brIf(ctl[depth - 1 - u32()]);
                return;
            case 0x0E:
                brTable();
                return;
            case 0x0F: {
                Ctl c = ctl[0];
                emitLabelMoves(c);
                emitJump(c);
                markDead();
                return;
            }
            case 0x10:
                call(u32());
                return;
            case 0x11: {
                int typeIndex = u32();
                int table = u32();
                callIndirect(typeIndex, table);
                return;
            }
            case 0x1A:
                height--;
                return;
            case 0x1B:
                select();
                return;
            case 0x1C:
                int count = u32();
                pos += count; // typed select: the type is the operands' type
                select();
                return;
            case 0x20: {
                int x = u32();
                push(localTypes[x], LOCAL, x);
                return;
            }
            case 0x21:
                localSet(u32(), false);
                return;
            case 0x22:
                localSet(u32(), true);
                return;
            case 0x23: {
                int g = u32();
                byte t = module.globals[g].valType;
                int d = pushHome(t);
                emit(globalOp(t, Op.GLOBAL_GET_I), d, g);
                lastResult = len - 3;
                return;
            }
            case 0x24: {
                int g = u32();
                byte t = module.globals[g].valType;
                int a = popSlot();
                emit(globalOp(t, Op.GLOBAL_SET_I), g, a);
                return;
            }
            case 0x25: {
                int t = u32();
                int i = popSlot();
                int d = pushHome(module.tables[t].elemType);
                emit(Op.TABLE_GET, d, t, i);
                return;
            }
            case 0x26: {
                int t = u32();
                int v = popSlot();
                int i = popSlot();
                emit(Op.TABLE_SET, t, i, v);
                return;
            }
            case 0x3F: {
                u32();
                int d = pushHome(ValType.I32);
                emit(Op.MEMORY_SIZE, d);
                return;
            }
            case 0x40: {
                u32();
                int a = popSlot();
                int d = pushHome(ValType.I32);
                emit(Op.MEMORY_GROW, d, a);
                return;
            }
            case 0x41:
                push(ValType.I32, CONST, s32());
                return;
            case 0x42: {
                long v = s64();
                int d = pushHome(ValType.I64);
                emit(Op.CONST_L, d, longConst(v));
                lastResult = len - 3;
                return;
            }
            case 0x43: {
                int d = pushHome(ValType.F32);
                emit(Op.CONST_I, d, fixed32());
                lastResult = len - 3;
                return;
            }
            case 0x44: {
                int lo = fixed32();
                int hi = fixed32();
                int d = pushHome(ValType.F64);
                emit(Op.CONST_D, d, doubleConst(Double.longBitsToDouble((lo & 0xFFFFFFFFL) | ((long) hi << 32))));
                lastResult = len - 3;
                return;
            }
            case 0xD0: {
                byte t = bytes[pos++];
                int d = pushHome(t);
                emit(Op.REF_NULL, d);
                return;
            }
            case 0xD1: {
                int a = popSlot();
                int d = pushHome(ValType.I32);
                emit(Op.REF_IS_NULL, d, a);
                return;
            }
            case 0xD2: {
                int f = u32();
                int d = pushHome(ValType.FUNCREF);
                emit(Op.REF_FUNC, d, f);
                return;
            }
            case 0xFC:
                prefixed(u32());
                return;
            default:
                break;
        }
        if (op >= 0x28 && op <= 0x3E) {
            memoryAccess(op);
        } else if (op >= 0x45 && op <= 0xC4) {
            numeric(op);
        } else {
            throw new IllegalStateException("unexpected opcode 0x" + Integer.toHexString(op) + " in validated code");
        }
    }

    private static int globalOp(byte t, int base) {
        switch (t) {
            case ValType.I32:
            case ValType.F32:
                return base;
            case ValType.I64:
                return base + 1;
            case ValType.F64:
                return base + 2;
            default:
                return base + 3;
        }
    }

    private void localSet(int x, boolean tee) {
        int top = height - 1;
        byte t = stType[top];
        protectLocal(x, top);
        if (stKind[top] == CONST) {
            emit(Op.CONST_I, x, stSlot[top]);
        } else if (stKind[top] == ADDC) {
            emit(Op.I32_ADD_C, x, stSlot[top], stAdd[top]);
        } else if (stKind[top] == HOME && lastResult >= 0 && code[lastResult + 1] == stSlot[top]) {
            code[lastResult + 1] = x; // the producing instruction writes the local directly
            lastResult = -1;
        } else if (stSlot[top] != x) {
            emit(movOp(t), x, stSlot[top]);
        }
        height--;
        if (tee) {
            push(t, LOCAL, x);
        }
    }

    private void select() {
        int cond = popSlot();
        int b = popSlot();
        byte t = stType[height - 1];
        int a = popSlot();
        int d = pushHome(t);
        int op;
        switch (t) {
            case ValType.I32:
            case ValType.F32:
                op = Op.SELECT_I;
                break;
            case ValType.I64:
                op = Op.SELECT_L;
                break;
            case ValType.F64:
                op = Op.SELECT_D;
                break;
            default:
                op = Op.SELECT_R;
        }
        emit(op, d, a, b, cond);
        lastResult = len - 5;
    }

    private void call(int f) {
        FuncType t = module.funcType(f);
        int n = t.paramCount();
        for (int i = height - n; i < height; i++) {
            materialize(i);
        }
        int base = height - n;
        emit(Op.CALL, f, home(base));
        height = base;
        for (int i = 0; i < t.resultCount(); i++) {
            pushHome(t.result(i));
        }
    }

    private void callIndirect(int typeIndex, int table) {
        FuncType t = module.types[typeIndex];
        int index = popSlot();
        int n = t.paramCount();
        for (int i = height - n; i < height; i++) {
            materialize(i);
        }
        int base = height - n;
        emit(Op.CALL_INDIRECT, table, typeIndex, home(base), index);
        height = base;
        for (int i = 0; i < t.resultCount(); i++) {
            pushHome(t.result(i));
        }
    }

    private void ifOp() {
        byte[][] bt = blockType();
        // the condition is popped before the block's params are fixed in their homes
        int condIndex = height - 1;
        boolean fused = lastResult >= 0 && stKind[condIndex] == HOME && code[lastResult + 1] == stSlot[condIndex]
                && isCompare(code[lastResult]);
        int cmpStart = lastResult;
        int condSlot = fused ? 0 : slotOf(condIndex);
        height--;
        if (fused) {
            // params and local refs must be in place before the branch; the compare's operands are untouched
            // by these moves only if they do not write them, so fuse only when no moves are needed
            boolean movesNeeded = false;
            for (int i = 0; i < height; i++) {
                if (stKind[i] == LOCAL || stKind[i] == ADDC || (i >= height - bt[0].length && stKind[i] != HOME)) {
                    movesNeeded = true;
                }
            }
            if (movesNeeded) {
                fused = false;
                condSlot = stSlot[condIndex];
            }
        }
        Ctl c = pushCtl(K_IF, bt);
        if (fused) {
            int[] cmp = Arrays.copyOfRange(code, cmpStart, len);
            len = cmpStart;
            emitCompareBranch(cmp, true);
        } else {
            emit(Op.BR_UNLESS, condSlot, 0);
        }
        c.elsePatch = len - 1;
    }

    private void elseOp() {
        Ctl c = ctl[depth - 1];
        if (!c.dead) {
            for (int i = height - c.results.length; i < height; i++) {
                materialize(i);
            }
            emit(Op.BR, 0);
            addTarget(c, len - 1);
        }
        code[c.elsePatch] = len;
        c.elsePatch = -1;
        bindHere();
        c.dead = false;
        height = c.startHeight;
        for (int i = 0; i < c.params.length; i++) {
            push(c.params[i], HOME, c.labelBase + i);
        }
    }

    private void brIf(Ctl target) {
        int condIndex = height - 1;
        boolean fusable = lastResult >= 0 && stKind[condIndex] == HOME && code[lastResult + 1] == stSlot[condIndex]
                && isCompare(code[lastResult]);
        int cmpStart = lastResult;
        height--;
        if (target.kind != K_FUNC && !needsMoves(target)) {
            if (fusable) {
                int[] cmp = Arrays.copyOfRange(code, cmpStart, len);
                len = cmpStart;
                emitCompareBranch(cmp, false);
            } else {
                emit(Op.BR_IF, slotOf(condIndex), 0);
            }
            addTarget(target, len - 1);
            lastResult = -1;
            return;
        }
        prepareLabelMoves(target);
        int cond = slotOf(condIndex);
        emit(Op.BR_UNLESS, cond, 0);
        int skip = len - 1;
        emitLabelMoves(target);
        emitJump(target);
        code[skip] = len;
        bindHere();
    }

    private void brTable() {
        int n = u32();
        int[] labels = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            labels[i] = u32();
        }
        int index = popSlot();
        for (int i = 0; i <= n; i++) {
            if (labels[i] == depth - 1) {
                prepareLabelMoves(ctl[0]);
                break;
            }
        }
        record();
        emitOp(Op.BR_TABLE);
        emit(index);
        emit(n + 1);
        int tableStart = len;
        for (int i = 0; i <= n; i++) {
            emit(0);
        }
        lastResult = -1;
        for (int i = 0; i <= n; i++) {
            Ctl c = ctl[depth - 1 - labels[i]];
            if (c.kind != K_FUNC && !needsMoves(c)) {
                addTarget(c, tableStart + i);
            } else {
                code[tableStart + i] = len; // a stub that moves the values, then jumps
                emitLabelMoves(c);
                emitJump(c);
            }
        }
        markDead();
    }

    // ---------------------------------------------------------------- compare fusion

    /** i32 and i64 compares (incl. eqz and the immediate forms) that can fuse with a following branch. */
    private static boolean isCompare(int op) {
        return (op >= Op.NUM && op <= Op.NUM + (0x5A - 0x45)) || (op >= Op.I32_EQ_C && op <= Op.I32_GE_U_C);
    }

    /** Order of the ten i32 compares: eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u. */
    private static final int[] INVERSE = {1, 0, 8, 9, 6, 7, 4, 5, 2, 3};

    /** Emits a branch taken when the compare cmp (an instruction already removed from the code) is true, or false. */
    private void emitCompareBranch(int[] cmp, boolean whenFalse) {
        lastResult = -1;
        int op = cmp[0];
        if (op == Op.NUM) { // i32.eqz a
            emit(whenFalse ? Op.BR_NEZ : Op.BR_EQZ, cmp[2], 0);
            return;
        }
        if (op == Op.NUM + (0x50 - 0x45)) { // i64.eqz a
            emit(whenFalse ? Op.BR_I64_NEZ : Op.BR_I64_EQZ, cmp[2], 0);
            return;
        }
        if (op > Op.NUM + (0x50 - 0x45)) {
            int k = op - Op.NUM - (0x51 - 0x45);
            if (whenFalse) {
                k = INVERSE[k];
            }
            emit(Op.BR_I64_EQ + k, cmp[2], cmp[3], 0);
            return;
        }
        if (op >= Op.NUM) {
            int k = op - Op.NUM - 1;
            if (whenFalse) {
                k = INVERSE[k];
            }
            emit(Op.BR_EQ + k, cmp[2], cmp[3], 0);
            return;
        }
        int k = op - Op.I32_EQ_C;
        if (whenFalse) {
            k = INVERSE[k];
        }
        emit(Op.BR_EQ_C + k, cmp[2], cmp[3], 0);
    }

    // ---------------------------------------------------------------- memory

    /** Pops an address: its slot, and the constant to add to it first (an ADDC entry folds in here). */
    private int addrAddend;

    private int popAddress() {
        height--;
        if (stKind[height] == ADDC) {
            addrAddend = stAdd[height];
            return stSlot[height];
        }
        addrAddend = 0;
        return slotOf(height);
    }

    private void memoryAccess(int op) {
        u32(); // alignment hint
        int offset = u32();
        if (op <= 0x35) {
            int a = popAddress();
            int addend = addrAddend;
            byte rt;
            int iop;
            switch (op) {
                case 0x28: rt = ValType.I32; iop = Op.I32_LOAD; break;
                case 0x29: rt = ValType.I64; iop = Op.I64_LOAD; break;
                case 0x2A: rt = ValType.F32; iop = Op.I32_LOAD; break;
                case 0x2B: rt = ValType.F64; iop = Op.F64_LOAD; break;
                case 0x2C: rt = ValType.I32; iop = Op.I32_LOAD8_S; break;
                case 0x2D: rt = ValType.I32; iop = Op.I32_LOAD8_U; break;
                case 0x2E: rt = ValType.I32; iop = Op.I32_LOAD16_S; break;
                case 0x2F: rt = ValType.I32; iop = Op.I32_LOAD16_U; break;
                case 0x30: rt = ValType.I64; iop = Op.I64_LOAD8_S; break;
                case 0x31: rt = ValType.I64; iop = Op.I64_LOAD8_U; break;
                case 0x32: rt = ValType.I64; iop = Op.I64_LOAD16_S; break;
                case 0x33: rt = ValType.I64; iop = Op.I64_LOAD16_U; break;
                case 0x34: rt = ValType.I64; iop = Op.I64_LOAD32_S; break;
                default: rt = ValType.I64; iop = Op.I64_LOAD32_U; break;
            }
            int d = pushHome(rt);
            if (offset < 0) {
                record();
                emitOp(Op.TRAP_MEMORY);
                return;
            }
            emit(iop, d, a, offset, addend);
            lastResult = len - 5;
            return;
        }
        int v = popSlot();
        int a = popAddress();
        int addend = addrAddend;
        int iop;
        switch (op) {
            case 0x36: iop = Op.I32_STORE; break;
            case 0x37: iop = Op.I64_STORE; break;
            case 0x38: iop = Op.I32_STORE; break;
            case 0x39: iop = Op.F64_STORE; break;
            case 0x3A: iop = Op.I32_STORE8; break;
            case 0x3B: iop = Op.I32_STORE16; break;
            case 0x3C: iop = Op.I64_STORE8; break;
            case 0x3D: iop = Op.I64_STORE16; break;
            default: iop = Op.I64_STORE32; break;
        }
        if (offset < 0) {
            record();
            emitOp(Op.TRAP_MEMORY);
            return;
        }
        emit(iop, a, v, offset, addend);
    }

    // ---------------------------------------------------------------- numeric

    /** i32 binary ops (by wasm opcode) that have an immediate-operand form, or -1. */
    private static int constForm(int op) {
        switch (op) {
            case 0x6A: return Op.I32_ADD_C;
            case 0x6B: return Op.I32_SUB_C;
            case 0x6C: return Op.I32_MUL_C;
            case 0x71: return Op.I32_AND_C;
            case 0x72: return Op.I32_OR_C;
            case 0x73: return Op.I32_XOR_C;
            case 0x74: return Op.I32_SHL_C;
            case 0x75: return Op.I32_SHR_S_C;
            case 0x76: return Op.I32_SHR_U_C;
            default:
                if (op >= 0x46 && op <= 0x4F) {
                    return Op.I32_EQ_C + (op - 0x46);
                }
                return -1;
        }
    }

    private static boolean commutative(int op) {
        return op == 0x6A || op == 0x6C || op == 0x71 || op == 0x72 || op == 0x73 || op == 0x46 || op == 0x47;
    }

    /** Compare with swapped operands (a < b == b > a), by wasm opcode. */
    private static int swappedCompare(int op) {
        switch (op) {
            case 0x48: return 0x4A;
            case 0x49: return 0x4B;
            case 0x4A: return 0x48;
            case 0x4B: return 0x49;
            case 0x4C: return 0x4E;
            case 0x4D: return 0x4F;
            case 0x4E: return 0x4C;
            case 0x4F: return 0x4D;
            default: return op;
        }
    }

    private void numeric(int op) {
        byte in;
        byte out;
        boolean binary;
        if (op == 0x45) { in = ValType.I32; out = ValType.I32; binary = false; }
        else if (op <= 0x4F) { in = ValType.I32; out = ValType.I32; binary = true; }
        else if (op == 0x50) { in = ValType.I64; out = ValType.I32; binary = false; }
        else if (op <= 0x5A) { in = ValType.I64; out = ValType.I32; binary = true; }
        else if (op <= 0x60) { in = ValType.F32; out = ValType.I32; binary = true; }
        else if (op <= 0x66) { in = ValType.F64; out = ValType.I32; binary = true; }
        else if (op <= 0x69) { in = ValType.I32; out = ValType.I32; binary = false; }
        else if (op <= 0x78) { in = ValType.I32; out = ValType.I32; binary = true; }
        else if (op <= 0x7B) { in = ValType.I64; out = ValType.I64; binary = false; }
        else if (op <= 0x8A) { in = ValType.I64; out = ValType.I64; binary = true; }
        else if (op <= 0x91) { in = ValType.F32; out = ValType.F32; binary = false; }
        else if (op <= 0x98) { in = ValType.F32; out = ValType.F32; binary = true; }
        else if (op <= 0x9F) { in = ValType.F64; out = ValType.F64; binary = false; }
        else if (op <= 0xA6) { in = ValType.F64; out = ValType.F64; binary = true; }
        else {
            binary = false;
            in = stType[height - 1];
            out = conversionResult(op);
        }
        if (!binary) {
            if (op == 0xBC || op == 0xBE) { // i32<->f32 reinterpret: same int bits, just a new type
                stType[height - 1] = out;
                return;
            }
            int a = popSlot();
            int d = pushHome(out);
            emit(Op.NUM + (op - 0x45), d, a);
            lastResult = len - 3;
            return;
        }
        int cf = in == ValType.I32 ? constForm(op) : -1;
        int bi = height - 1;
        int ai = height - 2;
        if (op >= 0x86 && op <= 0x8A && constI64Shifts && lastResult == len - 3 && code[lastResult] == Op.CONST_L
                && stKind[bi] == HOME && code[lastResult + 1] == stSlot[bi]) {
            // i64 shift/rotate by an i64.const that was just emitted: drop the CONST_L, the count becomes an immediate
            int n = (int) longPool[code[lastResult + 2]] & 63;
            len -= 3;
            height--;
            int a = popSlot();
            int d = pushHome(out);
            emit(Op.I64_SHL_C + (op - 0x86), d, a, n);
            lastResult = len - 4;
            return;
        }
        if (op >= 0x86 && op <= 0x88 && constI64Shifts) {
            int b = popSlot();
            int a = popSlot();
            int d = pushHome(out);
            emit(Op.I64_SHL_V + (op - 0x86), d, a, b);
            lastResult = len - 4;
            return;
        }
        if ((op == 0x6A || op == 0x6B) && stKind[bi] == CONST && stKind[ai] != CONST) {
            int c = op == 0x6A ? stSlot[bi] : -stSlot[bi];
            height--;
            addConst(ai, c);
            return;
        }
        if (op == 0x6A && stKind[ai] == CONST && stKind[bi] != CONST) {
            int c = stSlot[ai];
            stKind[ai] = stKind[bi];
            stSlot[ai] = stSlot[bi];
            stAdd[ai] = stAdd[bi];
            height--;
            addConst(ai, c);
            return;
        }
        if (cf >= 0 && stKind[bi] == CONST) {
            int c = stSlot[bi];
            height--;
            int a = popSlot();
            int d = pushHome(out);
            emit(cf, d, a, c);
            lastResult = len - 4;
            return;
        }
        if (cf >= 0 && stKind[ai] == CONST && (commutative(op) || swappedCompare(op) != op)) {
            int c = stSlot[ai];
            int b = slotOf(bi);
            height -= 2;
            int d = pushHome(out);
            emit(constForm(swappedCompare(op)), d, b, c);
            lastResult = len - 4;
            return;
        }
        int b = popSlot();
        int a = popSlot();
        int d = pushHome(out);
        emit(Op.NUM + (op - 0x45), d, a, b);
        lastResult = len - 4;
    }

    /** Turns entry i (now the top) into "entry + c" without emitting code. */
    private void addConst(int i, int c) {
        if (stKind[i] == ADDC) {
            stAdd[i] += c;
        } else {
            // a HOME entry's slot is its own home, which nobody else writes while it is on the stack
            stAdd[i] = c;
            stKind[i] = ADDC;
        }
        lastResult = -1;
    }

    private static byte conversionResult(int op) {
        switch (op) {
            case 0xA7: case 0xA8: case 0xA9: case 0xAA: case 0xAB: case 0xBC: case 0xC0: case 0xC1:
                return ValType.I32;
            case 0xAC: case 0xAD: case 0xAE: case 0xAF: case 0xB0: case 0xB1: case 0xBD: case 0xC2: case 0xC3:
            case 0xC4:
                return ValType.I64;
            case 0xB2: case 0xB3: case 0xB4: case 0xB5: case 0xB6: case 0xBE:
                return ValType.F32;
            default:
                return ValType.F64;
        }
    }

    private void prefixed(int sub) {
        switch (sub) {
            case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: {
                int a = popSlot();
                int d = pushHome(sub < 4 ? ValType.I32 : ValType.I64);
                emit(Op.SAT + sub, d, a);
                lastResult = len - 3;
                return;
            }
            case 8: {
                int seg = u32();
                u32();
                int n = popSlot();
                int s = popSlot();
                int d = popSlot();
                emit(Op.MEMORY_INIT, seg, d, s, n);
                return;
            }
            case 9:
                emit(Op.DATA_DROP, u32());
                return;
            case 10: {
                u32();
                u32();
                int n = popSlot();
                int s = popSlot();
                int d = popSlot();
                emit(Op.MEMORY_COPY, d, s, n);
                return;
            }
            case 11: {
                u32();
                int n = popSlot();
                int v = popSlot();
                int d = popSlot();
                emit(Op.MEMORY_FILL, d, v, n);
                return;
            }
            case 12: {
                int seg = u32();
                int table = u32();
                int n = popSlot();
                int s = popSlot();
                int d = popSlot();
                emit(Op.TABLE_INIT, seg, table, d, s, n);
                return;
            }
            case 13:
                emit(Op.ELEM_DROP, u32());
                return;
            case 14: {
                int dt = u32();
                int st = u32();
                int n = popSlot();
                int s = popSlot();
                int d = popSlot();
                emit(Op.TABLE_COPY, dt, st, d, s, n);
                return;
            }
            case 15: {
                int table = u32();
                int n = popSlot();
                int init = popSlot();
                int d = pushHome(ValType.I32);
                emit(Op.TABLE_GROW, d, table, init, n);
                return;
            }
            case 16: {
                int table = u32();
                int d = pushHome(ValType.I32);
                emit(Op.TABLE_SIZE, d, table);
                return;
            }
            case 17: {
                int table = u32();
                int n = popSlot();
                int v = popSlot();
                int i = popSlot();
                emit(Op.TABLE_FILL, table, i, v, n);
                return;
            }
            default:
                throw new IllegalStateException("unexpected 0xFC " + sub + " in validated code");
        }
    }
}
