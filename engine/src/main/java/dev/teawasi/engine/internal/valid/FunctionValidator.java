package dev.teawasi.engine.internal.valid;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.binary.InstructionReader;
import dev.teawasi.engine.internal.binary.LocalDeclarations;
import dev.teawasi.engine.internal.binary.Opcodes;
import dev.teawasi.engine.internal.binary.WasmReader;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.FunctionBody;
import dev.teawasi.engine.internal.model.GlobalType;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.model.Subtyping;
import dev.teawasi.engine.internal.model.TableType;
import dev.teawasi.engine.internal.model.ValType;

/**
 * Type-checks function bodies with the spec's validation algorithm: an operand stack of value types and a
 * control stack of frames; after an unconditional branch the stack is polymorphic ({@link #UNKNOWN} values).
 * One instance validates all bodies of a module and reuses its stacks. Records each body's greatest operand
 * stack height and block nesting in the {@link FunctionBody}.
 */
final class FunctionValidator {
    /** The type of a value popped from the polymorphic stack of unreachable code: matches every type. */
    static final int UNKNOWN = 0;

    private static final int KIND_BLOCK = 0;
    private static final int KIND_LOOP = 1;
    private static final int KIND_IF = 2;
    private static final int KIND_ELSE = 3;
    private static final int KIND_FUNCTION = 4;
    /** A legacy try before its first catch, and a legacy catch or catch_all clause. */
    private static final int KIND_TRY = 5;

    private static final int KIND_CATCH = 6;

    private final Module m;
    private final boolean[] declaredRefs;
    private final WasmReader in;
    private final InstructionReader ir;

    private int[] locals = new int[16];
    private int localCount;
    /**
     * Non-defaultable locals (typed references) must be set before they are read; a set is undone at the end of
     * the block it happened in: {@link #initLog} lists the locals set, {@link #ctrlInit} each frame's start in it.
     */
    private boolean[] localSet = new boolean[16];

    private int[] initLog = new int[16];
    private int initSp;
    private int[] ctrlInit = new int[16];
    /** Block types of one value (a precise type): bt = SINGLE + index into this list. */
    private int[] blockValues = new int[16];

    private int blockValueCount;
    private static final int SINGLE = Integer.MIN_VALUE;

    private int[] stack = new int[64];
    private int sp;
    private int maxSp;

    private int[] ctrlKind = new int[16];
    private int[] ctrlType = new int[16];
    private int[] ctrlHeight = new int[16];
    private boolean[] ctrlUnreachable = new boolean[16];
    private int csp;
    private int maxCsp;

    /** Scratch for br_table: the types popped for one target, pushed back afterwards. */
    private int[] scratch = new int[16];

    private FuncType funcType;
    private int funcIndex;

    FunctionValidator(Module m, boolean[] declaredRefs) {
        this.m = m;
        this.declaredRefs = declaredRefs;
        this.in = new WasmReader(m.bytes, 0, m.bytes.length);
        this.ir = new InstructionReader(in);
        ir.webAssembly2 = m.webAssembly2;
    }

    void validate(int funcIndex, FunctionBody body) {
        this.funcIndex = funcIndex;
        int typeIndex = m.funcTypeIndex[funcIndex];
        funcType = m.types[typeIndex];
        setUpLocals(body);
        sp = 0;
        maxSp = 0;
        initSp = 0;
        blockValueCount = 0;
        csp = 0;
        maxCsp = 0;
        in.setPos(body.codeStart);
        in.setEnd(body.codeEnd);
        pushCtrl(KIND_FUNCTION, typeIndex);
        while (csp > 0) {
            ir.read();
            instruction();
        }
    }

    /** The greatest operand stack height (in values) the last validated body reached. */
    int maxStackHeight() {
        return maxSp;
    }

    /** The greatest nesting of blocks/loops/ifs in the last validated body, counting the function body itself. */
    int maxControlDepth() {
        return maxCsp;
    }

    private void setUpLocals(FunctionBody body) {
        int params = funcType.paramCount();
        int total = params + body.localCount;
        if (locals.length < total) {
            locals = new int[Math.max(total, locals.length * 2)];
            localSet = new boolean[locals.length];
        }
        for (int i = 0; i < params; i++) {
            locals[i] = funcType.preciseParam(i);
            localSet[i] = true;
        }
        LocalDeclarations.expandPrecise(m.bytes, body, locals, params);
        for (int i = params; i < total; i++) {
            int x = ValType.typeIndex(locals[i]);
            if (x >= m.types.length) {
                throw new CompileException(
                        "unknown type " + Integer.toUnsignedString(x) + " (local " + i + ") in function " + funcIndex,
                        body.localsStart);
            }
            localSet[i] = ValType.defaultable(locals[i]);
        }
        localCount = total;
    }

    private CompileException error(String message) {
        return new CompileException(message + " in function " + funcIndex, ir.start);
    }

    private CompileException typeMismatch(String detail) {
        return error("type mismatch: " + detail + " (" + Opcodes.name(ir.opcode) + ")");
    }

    // ---- operand stack

    private void push(int t) {
        if (sp == stack.length) {
            int[] bigger = new int[sp * 2];
            System.arraycopy(stack, 0, bigger, 0, sp);
            stack = bigger;
        }
        stack[sp++] = t;
        if (sp > maxSp) {
            maxSp = sp;
        }
    }

    private int pop() {
        int height = ctrlHeight[csp - 1];
        if (sp == height) {
            if (ctrlUnreachable[csp - 1]) {
                return UNKNOWN;
            }
            throw typeMismatch("expected a value but the stack is empty");
        }
        return stack[--sp];
    }

    private int pop(int expected) {
        int actual = pop();
        if (actual != expected
                && actual != UNKNOWN
                && expected != UNKNOWN
                && !Subtyping.isSubtype(actual, expected, m.types)) {
            throw typeMismatch("expected " + ValType.name(expected) + ", found " + ValType.name(actual));
        }
        return actual;
    }

    // ---- block types: BLOCK_EMPTY, a negative s33 value type, or a type index

    private int paramCount(int bt) {
        return bt >= 0 ? m.types[bt].paramCount() : 0;
    }

    private int param(int bt, int i) {
        return m.types[bt].preciseParam(i);
    }

    private int resultCount(int bt) {
        if (bt >= 0) {
            return m.types[bt].resultCount();
        }
        return bt == InstructionReader.BLOCK_EMPTY ? 0 : 1;
    }

    private int result(int bt, int i) {
        return bt >= 0 ? m.types[bt].preciseResult(i) : blockValues[bt - SINGLE];
    }

    private void popParams(int bt) {
        for (int i = paramCount(bt) - 1; i >= 0; i--) {
            pop(param(bt, i));
        }
    }

    private void pushParams(int bt) {
        int n = paramCount(bt);
        for (int i = 0; i < n; i++) {
            push(param(bt, i));
        }
    }

    private void popResults(int bt) {
        for (int i = resultCount(bt) - 1; i >= 0; i--) {
            pop(result(bt, i));
        }
    }

    private void pushResults(int bt) {
        int n = resultCount(bt);
        for (int i = 0; i < n; i++) {
            push(result(bt, i));
        }
    }

    // ---- control stack

    private void pushCtrl(int kind, int bt) {
        if (csp == ctrlKind.length) {
            int n = csp * 2;
            ctrlKind = java.util.Arrays.copyOf(ctrlKind, n);
            ctrlType = java.util.Arrays.copyOf(ctrlType, n);
            ctrlHeight = java.util.Arrays.copyOf(ctrlHeight, n);
            ctrlUnreachable = java.util.Arrays.copyOf(ctrlUnreachable, n);
            ctrlInit = java.util.Arrays.copyOf(ctrlInit, n);
        }
        ctrlInit[csp] = initSp;
        ctrlKind[csp] = kind;
        ctrlType[csp] = bt;
        ctrlHeight[csp] = sp;
        ctrlUnreachable[csp] = false;
        csp++;
        if (csp > maxCsp) {
            maxCsp = csp;
        }
        if (kind != KIND_FUNCTION) {
            pushParams(bt);
        }
    }

    /** Pops the frame's results, checks nothing else is left in it, and pops the frame. */
    private void popCtrl() {
        int bt = ctrlType[csp - 1];
        popResults(bt);
        if (sp != ctrlHeight[csp - 1]) {
            throw typeMismatch((sp - ctrlHeight[csp - 1]) + " value(s) left on the stack at the end of a block");
        }
        while (initSp > ctrlInit[csp - 1]) {
            localSet[initLog[--initSp]] = false;
        }
        csp--;
    }

    private void unreachable() {
        sp = ctrlHeight[csp - 1];
        ctrlUnreachable[csp - 1] = true;
    }

    /** Checks a label depth and returns the index of its frame. */
    private int label(int depth) {
        if (depth < 0 || depth >= csp) {
            throw error("unknown label " + Integer.toUnsignedString(depth));
        }
        return csp - 1 - depth;
    }

    private int labelArity(int frame) {
        int bt = ctrlType[frame];
        return ctrlKind[frame] == KIND_LOOP ? paramCount(bt) : resultCount(bt);
    }

    private int labelType(int frame, int i) {
        int bt = ctrlType[frame];
        return ctrlKind[frame] == KIND_LOOP ? param(bt, i) : result(bt, i);
    }

    private void popLabel(int frame) {
        for (int i = labelArity(frame) - 1; i >= 0; i--) {
            pop(labelType(frame, i));
        }
    }

    private void pushLabel(int frame) {
        int n = labelArity(frame);
        for (int i = 0; i < n; i++) {
            push(labelType(frame, i));
        }
    }

    private int blockType() {
        int bt = ir.blockType;
        if (bt >= 0 && bt >= m.types.length) {
            throw error("unknown type " + Integer.toUnsignedString(bt));
        }
        if (bt < 0 && bt != InstructionReader.BLOCK_EMPTY) {
            int t = checkedType(ir.blockValue);
            if (blockValueCount == blockValues.length) {
                blockValues = java.util.Arrays.copyOf(blockValues, blockValueCount * 2);
            }
            blockValues[blockValueCount] = t;
            return SINGLE + blockValueCount++;
        }
        return bt;
    }

    /** A precise type from an immediate: its type index (if any) must exist. */
    private int checkedType(int t) {
        int x = ValType.typeIndex(t);
        if (x >= m.types.length) {
            throw error("unknown type " + Integer.toUnsignedString(x));
        }
        return t;
    }

    private FuncType type(int index) {
        if (index < 0 || index >= m.types.length) {
            throw error("unknown type " + Integer.toUnsignedString(index));
        }
        return m.types[index];
    }

    // ---- index spaces

    private int local(int index) {
        if (index < 0 || index >= localCount) {
            throw error("unknown local " + Integer.toUnsignedString(index));
        }
        return locals[index];
    }

    private GlobalType global(int index) {
        if (index < 0 || index >= m.globals.length) {
            throw error("unknown global " + Integer.toUnsignedString(index));
        }
        return m.globals[index];
    }

    private TableType table(int index) {
        if (index < 0 || index >= m.tables.length) {
            throw error("unknown table " + Integer.toUnsignedString(index));
        }
        return m.tables[index];
    }

    /** Checks a memory index; returns the memory's address type (i32, or i64 for a 64-bit memory). */
    private byte memory(int index) {
        if (index < 0 || index >= m.memories.length) {
            throw error("unknown memory " + Integer.toUnsignedString(index));
        }
        return m.memories[index].limits.addressType();
    }

    /** The type of an operand indexing both: i64 only when both are 64-bit (memory.copy, table.copy). */
    private static byte smaller(byte a, byte b) {
        return a == ValType.I64 && b == ValType.I64 ? ValType.I64 : ValType.I32;
    }

    private FuncType function(int index) {
        if (index < 0 || index >= m.funcTypeIndex.length) {
            throw error("unknown function " + Integer.toUnsignedString(index));
        }
        return m.funcType(index);
    }

    private void elemSegment(int index) {
        if (index < 0 || index >= m.elements.length) {
            throw error("unknown elem segment " + Integer.toUnsignedString(index));
        }
    }

    private void dataSegment(int index) {
        if (index < 0 || index >= m.dataCount) {
            throw error("unknown data segment " + Integer.toUnsignedString(index));
        }
    }

    /** Checks a memarg; returns the address type of its memory. */
    private byte memarg(int naturalAlign) {
        byte at = memory(ir.memory);
        if (Integer.compareUnsigned(ir.align, naturalAlign) > 0) {
            throw error("alignment must not be larger than natural");
        }
        if (ir.offsetHigh != 0 && at == ValType.I32) {
            throw error("offset out of range: a 32-bit memory's offsets are below 2^32");
        }
        return at;
    }

    // ---- instructions

    private void instruction() {
        int op = ir.opcode;
        byte[] operands = Opcodes.operandTypes(op);
        if (operands != null) { // a fixed type, from the instruction table
            if (Opcodes.isSimd(op) && simdImmediates(op) == ValType.I64) {
                operands = operands.clone(); // a 64-bit memory's address (the table lists i32 first)
                operands[0] = ValType.I64;
            }
            fixedType(operands, Opcodes.resultType(op));
            return;
        }
        if (op == Opcodes.V128_CONST) {
            push(ValType.V128);
            return;
        }
        switch (op) {
            case Opcodes.UNREACHABLE:
                unreachable();
                return;
            case Opcodes.NOP:
                return;
            case Opcodes.BLOCK: {
                int bt = blockType();
                popParams(bt);
                pushCtrl(KIND_BLOCK, bt);
                return;
            }
            case Opcodes.LOOP: {
                int bt = blockType();
                popParams(bt);
                pushCtrl(KIND_LOOP, bt);
                return;
            }
            case Opcodes.IF: {
                int bt = blockType();
                pop(ValType.I32);
                popParams(bt);
                pushCtrl(KIND_IF, bt);
                return;
            }
            case Opcodes.TRY: {
                int bt = blockType();
                popParams(bt);
                pushCtrl(KIND_TRY, bt);
                return;
            }
            case Opcodes.CATCH:
            case Opcodes.CATCH_ALL: {
                // the decoder guarantees the innermost frame is a legacy try or one of its catch clauses
                int bt = ctrlType[csp - 1];
                FuncType tag = op == Opcodes.CATCH ? tag(ir.index) : null;
                popCtrl();
                pushCtrl(KIND_CATCH, bt);
                sp = ctrlHeight[csp - 1]; // the clause starts with the tag's values, not the block's parameters
                if (tag != null) {
                    for (int i = 0; i < tag.paramCount(); i++) {
                        push(tag.preciseParam(i));
                    }
                }
                return;
            }
            case Opcodes.DELEGATE: {
                int bt = ctrlType[csp - 1];
                popCtrl();
                label(ir.index); // counted from outside the try
                pushResults(bt);
                return;
            }
            case Opcodes.RETHROW: {
                int f = label(ir.index);
                if (ctrlKind[f] != KIND_CATCH) {
                    throw error("invalid rethrow label " + ir.index + ": not a catch block");
                }
                unreachable();
                return;
            }
            case Opcodes.THROW: {
                FuncType t = tag(ir.index);
                for (int i = t.paramCount() - 1; i >= 0; i--) {
                    pop(t.preciseParam(i));
                }
                unreachable();
                return;
            }
            case Opcodes.THROW_REF:
                pop(ValType.EXNREF);
                unreachable();
                return;
            case Opcodes.TRY_TABLE: {
                int bt = blockType();
                for (int i = 0; i < ir.catchCount; i++) {
                    catchClause(ir.catchKinds[i], ir.catchTags[i], label(ir.catchLabels[i]));
                }
                popParams(bt);
                pushCtrl(KIND_BLOCK, bt);
                return;
            }
            case Opcodes.ELSE: {
                // the decoder guarantees the innermost frame is an if without else
                int bt = ctrlType[csp - 1];
                popCtrl();
                pushCtrl(KIND_ELSE, bt);
                return;
            }
            case Opcodes.END: {
                int kind = ctrlKind[csp - 1];
                int bt = ctrlType[csp - 1];
                popCtrl();
                if (kind == KIND_IF && !sameParamsAndResults(bt)) {
                    throw typeMismatch("if without else must leave its parameters as its results");
                }
                if (kind != KIND_FUNCTION) {
                    pushResults(bt);
                }
                return;
            }
            case Opcodes.BR: {
                int f = label(ir.index);
                popLabel(f);
                unreachable();
                return;
            }
            case Opcodes.BR_IF: {
                int f = label(ir.index);
                pop(ValType.I32);
                popLabel(f);
                pushLabel(f);
                return;
            }
            case Opcodes.BR_TABLE:
                brTable();
                return;
            case Opcodes.RETURN:
                popLabel(0);
                unreachable();
                return;
            case Opcodes.CALL: {
                FuncType t = function(ir.index);
                call(t);
                return;
            }
            case Opcodes.CALL_INDIRECT:
                call(indirectCallType());
                return;
            case Opcodes.RETURN_CALL:
                returnCall(function(ir.index));
                return;
            case Opcodes.RETURN_CALL_INDIRECT:
                returnCall(indirectCallType());
                return;
            case Opcodes.CALL_REF:
                call(typedCallee());
                return;
            case Opcodes.RETURN_CALL_REF:
                returnCall(typedCallee());
                return;
            case Opcodes.REF_AS_NON_NULL: {
                int t = popRef();
                push(t == UNKNOWN ? UNKNOWN : ValType.asNonNull(t));
                return;
            }
            case Opcodes.BR_ON_NULL: {
                int f = label(ir.index);
                int t = popRef();
                popLabel(f);
                pushLabel(f);
                push(t == UNKNOWN ? UNKNOWN : ValType.asNonNull(t));
                return;
            }
            case Opcodes.BR_ON_NON_NULL: {
                int f = label(ir.index);
                int n = labelArity(f);
                if (n == 0 || !ValType.isRefType(labelType(f, n - 1))) {
                    throw typeMismatch("br_on_non_null's label must take a reference last");
                }
                int t = popRef();
                if (t != UNKNOWN && !Subtyping.isSubtype(ValType.asNonNull(t), labelType(f, n - 1), m.types)) {
                    throw typeMismatch("expected " + ValType.name(labelType(f, n - 1)) + ", found "
                            + ValType.name(ValType.asNonNull(t)));
                }
                for (int i = n - 2; i >= 0; i--) {
                    pop(labelType(f, i));
                }
                for (int i = 0; i < n - 1; i++) {
                    push(labelType(f, i)); // the label's types, as br_if does (WebAssembly/gc#516)
                }
                return;
            }
            case Opcodes.DROP:
                pop();
                return;
            case Opcodes.SELECT: {
                pop(ValType.I32);
                int t1 = pop();
                int t2 = pop();
                if ((t1 != UNKNOWN && !numeric(t1)) || (t2 != UNKNOWN && !numeric(t2))) {
                    throw typeMismatch("select without a type needs numeric operands");
                }
                if (t1 != t2 && t1 != UNKNOWN && t2 != UNKNOWN) {
                    throw typeMismatch("select operands " + ValType.name(t1) + " and " + ValType.name(t2) + " differ");
                }
                push(t1 == UNKNOWN ? t2 : t1);
                return;
            }
            case Opcodes.SELECT_T: {
                if (ir.typeCount != 1) {
                    throw error("invalid result arity: select with " + ir.typeCount + " types");
                }
                int t = checkedType(ir.preciseTypes[0]);
                pop(ValType.I32);
                pop(t);
                pop(t);
                push(t);
                return;
            }
            case Opcodes.LOCAL_GET: {
                int t = local(ir.index);
                if (!localSet[ir.index]) {
                    throw error("uninitialized local " + ir.index);
                }
                push(t);
                return;
            }
            case Opcodes.LOCAL_SET:
                pop(local(ir.index));
                setLocal(ir.index);
                return;
            case Opcodes.LOCAL_TEE: {
                int t = local(ir.index);
                pop(t);
                setLocal(ir.index);
                push(t);
                return;
            }
            case Opcodes.GLOBAL_GET:
                push(global(ir.index).precise);
                return;
            case Opcodes.GLOBAL_SET: {
                GlobalType g = global(ir.index);
                if (!g.mutable) {
                    throw error("global is immutable: global " + ir.index);
                }
                pop(g.precise);
                return;
            }
            case Opcodes.TABLE_GET: {
                TableType t = table(ir.index);
                pop(t.limits.addressType());
                push(t.precise);
                return;
            }
            case Opcodes.TABLE_SET: {
                TableType t = table(ir.index);
                pop(t.precise);
                pop(t.limits.addressType());
                return;
            }
            case Opcodes.MEMORY_SIZE:
                push(memory(ir.memory));
                return;
            case Opcodes.MEMORY_GROW: {
                byte at = memory(ir.memory);
                pop(at);
                push(at);
                return;
            }
            case Opcodes.I32_CONST:
                push(ValType.I32);
                return;
            case Opcodes.I64_CONST:
                push(ValType.I64);
                return;
            case Opcodes.F32_CONST:
                push(ValType.F32);
                return;
            case Opcodes.F64_CONST:
                push(ValType.F64);
                return;
            case Opcodes.REF_NULL:
                push(checkedType(ir.heapType));
                return;
            case Opcodes.REF_IS_NULL:
                popRef();
                push(ValType.I32);
                return;
            case Opcodes.REF_FUNC:
                function(ir.index);
                if (!declaredRefs[ir.index]) {
                    throw error("undeclared function reference " + ir.index
                            + " (not declared in an element segment, export or global)");
                }
                push(ValType.ref(ValType.CONCRETE + m.funcTypeIndex[ir.index], false));
                return;
            default:
                break;
        }
        if (op >= Opcodes.I32_LOAD && op <= Opcodes.I64_STORE32) {
            memoryAccess(op);
            return;
        }
        prefixed(op);
    }

    private FuncType tag(int index) {
        if (index < 0 || index >= m.tagTypes.length) {
            throw error("unknown tag " + Integer.toUnsignedString(index));
        }
        return m.types[m.tagTypes[index]];
    }

    /** A try_table catch clause: its label must take the tag's values (and an exnref for the _ref forms). */
    private void catchClause(int kind, int tagIndex, int frame) {
        FuncType tag = kind == InstructionReader.CATCH || kind == InstructionReader.CATCH_REF ? tag(tagIndex) : null;
        int n = tag == null ? 0 : tag.paramCount();
        boolean ref = kind == InstructionReader.CATCH_REF || kind == InstructionReader.CATCH_ALL_REF;
        int arity = labelArity(frame);
        boolean ok = arity == n + (ref ? 1 : 0);
        for (int i = 0; ok && i < n; i++) {
            ok = Subtyping.isSubtype(tag.preciseParam(i), labelType(frame, i), m.types);
        }
        if (ok && ref) {
            ok = Subtyping.isSubtype(ValType.asNonNull(ValType.EXNREF), labelType(frame, n), m.types);
        }
        if (!ok) {
            throw typeMismatch("catch clause values do not match its label's types");
        }
    }

    private boolean sameParamsAndResults(int bt) {
        int n = paramCount(bt);
        if (n != resultCount(bt)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Subtyping.isSubtype(param(bt, i), result(bt, i), m.types)) {
                return false;
            }
        }
        return true;
    }

    /** call_indirect's and return_call_indirect's checks; pops the table index and returns the type. */
    private FuncType indirectCallType() {
        TableType table = table(ir.index2);
        if (ir.index < 0 || ir.index >= m.types.length) {
            throw error("unknown type " + Integer.toUnsignedString(ir.index));
        }
        if (!Subtyping.isSubtype(table.precise, ValType.FUNCREF, m.types)) {
            throw typeMismatch(Opcodes.name(ir.opcode) + " needs a funcref table, table " + ir.index2 + " holds "
                    + ValType.name(table.precise));
        }
        pop(table.limits.addressType());
        return m.types[ir.index];
    }

    /** A tail call: the callee's results must be the caller's; nothing after it is reachable. */
    private void returnCall(FuncType t) {
        if (t.resultCount() != funcType.resultCount()) {
            throw typeMismatch(
                    "the callee returns " + t.resultCount() + " value(s), the function " + funcType.resultCount());
        }
        for (int i = 0; i < t.resultCount(); i++) {
            if (!Subtyping.isSubtype(t.preciseResult(i), funcType.preciseResult(i), m.types)) {
                throw typeMismatch("the callee's result " + i + " is " + ValType.name(t.preciseResult(i))
                        + ", the function's " + ValType.name(funcType.preciseResult(i)));
            }
        }
        for (int i = t.paramCount() - 1; i >= 0; i--) {
            pop(t.preciseParam(i));
        }
        unreachable();
    }

    private void call(FuncType t) {
        for (int i = t.paramCount() - 1; i >= 0; i--) {
            pop(t.preciseParam(i));
        }
        for (int i = 0; i < t.resultCount(); i++) {
            push(t.preciseResult(i));
        }
    }

    /** call_ref's and return_call_ref's operand: a reference to the immediate's type; returns that type. */
    private FuncType typedCallee() {
        FuncType t = type(ir.index);
        pop(ValType.ref(ValType.CONCRETE + ir.index, true));
        return t;
    }

    /** Pops a reference of any type (or the unknown value of unreachable code). */
    private int popRef() {
        int t = pop();
        if (t != UNKNOWN && !ValType.isRefType(t)) {
            throw typeMismatch("expected a reference, found " + ValType.name(t));
        }
        return t;
    }

    private static boolean numeric(int t) {
        return !ValType.isRefType(t);
    }

    private void setLocal(int index) {
        if (!localSet[index]) {
            localSet[index] = true;
            if (initSp == initLog.length) {
                initLog = java.util.Arrays.copyOf(initLog, initSp * 2);
            }
            initLog[initSp++] = index;
        }
    }

    private void brTable() {
        pop(ValType.I32);
        int defaultFrame = label(ir.index);
        int arity = labelArity(defaultFrame);
        if (scratch.length < arity) {
            scratch = new int[arity];
        }
        for (int k = 0; k < ir.targetCount; k++) {
            int f = label(ir.targets[k]);
            if (labelArity(f) != arity) {
                throw typeMismatch("br_table targets have different arities (" + labelArity(f) + " and " + arity + ")");
            }
            for (int i = arity - 1; i >= 0; i--) {
                scratch[i] = pop(labelType(f, i));
            }
            for (int i = 0; i < arity; i++) {
                push(scratch[i]);
            }
        }
        popLabel(defaultFrame);
        unreachable();
    }

    private void memoryAccess(int op) {
        switch (op) {
            case Opcodes.I32_LOAD:
                load(2, ValType.I32);
                return;
            case Opcodes.I64_LOAD:
                load(3, ValType.I64);
                return;
            case Opcodes.F32_LOAD:
                load(2, ValType.F32);
                return;
            case Opcodes.F64_LOAD:
                load(3, ValType.F64);
                return;
            case Opcodes.I32_LOAD8_S:
            case Opcodes.I32_LOAD8_U:
                load(0, ValType.I32);
                return;
            case Opcodes.I32_LOAD16_S:
            case Opcodes.I32_LOAD16_U:
                load(1, ValType.I32);
                return;
            case Opcodes.I64_LOAD8_S:
            case Opcodes.I64_LOAD8_U:
                load(0, ValType.I64);
                return;
            case Opcodes.I64_LOAD16_S:
            case Opcodes.I64_LOAD16_U:
                load(1, ValType.I64);
                return;
            case Opcodes.I64_LOAD32_S:
            case Opcodes.I64_LOAD32_U:
                load(2, ValType.I64);
                return;
            case Opcodes.I32_STORE:
                store(2, ValType.I32);
                return;
            case Opcodes.I64_STORE:
                store(3, ValType.I64);
                return;
            case Opcodes.F32_STORE:
                store(2, ValType.F32);
                return;
            case Opcodes.F64_STORE:
                store(3, ValType.F64);
                return;
            case Opcodes.I32_STORE8:
                store(0, ValType.I32);
                return;
            case Opcodes.I32_STORE16:
                store(1, ValType.I32);
                return;
            case Opcodes.I64_STORE8:
                store(0, ValType.I64);
                return;
            case Opcodes.I64_STORE16:
                store(1, ValType.I64);
                return;
            default:
                store(2, ValType.I64);
                return; // i64.store32
        }
    }

    private void load(int naturalAlign, int t) {
        pop(memarg(naturalAlign));
        push(t);
    }

    private void store(int naturalAlign, int t) {
        byte at = memarg(naturalAlign);
        pop(t);
        pop(at);
    }

    private void prefixed(int op) {
        switch (op) {
            case Opcodes.MEMORY_INIT: {
                byte at = memory(ir.memory);
                dataSegment(ir.index);
                pop3(at, ValType.I32, ValType.I32);
                return;
            }
            case Opcodes.DATA_DROP:
                dataSegment(ir.index);
                return;
            case Opcodes.MEMORY_COPY: {
                byte dst = memory(ir.memory);
                byte src = memory(ir.memory2);
                pop3(dst, src, smaller(dst, src));
                return;
            }
            case Opcodes.MEMORY_FILL: {
                byte at = memory(ir.memory);
                pop3(at, ValType.I32, at);
                return;
            }
            case Opcodes.TABLE_INIT: {
                TableType t = table(ir.index2);
                elemSegment(ir.index);
                if (!Subtyping.isSubtype(m.elements[ir.index].precise, t.precise, m.types)) {
                    throw typeMismatch("element segment " + ir.index + " of "
                            + ValType.name(m.elements[ir.index].precise) + " into a table of "
                            + ValType.name(t.precise));
                }
                pop3(t.limits.addressType(), ValType.I32, ValType.I32);
                return;
            }
            case Opcodes.ELEM_DROP:
                elemSegment(ir.index);
                return;
            case Opcodes.TABLE_COPY: {
                TableType dst = table(ir.index);
                TableType src = table(ir.index2);
                if (!Subtyping.isSubtype(src.precise, dst.precise, m.types)) {
                    throw typeMismatch("table.copy from a table of " + ValType.name(src.precise) + " into a table of "
                            + ValType.name(dst.precise));
                }
                byte dstAt = dst.limits.addressType();
                byte srcAt = src.limits.addressType();
                pop3(dstAt, srcAt, smaller(dstAt, srcAt));
                return;
            }
            case Opcodes.TABLE_GROW: {
                TableType t = table(ir.index);
                pop(t.limits.addressType());
                pop(t.precise);
                push(t.limits.addressType());
                return;
            }
            case Opcodes.TABLE_SIZE:
                push(table(ir.index).limits.addressType());
                return;
            case Opcodes.TABLE_FILL: {
                TableType t = table(ir.index);
                pop(t.limits.addressType());
                pop(t.precise);
                pop(t.limits.addressType());
                return;
            }
            default:
                throw error("illegal opcode " + Opcodes.name(op));
        }
    }

    /** Pops three operands given in push order. */
    private void pop3(int a, int b, int c) {
        pop(c);
        pop(b);
        pop(a);
    }

    /** SIMD memory accesses (alignment), lane indexes and shuffle lanes; returns a memory access's address type. */
    private byte simdImmediates(int op) {
        int sub = op & 0x1FF;
        switch (Opcodes.immediates(op)) {
            case Opcodes.IMM_MEMARG: {
                int natural = sub == 0x00 || sub == 0x0B
                        ? 4
                        : sub <= 0x06 ? 3 : sub <= 0x0A ? sub - 0x07 : sub == 0x5C ? 2 : 3;
                return memarg(natural);
            }
            case Opcodes.IMM_MEMARG_LANE: {
                int natural = sub & 3; // load8/16/32/64_lane 0x54..0x57, store 0x58..0x5B
                byte at = memarg(natural);
                if (ir.lane >= 16 >> natural) {
                    throw error("invalid lane index");
                }
                return at;
            }
            case Opcodes.IMM_LANE: {
                int lanes =
                        sub <= 0x17 ? 16 : sub <= 0x1A ? 8 : sub <= 0x1C ? 4 : sub <= 0x1E ? 2 : sub <= 0x20 ? 4 : 2;
                if (ir.lane >= lanes) {
                    throw error("invalid lane index");
                }
                return ValType.I32;
            }
            case Opcodes.IMM_SHUFFLE:
                for (int i = 0; i < 16; i++) {
                    if (((ir.v128[i >> 2] >>> (8 * (i & 3))) & 0xFF) >= 32) {
                        throw error("invalid lane index");
                    }
                }
                return ValType.I32;
            default:
                return ValType.I32;
        }
    }

    /** An instruction whose operand and result types the instruction table fixes (numeric ones, for example). */
    private void fixedType(byte[] operands, byte result) {
        for (int i = operands.length - 1; i >= 0; i--) {
            pop(operands[i]);
        }
        if (result != 0) {
            push(result);
        }
    }
}
