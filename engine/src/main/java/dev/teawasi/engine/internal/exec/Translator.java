package dev.teawasi.engine.internal.exec;

import dev.teawasi.engine.internal.binary.InstructionReader;
import dev.teawasi.engine.internal.binary.LocalDeclarations;
import dev.teawasi.engine.internal.binary.Opcodes;
import dev.teawasi.engine.internal.binary.WasmReader;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.FunctionBody;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.platform.CurrentPlatform;
import java.util.Arrays;

/**
 * Translates one validated function body into the internal register code ({@link Op}). Every operand-stack
 * position has a fixed frame slot (its "home": locals first, then stack height), so instructions name their
 * operand and result slots directly. {@code local.get} and i32 constants are not copied: the stack entry just
 * refers to the local's slot or carries the constant, which ops then read directly (fused operands). Results
 * that go straight into a {@code local.set} are written to the local. Compares that feed a branch become one
 * compare-and-branch instruction. Unreachable code is skipped. The body is trusted to be valid; it is read through
 * {@link InstructionReader}, like the validator reads it.
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
        /** try_table and legacy try: where the protected code starts; legacy try: where it ended (first catch). */
        int tryStart = -1;

        int bodyEnd = -1;
        /** try_table: its catch clauses (kinds, tags, target ctl indexes), handled at its end. */
        int[] catchKinds;

        int[] catchTags;
        int[] catchTargets;
    }

    /**
     * The exception handler table (see {@link WasmFunction#handlers}): HANDLER ints per entry, innermost first
     * for every code index (an inner try ends, and so adds its entries, before the enclosing one).
     */
    static final int HANDLER = 8;

    static final int H_START = 0;
    static final int H_END = 1;
    static final int H_KIND = 2;
    static final int H_TAG = 3;
    static final int H_SLOT = 4;
    static final int H_EXN = 5;
    static final int H_TARGET = 6;
    static final int H_DEPTH = 7;
    /** Handler kinds: a tag's exceptions, all exceptions, or a legacy delegate (H_TARGET: the ctl index). */
    static final int CATCH_TAG = 0;

    static final int CATCH_ALL = 1;
    static final int DELEGATE = 2;
    private int[] handlerTable = new int[0];
    private int handlerCount;
    /**
     * A legacy catch keeps its exception (for rethrow) in an extra slot per control depth above the operand
     * slots, whose numbers are known only at the end: code and handler operands naming one are patched then.
     */
    private int[] exnPatches = new int[4];

    private int exnPatchCount;
    private int exnSlotCount;

    private final Module module;
    private final WasmReader in;
    private final InstructionReader ir;
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
     * Emit I64_SHL_C and friends for shifts and rotates by a constant, and I64_SHL_V... for shifts by a slot, where
     * the platform asks for them (the JS build: reading a count from a long slot is a BigInt-to-number conversion
     * there, ~15 ns); on the JVM the plain shift in the main loop is faster than a trip through Machine.rare.
     */
    private final boolean constI64Shifts = CurrentPlatform.PLATFORM.dedicatedI64Shifts();

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

    /** Result: the translated code, its constant pools and the frame size in slots; the handler table. */
    int[] resultCode;

    int[] handlers;
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
        FunctionBody body = module.body(funcIndex);
        FuncType type = module.funcType(funcIndex);
        byte[] declared = LocalDeclarations.expand(module.bytes, body);
        localTypes = new byte[type.paramCount() + declared.length];
        for (int i = 0; i < type.paramCount(); i++) {
            localTypes[i] = type.param(i);
        }
        System.arraycopy(declared, 0, localTypes, type.paramCount(), declared.length);
        nLocals = localTypes.length;
        in = new WasmReader(module.bytes, body.codeStart, body.codeEnd);
        ir = new InstructionReader(in);
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
        int start = in.pos();
        while (depth > 0) {
            ir.read();
            instrOffset = ir.start - start;
            instruction(ir.opcode);
        }
        resultCode = Arrays.copyOf(code, len);
        for (int i = 0; i < startCount; i++) {
            if (starts[i] < len) {
                resultCode[starts[i]] = Dispatch.PHYSICAL[resultCode[starts[i]]];
            }
        }
        longConsts = Arrays.copyOf(longPool, longCount);
        doubleConsts = Arrays.copyOf(doublePool, doubleCount);
        int exnBase = nLocals + maxHeight + 1;
        frameSize = exnBase + exnSlotCount;
        handlers = Arrays.copyOf(handlerTable, handlerCount * HANDLER);
        for (int i = 0; i < exnPatchCount; i++) {
            int at = exnPatches[i];
            if (at < 0) {
                handlers[~at] += exnBase;
            } else {
                resultCode[at] += exnBase;
            }
        }
    }

    // ---------------------------------------------------------------- immediates

    private static final byte[] NO_TYPES = new byte[0];

    /** The block type just read: params and results. */
    private byte[][] blockType() {
        int bt = ir.blockType;
        if (bt == InstructionReader.BLOCK_EMPTY) {
            return new byte[][] {NO_TYPES, NO_TYPES};
        }
        if (bt < 0) {
            return new byte[][] {NO_TYPES, new byte[] {ir.blockValType()}};
        }
        FuncType t = module.types[bt];
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
            case ValType.V128:
                return Op.MOV_V;
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
            int at = in.pos();
            ir.read();
            int op = ir.opcode;
            if (op == Opcodes.END || op == Opcodes.ELSE) {
                if (nest == 0) {
                    in.setPos(at); // read again by the loop
                    return;
                }
                if (op == Opcodes.END) {
                    nest--;
                }
            } else if (nest == 0 && (op == Opcodes.CATCH || op == Opcodes.CATCH_ALL || op == Opcodes.DELEGATE)) {
                in.setPos(at);
                return;
            } else if (op == Opcodes.DELEGATE) {
                nest--;
            } else if (op == Opcodes.BLOCK
                    || op == Opcodes.LOOP
                    || op == Opcodes.IF
                    || op == Opcodes.TRY
                    || op == Opcodes.TRY_TABLE) {
                nest++;
            }
        }
    }

    // ---------------------------------------------------------------- exceptions

    private void addHandler(int start, int end, int kind, int tag, int slot, int exn, int target, int ctlIndex) {
        if ((handlerCount + 1) * HANDLER > handlerTable.length) {
            handlerTable = Arrays.copyOf(handlerTable, Math.max(4, handlerCount * 2) * HANDLER);
        }
        int[] h = handlerTable;
        int b = handlerCount * HANDLER;
        h[b + H_START] = start;
        h[b + H_END] = end;
        h[b + H_KIND] = kind;
        h[b + H_TAG] = tag;
        h[b + H_SLOT] = slot;
        h[b + H_EXN] = exn;
        h[b + H_TARGET] = target;
        h[b + H_DEPTH] = ctlIndex;
        handlerCount++;
    }

    /** The legacy exception slot of the try at ctl index i, before patching; at: where it is written. */
    private int exnSlot(int ctlIndex, int at) {
        if (exnPatchCount == exnPatches.length) {
            exnPatches = Arrays.copyOf(exnPatches, exnPatchCount * 2);
        }
        exnPatches[exnPatchCount++] = at;
        if (ctlIndex + 1 > exnSlotCount) {
            exnSlotCount = ctlIndex + 1;
        }
        return ctlIndex;
    }

    private byte[] tagParams(int tag) {
        return module.types[module.tagTypes[tag]].params();
    }

    private void tryTable() {
        byte[][] bt = blockType();
        int n = ir.catchCount;
        int[] kinds = Arrays.copyOf(ir.catchKinds, n);
        int[] tags = Arrays.copyOf(ir.catchTags, n);
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            targets[i] = depth - 1 - ir.catchLabels[i]; // labels count from outside the try_table
        }
        Ctl c = pushCtl(K_BLOCK, bt);
        bindHere();
        c.tryStart = len;
        c.catchKinds = kinds;
        c.catchTags = tags;
        c.catchTargets = targets;
    }

    /**
     * At a try_table's end: the body jumps over one landing pad per catch clause; a pad branches to the clause's
     * label, where the machine has put the values (the payload, then the exnref for the _ref forms).
     */
    private void tryTableEnd(Ctl c, boolean bodyReachable) {
        int bodyEnd = len;
        if (bodyReachable) {
            emit(Op.BR, 0);
            addTarget(c, len - 1);
        }
        for (int i = 0; i < c.catchKinds.length; i++) {
            int kind = c.catchKinds[i];
            Ctl t = ctl[c.catchTargets[i]];
            int pad = len;
            emitJump(t);
            lastResult = -1;
            boolean all = kind == InstructionReader.CATCH_ALL || kind == InstructionReader.CATCH_ALL_REF;
            boolean ref = kind == InstructionReader.CATCH_REF || kind == InstructionReader.CATCH_ALL_REF;
            int values = all ? 0 : tagParams(c.catchTags[i]).length;
            addHandler(
                    c.tryStart,
                    bodyEnd,
                    all ? CATCH_ALL : CATCH_TAG,
                    c.catchTags[i],
                    t.labelBase,
                    ref ? t.labelBase + values : -1,
                    pad,
                    depth - 1);
        }
    }

    /** Ends the try body or the previous catch clause: results in place, then a jump to the try's end. */
    private void endClause(Ctl c) {
        if (!c.dead) {
            for (int i = height - c.results.length; i < height; i++) {
                materialize(i);
            }
            emit(Op.BR, 0);
            addTarget(c, len - 1);
        }
    }

    /** A legacy catch or catch_all (tag -1): a handler for the try body whose code starts here. */
    private void legacyCatch(int tag) {
        Ctl c = ctl[depth - 1];
        int index = depth - 1;
        if (c.bodyEnd < 0) {
            c.bodyEnd = len;
        }
        endClause(c);
        bindHere();
        c.dead = false;
        height = c.startHeight;
        int pad = len;
        byte[] values = tag >= 0 ? tagParams(tag) : NO_TYPES;
        for (byte t : values) {
            pushHome(t);
        }
        addHandler(
                c.tryStart,
                c.bodyEnd,
                tag >= 0 ? CATCH_TAG : CATCH_ALL,
                tag,
                home(c.startHeight),
                exnSlot(index, ~(handlerCount * HANDLER + H_EXN)),
                pad,
                index);
    }

    /** A legacy try ending in delegate: its exceptions go to the handlers at and outside the label's block. */
    private void delegate(int label) {
        Ctl c = ctl[depth - 1];
        int index = depth - 1;
        addHandler(c.tryStart, len, DELEGATE, -1, 0, -1, index - 1 - label, index);
        endBlock();
    }

    private void throwOp(int tag) {
        int n = tagParams(tag).length;
        for (int i = height - n; i < height; i++) {
            materialize(i);
        }
        int base = height - n;
        emit(Op.THROW, tag, home(base));
        height = base;
        markDead();
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
        if (c.catchKinds != null && c.catchKinds.length > 0) {
            tryTableEnd(c, reachable);
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
            case Opcodes.UNREACHABLE:
                record();
                emitOp(Op.UNREACHABLE);
                lastResult = -1;
                markDead();
                return;
            case Opcodes.NOP:
                return;
            case Opcodes.BLOCK:
                pushCtl(K_BLOCK, blockType());
                return;
            case Opcodes.LOOP: {
                Ctl c = pushCtl(K_LOOP, blockType());
                bindHere();
                c.loopStart = len;
                return;
            }
            case Opcodes.IF:
                ifOp();
                return;
            case Opcodes.ELSE:
                elseOp();
                return;
            case Opcodes.TRY_TABLE:
                tryTable();
                return;
            case Opcodes.TRY: {
                Ctl c = pushCtl(K_BLOCK, blockType());
                bindHere();
                c.tryStart = len;
                return;
            }
            case Opcodes.CATCH:
                legacyCatch(ir.index);
                return;
            case Opcodes.CATCH_ALL:
                legacyCatch(-1);
                return;
            case Opcodes.DELEGATE:
                delegate(ir.index);
                return;
            case Opcodes.THROW:
                throwOp(ir.index);
                return;
            case Opcodes.THROW_REF: {
                int a = popSlot();
                emit(Op.THROW_REF, a);
                markDead();
                return;
            }
            case Opcodes.RETHROW: {
                int target = depth - 1 - ir.index;
                emit(Op.THROW_REF, 0);
                code[len - 1] = exnSlot(target, len - 1);
                markDead();
                return;
            }
            case Opcodes.END:
                endBlock();
                return;
            case Opcodes.BR: {
                Ctl c = ctl[depth - 1 - ir.index];
                emitLabelMoves(c);
                emitJump(c);
                markDead();
                return;
            }
            case Opcodes.BR_IF:
                brIf(ctl[depth - 1 - ir.index]);
                return;
            case Opcodes.BR_TABLE:
                brTable();
                return;
            case Opcodes.RETURN: {
                Ctl c = ctl[0];
                emitLabelMoves(c);
                emitJump(c);
                markDead();
                return;
            }
            case Opcodes.CALL:
                call(ir.index, Op.CALL);
                return;
            case Opcodes.CALL_INDIRECT: {
                callIndirect(ir.index, ir.index2, Op.CALL_INDIRECT);
                return;
            }
            case Opcodes.RETURN_CALL:
            case Opcodes.RETURN_CALL_INDIRECT: {
                // the call replaces this frame (Machine); a host callee returns here, then the results are returned
                if (op == Opcodes.RETURN_CALL) {
                    call(ir.index, Op.RETURN_CALL);
                } else {
                    callIndirect(ir.index, ir.index2, Op.RETURN_CALL_INDIRECT);
                }
                Ctl c = ctl[0];
                emitLabelMoves(c);
                emitJump(c);
                markDead();
                return;
            }
            case Opcodes.CALL_REF:
                callRef(ir.index, Op.CALL_REF);
                return;
            case Opcodes.RETURN_CALL_REF: {
                callRef(ir.index, Op.RETURN_CALL_REF);
                Ctl c = ctl[0];
                emitLabelMoves(c);
                emitJump(c);
                markDead();
                return;
            }
            case Opcodes.REF_AS_NON_NULL:
                emit(Op.REF_AS_NON_NULL, slotOf(height - 1));
                return;
            case Opcodes.BR_ON_NULL:
                brOnNull(ctl[depth - 1 - ir.index]);
                return;
            case Opcodes.BR_ON_NON_NULL:
                brOnNonNull(ctl[depth - 1 - ir.index]);
                return;
            case Opcodes.DROP:
                height--;
                return;
            case Opcodes.SELECT:
                select();
                return;
            case Opcodes.SELECT_T:
                select(); // typed select: the type is the operands' type
                return;
            case Opcodes.LOCAL_GET: {
                int x = ir.index;
                push(localTypes[x], LOCAL, x);
                return;
            }
            case Opcodes.LOCAL_SET:
                localSet(ir.index, false);
                return;
            case Opcodes.LOCAL_TEE:
                localSet(ir.index, true);
                return;
            case Opcodes.GLOBAL_GET: {
                int g = ir.index;
                byte t = module.globals[g].valType;
                int d = pushHome(t);
                emit(globalOp(t, Op.GLOBAL_GET_I), d, g);
                lastResult = len - 3;
                return;
            }
            case Opcodes.GLOBAL_SET: {
                int g = ir.index;
                byte t = module.globals[g].valType;
                int a = popSlot();
                emit(globalOp(t, Op.GLOBAL_SET_I), g, a);
                return;
            }
            case Opcodes.TABLE_GET: {
                int t = ir.index;
                narrowTable(t, height - 1);
                int i = popSlot();
                int d = pushHome(module.tables[t].elemType);
                emit(Op.TABLE_GET, d, t, i);
                return;
            }
            case Opcodes.TABLE_SET: {
                int t = ir.index;
                narrowTable(t, height - 2);
                int v = popSlot();
                int i = popSlot();
                emit(Op.TABLE_SET, t, i, v);
                return;
            }
            case Opcodes.MEMORY_SIZE: {
                int d = pushHome(ValType.I32);
                emit(Op.MEMORY_SIZE, d, ir.memory);
                widenResult(memory64(ir.memory));
                return;
            }
            case Opcodes.MEMORY_GROW: {
                boolean wide = memory64(ir.memory);
                narrowIf(wide, height - 1);
                int a = popSlot();
                int d = pushHome(ValType.I32);
                emit(Op.MEMORY_GROW, d, a, ir.memory);
                widenResult(wide);
                return;
            }
            case Opcodes.I32_CONST:
                push(ValType.I32, CONST, ir.intValue);
                return;
            case Opcodes.I64_CONST: {
                long v = ir.value;
                int d = pushHome(ValType.I64);
                emit(Op.CONST_L, d, longConst(v));
                lastResult = len - 3;
                return;
            }
            case Opcodes.F32_CONST: {
                int d = pushHome(ValType.F32);
                emit(Op.CONST_I, d, ir.intValue);
                lastResult = len - 3;
                return;
            }
            case Opcodes.F64_CONST: {
                int d = pushHome(ValType.F64);
                emit(Op.CONST_D, d, doubleConst(Double.longBitsToDouble(ir.value)));
                lastResult = len - 3;
                return;
            }
            case Opcodes.REF_NULL: {
                byte t = ir.refType;
                int d = pushHome(t);
                emit(Op.REF_NULL, d);
                return;
            }
            case Opcodes.REF_IS_NULL: {
                int a = popSlot();
                int d = pushHome(ValType.I32);
                emit(Op.REF_IS_NULL, d, a);
                return;
            }
            case Opcodes.REF_FUNC: {
                int f = ir.index;
                int d = pushHome(ValType.FUNCREF);
                emit(Op.REF_FUNC, d, f);
                return;
            }
            default:
                break;
        }
        if (op >= Opcodes.I32_LOAD && op <= Opcodes.I64_STORE32) {
            memoryAccess(op);
        } else if (op >= Opcodes.I32_EQZ && op <= Opcodes.I64_EXTEND32_S) {
            numeric(op);
        } else if (Opcodes.isSimd(op)) {
            simd(op);
        } else {
            prefixed(op);
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
            case ValType.V128:
                return base == Op.GLOBAL_GET_I ? Op.GLOBAL_GET_V : Op.GLOBAL_SET_V;
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
            case ValType.V128:
                op = Op.SELECT_V;
                break;
            default:
                op = Op.SELECT_R;
        }
        emit(op, d, a, b, cond);
        lastResult = len - 5;
    }

    private void call(int f, int callOp) {
        FuncType t = module.funcType(f);
        int n = t.paramCount();
        for (int i = height - n; i < height; i++) {
            materialize(i);
        }
        int base = height - n;
        emit(callOp, f, home(base));
        height = base;
        for (int i = 0; i < t.resultCount(); i++) {
            pushHome(t.result(i));
        }
    }

    private void callIndirect(int typeIndex, int table, int callOp) {
        FuncType t = module.types[typeIndex];
        narrowTable(table, height - 1);
        int index = popSlot();
        int n = t.paramCount();
        for (int i = height - n; i < height; i++) {
            materialize(i);
        }
        int base = height - n;
        emit(callOp, table, typeIndex, home(base), index);
        height = base;
        for (int i = 0; i < t.resultCount(); i++) {
            pushHome(t.result(i));
        }
    }

    /** call_ref: the callee reference is on top of the arguments. */
    private void callRef(int typeIndex, int callOp) {
        FuncType t = module.types[typeIndex];
        int ref = popSlot();
        int n = t.paramCount();
        for (int i = height - n; i < height; i++) {
            materialize(i);
        }
        int base = height - n;
        emit(callOp, home(base), ref);
        height = base;
        for (int i = 0; i < t.resultCount(); i++) {
            pushHome(t.result(i));
        }
    }

    /** Writes "the top reference is null" to a slot above the stack (kept in the frame size) and returns it. */
    private int nullTest() {
        int ref = slotOf(height - 1);
        int test = pushHome(ValType.I32);
        height--;
        emit(Op.REF_IS_NULL, test, ref);
        return test;
    }

    /** br_on_null: branch (without the reference) when it is null; otherwise the reference stays. */
    private void brOnNull(Ctl target) {
        int test = nullTest();
        height--;
        prepareLabelMoves(target);
        if (target.kind != K_FUNC && !needsMoves(target)) {
            emit(Op.BR_IF, test, 0);
            addTarget(target, len - 1);
        } else {
            emit(Op.BR_UNLESS, test, 0);
            int skip = len - 1;
            emitLabelMoves(target);
            emitJump(target);
            code[skip] = len;
            bindHere();
        }
        height++;
        lastResult = -1;
    }

    /** br_on_non_null: branch with the reference (the label's last value) unless it is null, which is dropped. */
    private void brOnNonNull(Ctl target) {
        int test = nullTest();
        prepareLabelMoves(target);
        if (target.kind != K_FUNC && !needsMoves(target)) {
            emit(Op.BR_UNLESS, test, 0);
            addTarget(target, len - 1);
        } else {
            emit(Op.BR_IF, test, 0);
            int skip = len - 1;
            emitLabelMoves(target);
            emitJump(target);
            code[skip] = len;
            bindHere();
        }
        height--;
        lastResult = -1;
    }

    private void ifOp() {
        byte[][] bt = blockType();
        // the condition is popped before the block's params are fixed in their homes
        int condIndex = height - 1;
        boolean fused = lastResult >= 0
                && stKind[condIndex] == HOME
                && code[lastResult + 1] == stSlot[condIndex]
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
        boolean fusable = lastResult >= 0
                && stKind[condIndex] == HOME
                && code[lastResult + 1] == stSlot[condIndex]
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
        int n = ir.targetCount;
        int[] labels = new int[n + 1];
        System.arraycopy(ir.targets, 0, labels, 0, n);
        labels[n] = ir.index; // the default
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
        return (op >= Op.I32_EQZ && op <= Op.I64_GE_U) || (op >= Op.I32_EQ_C && op <= Op.I32_GE_U_C);
    }

    /** Order of the ten i32 compares: eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u. */
    private static final int[] INVERSE = {1, 0, 8, 9, 6, 7, 4, 5, 2, 3};

    /** Emits a branch taken when the compare cmp (an instruction already removed from the code) is true, or false. */
    private void emitCompareBranch(int[] cmp, boolean whenFalse) {
        lastResult = -1;
        int op = cmp[0];
        if (op == Op.I32_EQZ) {
            emit(whenFalse ? Op.BR_NEZ : Op.BR_EQZ, cmp[2], 0);
            return;
        }
        if (op == Op.I64_EQZ) {
            emit(whenFalse ? Op.BR_I64_NEZ : Op.BR_I64_EQZ, cmp[2], 0);
            return;
        }
        if (op > Op.I64_EQZ) {
            int k = op - Op.I64_EQ;
            if (whenFalse) {
                k = INVERSE[k];
            }
            emit(Op.BR_I64_EQ + k, cmp[2], cmp[3], 0);
            return;
        }
        if (op >= Op.I32_EQZ) {
            int k = op - Op.I32_EQ;
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
        int offset = staticOffset(); // (the alignment is only a hint)
        narrowIf(memory64(ir.memory), op <= Opcodes.I64_LOAD32_U ? height - 1 : height - 2);
        if (op <= Opcodes.I64_LOAD32_U) {
            int a = popAddress();
            int addend = addrAddend;
            byte rt;
            int iop;
            switch (op) {
                case Opcodes.I32_LOAD:
                    rt = ValType.I32;
                    iop = Op.I32_LOAD;
                    break;
                case Opcodes.I64_LOAD:
                    rt = ValType.I64;
                    iop = Op.I64_LOAD;
                    break;
                case Opcodes.F32_LOAD:
                    rt = ValType.F32;
                    iop = Op.I32_LOAD;
                    break;
                case Opcodes.F64_LOAD:
                    rt = ValType.F64;
                    iop = Op.F64_LOAD;
                    break;
                case Opcodes.I32_LOAD8_S:
                    rt = ValType.I32;
                    iop = Op.I32_LOAD8_S;
                    break;
                case Opcodes.I32_LOAD8_U:
                    rt = ValType.I32;
                    iop = Op.I32_LOAD8_U;
                    break;
                case Opcodes.I32_LOAD16_S:
                    rt = ValType.I32;
                    iop = Op.I32_LOAD16_S;
                    break;
                case Opcodes.I32_LOAD16_U:
                    rt = ValType.I32;
                    iop = Op.I32_LOAD16_U;
                    break;
                case Opcodes.I64_LOAD8_S:
                    rt = ValType.I64;
                    iop = Op.I64_LOAD8_S;
                    break;
                case Opcodes.I64_LOAD8_U:
                    rt = ValType.I64;
                    iop = Op.I64_LOAD8_U;
                    break;
                case Opcodes.I64_LOAD16_S:
                    rt = ValType.I64;
                    iop = Op.I64_LOAD16_S;
                    break;
                case Opcodes.I64_LOAD16_U:
                    rt = ValType.I64;
                    iop = Op.I64_LOAD16_U;
                    break;
                case Opcodes.I64_LOAD32_S:
                    rt = ValType.I64;
                    iop = Op.I64_LOAD32_S;
                    break;
                default:
                    rt = ValType.I64;
                    iop = Op.I64_LOAD32_U;
                    break;
            }
            int d = pushHome(rt);
            if (offset < 0) {
                record();
                emitOp(Op.TRAP_MEMORY);
                return;
            }
            withMemory();
            emit(iop, d, a, offset, addend);
            lastResult = len - 5;
            return;
        }
        int v = popSlot();
        int a = popAddress();
        int addend = addrAddend;
        int iop;
        switch (op) {
            case Opcodes.I32_STORE:
                iop = Op.I32_STORE;
                break;
            case Opcodes.I64_STORE:
                iop = Op.I64_STORE;
                break;
            case Opcodes.F32_STORE:
                iop = Op.I32_STORE;
                break;
            case Opcodes.F64_STORE:
                iop = Op.F64_STORE;
                break;
            case Opcodes.I32_STORE8:
                iop = Op.I32_STORE8;
                break;
            case Opcodes.I32_STORE16:
                iop = Op.I32_STORE16;
                break;
            case Opcodes.I64_STORE8:
                iop = Op.I64_STORE8;
                break;
            case Opcodes.I64_STORE16:
                iop = Op.I64_STORE16;
                break;
            default:
                iop = Op.I64_STORE32;
                break;
        }
        if (offset < 0) {
            record();
            emitOp(Op.TRAP_MEMORY);
            return;
        }
        withMemory();
        emit(iop, a, v, offset, addend);
    }

    /** The memarg's offset, or -1 (always out of bounds) when it is 2^32 or more (only a 64-bit memory's can be). */
    private int staticOffset() {
        return ir.offsetHigh != 0 ? -1 : ir.offset;
    }

    // ---------------------------------------------------------------- memory64 and table64

    private boolean memory64(int memory) {
        return module.memories[memory].limits.address64;
    }

    private void narrowTable(int table, int index) {
        narrowIf(module.tables[table].limits.address64, index);
    }

    /**
     * When wide (a 64-bit memory or table): replaces the i64 entry at index (an address, index or count) by its
     * value narrowed to the i32 the 32-bit forms take, so those run unchanged; see {@link Machine#narrowAddress}.
     */
    private void narrowIf(boolean wide, int index) {
        if (!wide) {
            return;
        }
        int a = slotOf(index);
        int h = home(index);
        emit(Op.NARROW_ADDRESS, h, a);
        stType[index] = ValType.I32;
        stKind[index] = HOME;
        stSlot[index] = h;
    }

    /** Narrows each i64 entry of the top n (the i64 operands of a bulk memory or table instruction are addresses). */
    private void narrowI64Operands(int n) {
        for (int i = height - n; i < height; i++) {
            narrowIf(stType[i] == ValType.I64, i);
        }
    }

    /** When wide: the i32 result on top (a size, or grow's old size or -1) becomes the i64 the instruction gives. */
    private void widenResult(boolean wide) {
        if (!wide) {
            return;
        }
        int a = popSlot();
        int d = pushHome(ValType.I64);
        emit(Op.NUM + (Opcodes.I64_EXTEND_I32_S - Opcodes.I32_EQZ), d, a);
        lastResult = len - 3;
    }

    /** A load or store of a memory other than 0 is preceded by WITH_MEMORY (memory 0 keeps its fast path). */
    private void withMemory() {
        if (ir.memory != 0) {
            emit(Op.WITH_MEMORY, ir.memory);
        }
    }

    // ---------------------------------------------------------------- numeric

    /** i32 binary ops (by wasm opcode) that have an immediate-operand form, or -1. */
    private static int constForm(int op) {
        switch (op) {
            case Opcodes.I32_ADD:
                return Op.I32_ADD_C;
            case Opcodes.I32_SUB:
                return Op.I32_SUB_C;
            case Opcodes.I32_MUL:
                return Op.I32_MUL_C;
            case Opcodes.I32_AND:
                return Op.I32_AND_C;
            case Opcodes.I32_OR:
                return Op.I32_OR_C;
            case Opcodes.I32_XOR:
                return Op.I32_XOR_C;
            case Opcodes.I32_SHL:
                return Op.I32_SHL_C;
            case Opcodes.I32_SHR_S:
                return Op.I32_SHR_S_C;
            case Opcodes.I32_SHR_U:
                return Op.I32_SHR_U_C;
            default:
                if (op >= Opcodes.I32_EQ && op <= Opcodes.I32_GE_U) {
                    return Op.I32_EQ_C + (op - Opcodes.I32_EQ);
                }
                return -1;
        }
    }

    private static boolean commutative(int op) {
        return op == Opcodes.I32_ADD
                || op == Opcodes.I32_MUL
                || op == Opcodes.I32_AND
                || op == Opcodes.I32_OR
                || op == Opcodes.I32_XOR
                || op == Opcodes.I32_EQ
                || op == Opcodes.I32_NE;
    }

    /** Compare with swapped operands (a < b == b > a), by wasm opcode. */
    private static int swappedCompare(int op) {
        switch (op) {
            case Opcodes.I32_LT_S:
                return Opcodes.I32_GT_S;
            case Opcodes.I32_LT_U:
                return Opcodes.I32_GT_U;
            case Opcodes.I32_GT_S:
                return Opcodes.I32_LT_S;
            case Opcodes.I32_GT_U:
                return Opcodes.I32_LT_U;
            case Opcodes.I32_LE_S:
                return Opcodes.I32_GE_S;
            case Opcodes.I32_LE_U:
                return Opcodes.I32_GE_U;
            case Opcodes.I32_GE_S:
                return Opcodes.I32_LE_S;
            case Opcodes.I32_GE_U:
                return Opcodes.I32_LE_U;
            default:
                return op;
        }
    }

    private void numeric(int op) {
        byte[] operands = Opcodes.operandTypes(op); // numeric instructions have one or two operands of one type
        byte in = operands[0];
        byte out = Opcodes.resultType(op);
        boolean binary = operands.length == 2;
        if (!binary) {
            if (op == Opcodes.I32_REINTERPRET_F32 || op == Opcodes.F32_REINTERPRET_I32) {
                // i32<->f32 reinterpret: same int bits, just a new type
                stType[height - 1] = out;
                return;
            }
            int a = popSlot();
            int d = pushHome(out);
            emit(Op.NUM + (op - Opcodes.I32_EQZ), d, a);
            lastResult = len - 3;
            return;
        }
        int cf = in == ValType.I32 ? constForm(op) : -1;
        int bi = height - 1;
        int ai = height - 2;
        if (op >= Opcodes.I64_SHL
                && op <= Opcodes.I64_ROTR
                && constI64Shifts
                && lastResult == len - 3
                && code[lastResult] == Op.CONST_L
                && stKind[bi] == HOME
                && code[lastResult + 1] == stSlot[bi]) {
            // i64 shift/rotate by an i64.const that was just emitted: drop the CONST_L, the count becomes an immediate
            int n = (int) longPool[code[lastResult + 2]] & 63;
            len -= 3;
            height--;
            int a = popSlot();
            int d = pushHome(out);
            emit(Op.I64_SHL_C + (op - Opcodes.I64_SHL), d, a, n);
            lastResult = len - 4;
            return;
        }
        if (op >= Opcodes.I64_SHL && op <= Opcodes.I64_SHR_U && constI64Shifts) {
            int b = popSlot();
            int a = popSlot();
            int d = pushHome(out);
            emit(Op.I64_SHL_V + (op - Opcodes.I64_SHL), d, a, b);
            lastResult = len - 4;
            return;
        }
        if ((op == Opcodes.I32_ADD || op == Opcodes.I32_SUB) && stKind[bi] == CONST && stKind[ai] != CONST) {
            int c = op == Opcodes.I32_ADD ? stSlot[bi] : -stSlot[bi];
            height--;
            addConst(ai, c);
            return;
        }
        if (op == Opcodes.I32_ADD && stKind[ai] == CONST && stKind[bi] != CONST) {
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
        emit(Op.NUM + (op - Opcodes.I32_EQZ), d, a, b);
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

    private void prefixed(int op) {
        switch (op) {
            case Opcodes.I32_TRUNC_SAT_F32_S:
            case Opcodes.I32_TRUNC_SAT_F32_U:
            case Opcodes.I32_TRUNC_SAT_F64_S:
            case Opcodes.I32_TRUNC_SAT_F64_U:
            case Opcodes.I64_TRUNC_SAT_F32_S:
            case Opcodes.I64_TRUNC_SAT_F32_U:
            case Opcodes.I64_TRUNC_SAT_F64_S:
            case Opcodes.I64_TRUNC_SAT_F64_U: {
                int a = popSlot();
                int d = pushHome(Opcodes.resultType(op));
                emit(Op.SAT + (op - Opcodes.I32_TRUNC_SAT_F32_S), d, a);
                lastResult = len - 3;
                return;
            }
            case Opcodes.MEMORY_INIT: {
                narrowI64Operands(3);
                int n = popSlot();
                int s = popSlot();
                int d = popSlot();
                emit(Op.MEMORY_INIT, ir.index, d, s, n, ir.memory);
                return;
            }
            case Opcodes.DATA_DROP:
                emit(Op.DATA_DROP, ir.index);
                return;
            case Opcodes.MEMORY_COPY: {
                narrowI64Operands(3);
                int n = popSlot();
                int s = popSlot();
                int d = popSlot();
                emit(Op.MEMORY_COPY, d, s, n, ir.memory, ir.memory2);
                return;
            }
            case Opcodes.MEMORY_FILL: {
                narrowI64Operands(3);
                int n = popSlot();
                int v = popSlot();
                int d = popSlot();
                emit(Op.MEMORY_FILL, d, v, n, ir.memory);
                return;
            }
            case Opcodes.TABLE_INIT: {
                narrowI64Operands(3);
                int n = popSlot();
                int s = popSlot();
                int d = popSlot();
                emit(Op.TABLE_INIT, ir.index, ir.index2, d, s, n);
                return;
            }
            case Opcodes.ELEM_DROP:
                emit(Op.ELEM_DROP, ir.index);
                return;
            case Opcodes.TABLE_COPY: {
                narrowI64Operands(3);
                int n = popSlot();
                int s = popSlot();
                int d = popSlot();
                emit(Op.TABLE_COPY, ir.index, ir.index2, d, s, n);
                return;
            }
            case Opcodes.TABLE_GROW: {
                boolean wide = module.tables[ir.index].limits.address64;
                narrowIf(wide, height - 1);
                int n = popSlot();
                int init = popSlot();
                int d = pushHome(ValType.I32);
                emit(Op.TABLE_GROW, d, ir.index, init, n);
                widenResult(wide);
                return;
            }
            case Opcodes.TABLE_SIZE: {
                int d = pushHome(ValType.I32);
                emit(Op.TABLE_SIZE, d, ir.index);
                widenResult(module.tables[ir.index].limits.address64);
                return;
            }
            case Opcodes.TABLE_FILL: {
                narrowTable(ir.index, height - 1);
                narrowTable(ir.index, height - 3);
                int n = popSlot();
                int v = popSlot();
                int i = popSlot();
                emit(Op.TABLE_FILL, ir.index, i, v, n);
                return;
            }
            default:
                throw new IllegalStateException("unexpected " + Opcodes.name(op) + " in validated code");
        }
    }

    // ---------------------------------------------------------------- SIMD

    /** A 0xFD instruction: Op.SIMD + subopcode, operands as instructions.txt lists them for it. */
    private void simd(int op) {
        int iop = Op.SIMD + (op & 0x1FF);
        switch (Opcodes.immediates(op)) {
            case Opcodes.IMM_V128: {
                int d = pushHome(ValType.V128);
                emit(iop, d, ir.v128[0], ir.v128[1], ir.v128[2], ir.v128[3]);
                return;
            }
            case Opcodes.IMM_SHUFFLE: {
                int b = popSlot();
                int a = popSlot();
                int d = pushHome(ValType.V128);
                emit(iop, d, a, b, ir.v128[0], ir.v128[1]);
                emit(ir.v128[2]);
                emit(ir.v128[3]);
                return;
            }
            case Opcodes.IMM_LANE: {
                byte[] in = Opcodes.operandTypes(op);
                if (in.length == 1) { // extract_lane
                    int a = popSlot();
                    int d = pushHome(Opcodes.resultType(op));
                    emit(iop, d, a, ir.lane);
                } else { // replace_lane
                    int x = popSlot();
                    int a = popSlot();
                    int d = pushHome(ValType.V128);
                    emit(iop, d, a, x, ir.lane);
                }
                return;
            }
            case Opcodes.IMM_MEMARG:
            case Opcodes.IMM_MEMARG_LANE: {
                byte result = Opcodes.resultType(op);
                boolean lane = Opcodes.immediates(op) == Opcodes.IMM_MEMARG_LANE;
                narrowIf(memory64(ir.memory), lane || result == 0 ? height - 2 : height - 1);
                int v = lane || result == 0 ? popSlot() : -1;
                int a = popSlot();
                int d = result != 0 ? pushHome(result) : -1;
                if (staticOffset() < 0) { // a static offset of 2^31 or more always traps
                    record();
                    emitOp(Op.TRAP_MEMORY);
                    lastResult = -1;
                    return;
                }
                withMemory();
                if (result == 0) {
                    if (lane) {
                        emit(iop, a, v, ir.offset, ir.lane);
                    } else {
                        emit(iop, a, v, ir.offset);
                    }
                } else if (lane) {
                    emit(iop, d, a, v, ir.offset, ir.lane);
                } else {
                    emit(iop, d, a, ir.offset);
                }
                return;
            }
            default: {
                int n = Opcodes.operandTypes(op).length;
                int c = n > 2 ? popSlot() : -1;
                int b = n > 1 ? popSlot() : -1;
                int a = popSlot();
                int d = pushHome(Opcodes.resultType(op));
                if (n == 1) {
                    emit(iop, d, a);
                } else if (n == 2) {
                    emit(iop, d, a, b);
                } else {
                    emit(iop, d, a, b, c);
                }
            }
        }
    }
}
