package dev.teawasi.web;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.binary.Decoder;
import dev.teawasi.engine.internal.binary.InstructionReader;
import dev.teawasi.engine.internal.binary.Opcodes;
import dev.teawasi.engine.internal.binary.WasmReader;
import dev.teawasi.engine.internal.model.Export;
import dev.teawasi.engine.internal.model.ExternKind;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.Import;
import dev.teawasi.engine.internal.model.Module;

/**
 * Rewrites a module before the browser's own WebAssembly compiles it, so that a run on native WebAssembly can be
 * preempted and limited (DESIGN.md, "Preempting native WebAssembly"):
 *
 * <ul>
 *   <li>preemption: an added mutable i32 global counts down at every loop header and at the entry of every function
 *       that may recurse or whose calls fan out into much code (see {@link #entryTicks}); when it is 0
 *       the code calls an added import {@code "teawasi:preempt" "yield"} of type {@code [] -> [i32]} whose result is
 *       the next budget. The import goes last among the function imports, so every defined function's index moves
 *       up by one: call, return_call, ref.func, exports, element segments, global and table initialisers and the
 *       name section are renumbered. The start function is no longer started by instantiation but exported as
 *       {@code "teawasi:start"} (a suspending import cannot suspend a start function), for the caller to run.
 *   <li>limits: defined memories and tables get their maximum lowered to the limit (growth beyond it then fails with
 *       -1 natively, as the spec says), and a declared minimum above the limit is refused.
 * </ul>
 *
 * Every instruction is read with the engine's {@link InstructionReader}, so immediates of every proposal the engine
 * decodes are skipped exactly; a module the engine's decoder refuses is refused here with its message. Custom
 * sections that point at code offsets (DWARF, source maps, code metadata) are dropped: they would be wrong.
 */
final class NativeRewriter {
    static final String IMPORT_MODULE = "teawasi:preempt";
    static final String IMPORT_NAME = "yield";
    static final String START_EXPORT = "teawasi:start";

    /** What to do; -1: no such limit. */
    static final class Options {
        boolean preempt;
        /** The counter's first value (the budget until the first yield), at least 1. */
        int initialBudget = 10000;
        /**
         * Every tick counts down the global (exact: fuel). Otherwise a loop counts down a local copied from the global
         * at the function's entry, which the engine keeps in a register: a tight loop pays much less, and a run still
         * yields within a budget of iterations of any one loop, but iterations of loops in calls that return before
         * their local reaches 0 are not counted.
         */
        boolean exactCount;
        /**
         * An imported function may call back into the module's exported or table functions (false for teawasi.run,
         * whose imports are WASI's and the yield: none calls wasm). With false, a call to an import is a leaf of the
         * call graph, and far fewer functions need an entry tick (every function on a path from an export to an
         * import would otherwise be on a cycle through the host).
         */
        boolean importsMayReenter = true;
        /** Pages each defined memory, and all of them together, may have. */
        long maxMemoryPages = -1;
        /** Elements each defined table, and all of them together, may have. */
        long maxTableElements = -1;
    }

    /** What the rewrite did. */
    static final class Result {
        byte[] bytes;
        /** The start function became the export {@link #START_EXPORT}. */
        boolean startExported;
        /** Custom sections dropped, by name, comma separated ("" when none). */
        String dropped = "";
    }

    /** A limit the module's declarations exceed: the run is refused before instantiation. */
    static final class LimitException extends RuntimeException {
        LimitException(String message) {
            super(message);
        }
    }

    private static final int NO_GLOBAL = -1;

    private final byte[] in;
    private final Module m;
    private final Options o;
    private final int importedFuncs;
    private final int yieldFunc;
    private final int budgetGlobal;
    private final int yieldType;
    private final Result result = new Result();
    private final InstructionReader ir;
    private final WasmReader reader;
    private long memoryPagesTotal;
    private long tableElementsTotal;
    /** Defined functions (by index in the function index space) that host code or an indirect call may reach. */
    private final boolean[] escaping;
    /** Defined functions (by body index) with a loop; set by {@link #entryTicks}. */
    private boolean[] hasLoop;

    private NativeRewriter(byte[] in, Module m, Options o) {
        this.in = in;
        this.m = m;
        this.o = o;
        this.importedFuncs = m.importedFuncCount;
        this.yieldFunc = o.preempt ? m.importedFuncCount : -1;
        this.budgetGlobal = o.preempt ? m.globals.length : NO_GLOBAL;
        this.yieldType = m.types.length;
        this.reader = new WasmReader(in, 0, in.length);
        this.ir = new InstructionReader(reader);
        ir.webAssembly2 = m.webAssembly2;
        escaping = new boolean[m.functionCount()];
        for (Export e : m.exports) {
            if (e.kind == ExternKind.FUNC) {
                escaping[e.index] = true;
            }
        }
        if (m.startFunction >= 0) {
            escaping[m.startFunction] = true;
        }
    }

    /**
     * Rewrites a module. Throws {@link CompileException} when the engine cannot decode it, {@link LimitException}
     * when a declaration exceeds a limit, and IllegalArgumentException when it already uses the names this adds.
     */
    static Result rewrite(byte[] bytes, Options o) {
        Module m = Decoder.decode(bytes);
        if (o.preempt) {
            for (Import imp : m.imports) {
                if (imp.module.equals(IMPORT_MODULE)) {
                    throw new IllegalArgumentException("the module already imports from \"" + IMPORT_MODULE + "\"");
                }
            }
            for (Export e : m.exports) {
                if (e.name.equals(START_EXPORT)) {
                    throw new IllegalArgumentException("the module already exports \"" + START_EXPORT + "\"");
                }
            }
        }
        NativeRewriter r = new NativeRewriter(bytes, m, o);
        r.result.bytes = r.module();
        return r.result;
    }

    private int remap(int func) {
        return o.preempt && Integer.compareUnsigned(func, importedFuncs) >= 0 ? func + 1 : func;
    }

    // ---- sections

    private static int rank(int id) {
        // the required section order; the tag section (13) sits between memory and global
        return id == 13 ? 6 : id == 12 ? 11 : id >= 6 && id <= 11 ? (id == 10 ? 12 : id == 11 ? 13 : id + 1) : id;
    }

    private byte[] module() {
        ByteSink out = new ByteSink(in.length + in.length / 8 + 64);
        out.bytes(in, 0, 8);
        boolean[] seen = new boolean[14];
        WasmReader r = new WasmReader(in, 8, in.length);
        while (r.hasMore()) {
            int id = r.u8();
            int size = r.u32();
            int start = r.pos();
            int end = start + size;
            if (id != 0) {
                addMissingBefore(out, seen, rank(id));
                seen[id] = true;
            }
            ByteSink payload = section(id, start, end);
            if (payload != null) {
                out.u8(id);
                out.u32(payload.size());
                out.bytes(payload.array(), 0, payload.size());
            }
            r.setPos(end);
        }
        addMissingBefore(out, seen, 99);
        return out.toArray();
    }

    /** Sections this rewrite needs that the module lacks, added where the order puts them. */
    private void addMissingBefore(ByteSink out, boolean[] seen, int rank) {
        if (!o.preempt) {
            return;
        }
        int[] needed = {1, 2, 6, 7};
        for (int id : needed) {
            if (!seen[id] && rank(id) < rank && (id != 7 || m.startFunction >= 0)) {
                seen[id] = true;
                ByteSink s = new ByteSink(32);
                s.u32(0);
                ByteSink payload = added(id, s, 0);
                out.u8(id);
                out.u32(payload.size());
                out.bytes(payload.array(), 0, payload.size());
            }
        }
    }

    /** The new payload of a section, or null to drop it. */
    private ByteSink section(int id, int start, int end) {
        reader.setEnd(in.length);
        reader.setPos(start);
        reader.setEnd(end);
        switch (id) {
            case 0:
                return custom(start, end);
            case 1:
            case 2:
                return o.preempt ? appended(id, start, end) : copy(start, end);
            case 4:
                return tables(start, end);
            case 5:
                return memories(start, end);
            case 6:
                return o.preempt ? globals(start, end) : copy(start, end);
            case 7:
                return o.preempt ? exports(start, end) : copy(start, end);
            case 8:
                if (o.preempt) {
                    result.startExported = true;
                    return null;
                }
                return copy(start, end);
            case 9:
                return o.preempt ? elements(start, end) : copy(start, end);
            case 10:
                return o.preempt ? code(start, end) : copy(start, end);
            default:
                return copy(start, end);
        }
    }

    private ByteSink copy(int start, int end) {
        ByteSink s = new ByteSink(end - start);
        s.bytes(in, start, end - start);
        return s;
    }

    /** Type and import sections: the entries as they are, then the added one. */
    private ByteSink appended(int id, int start, int end) {
        int n = reader.u32();
        ByteSink s = new ByteSink(end - start + 32);
        s.u32(n + 1);
        s.bytes(in, reader.pos(), end - reader.pos());
        return added(id, s, n);
    }

    /** Appends this rewrite's entry of section id to s (whose count already includes it). */
    private ByteSink added(int id, ByteSink s, int existing) {
        switch (id) {
            case 1: // type [] -> [i32]
                s.u8(0x60);
                s.u8(0);
                s.u8(1);
                s.u8(0x7F);
                break;
            case 2:
                s.name(IMPORT_MODULE);
                s.name(IMPORT_NAME);
                s.u8(0);
                s.u32(yieldType);
                break;
            case 6: // (global (mut i32) (i32.const budget))
                s.u8(0x7F);
                s.u8(1);
                s.u8(0x41);
                s.s32(Math.max(1, o.initialBudget));
                s.u8(0x0B);
                break;
            default: // export the start function
                s.name(START_EXPORT);
                s.u8(ExternKind.FUNC);
                s.u32(remap(m.startFunction));
                break;
        }
        if (existing == 0) {
            // a section this rewrite created: its count is 1
            byte[] a = s.toArray();
            ByteSink fresh = new ByteSink(a.length);
            fresh.u32(1);
            fresh.bytes(a, 1, a.length - 1);
            return fresh;
        }
        return s;
    }

    private ByteSink globals(int start, int end) {
        int n = reader.u32();
        ByteSink s = new ByteSink(end - start + 16);
        s.u32(n + 1);
        for (int i = 0; i < n; i++) {
            int t = reader.pos();
            InstructionReader.valType(reader);
            reader.u8(); // mutability
            s.bytes(in, t, reader.pos() - t);
            constExpr(s);
        }
        return added(6, s, n);
    }

    private ByteSink exports(int start, int end) {
        int n = reader.u32();
        ByteSink s = new ByteSink(end - start + 24);
        boolean addStart = m.startFunction >= 0;
        s.u32(n + (addStart ? 1 : 0));
        for (int i = 0; i < n; i++) {
            int p = reader.pos();
            reader.name();
            s.bytes(in, p, reader.pos() - p);
            int kind = reader.u8();
            int index = reader.u32();
            s.u8(kind);
            s.u32(kind == ExternKind.FUNC ? remap(index) : index);
        }
        if (addStart) {
            s.name(START_EXPORT);
            s.u8(ExternKind.FUNC);
            s.u32(remap(m.startFunction));
        }
        return s;
    }

    private ByteSink elements(int start, int end) {
        int n = reader.u32();
        ByteSink s = new ByteSink(end - start + 16);
        s.u32(n);
        for (int i = 0; i < n; i++) {
            int flags = reader.u32();
            if (flags < 0 || flags > 7) {
                throw new CompileException("malformed element segment flags " + flags, reader.pos());
            }
            s.u32(flags);
            if ((flags & 2) != 0 && (flags & 1) == 0) {
                s.u32(reader.u32()); // table index
            }
            if ((flags & 1) == 0) {
                constExpr(s); // offset
            }
            if ((flags & 3) != 0) {
                int p = reader.pos();
                if ((flags & 4) == 0) {
                    reader.u8(); // elemkind
                } else {
                    InstructionReader.refType(reader);
                }
                s.bytes(in, p, reader.pos() - p);
            }
            int items = reader.u32();
            s.u32(items);
            for (int k = 0; k < items; k++) {
                if ((flags & 4) == 0) {
                    int f = reader.u32();
                    escape(f);
                    s.u32(remap(f));
                } else {
                    constExpr(s);
                }
            }
        }
        return s;
    }

    /** Copies a constant expression up to and including its end, renumbering ref.func. */
    private void constExpr(ByteSink s) {
        while (true) {
            ir.read();
            if (ir.opcode == Opcodes.REF_FUNC) {
                escape(ir.index);
                s.u8(Opcodes.REF_FUNC);
                s.u32(remap(ir.index));
            } else {
                s.bytes(in, ir.start, reader.pos() - ir.start);
            }
            if (ir.opcode == Opcodes.END) {
                return;
            }
        }
    }

    // ---- limits

    /** Skips a LEB128 number of any width and returns it (u64 values above 2^63 read as Long.MAX_VALUE). */
    private long leb() {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = reader.u8();
            if (shift < 63) {
                v |= (long) (b & 0x7F) << shift;
            } else if ((b & 0x7F) != 0) {
                v = Long.MAX_VALUE;
            }
            if ((b & 0x80) == 0) {
                return v;
            }
            if (shift > 63) {
                throw new CompileException("integer representation too long", reader.pos() - 1);
            }
        }
    }

    private ByteSink tables(int start, int end) {
        if (o.maxTableElements < 0 && !o.preempt) {
            return copy(start, end);
        }
        int n = reader.u32();
        ByteSink s = new ByteSink(end - start + 16);
        s.u32(n);
        for (int i = 0; i < n; i++) {
            boolean withInit = reader.peek() == 0x40;
            if (withInit) {
                reader.u8();
                reader.u8();
                s.u8(0x40);
                s.u8(0);
            }
            int p = reader.pos();
            InstructionReader.refType(reader);
            s.bytes(in, p, reader.pos() - p);
            limits(s, "table " + (m.importedTableCount + i), o.maxTableElements, "limits.maxTableElements", "elements");
            if (withInit) {
                constExpr(s);
            }
        }
        return s;
    }

    private ByteSink memories(int start, int end) {
        if (o.maxMemoryPages < 0) {
            return copy(start, end);
        }
        int n = reader.u32();
        ByteSink s = new ByteSink(end - start + 16);
        s.u32(n);
        for (int i = 0; i < n; i++) {
            limits(s, "memory " + (m.importedMemoryCount + i), o.maxMemoryPages, "limits.maxMemory", "pages");
        }
        return s;
    }

    /** Copies limits, lowering the maximum to limit (when set) and refusing a minimum above it. */
    private void limits(ByteSink s, String what, long limit, String option, String unit) {
        int at = reader.pos();
        int flags = reader.u8();
        if ((flags & ~0x07) != 0) {
            throw new CompileException("limits flags 0x" + Integer.toHexString(flags) + " of " + what, at);
        }
        long min = leb();
        boolean hasMax = (flags & 1) != 0;
        long max = hasMax ? leb() : -1;
        if (limit < 0) {
            s.bytes(in, at, reader.pos() - at);
            return;
        }
        boolean isTable = unit.equals("elements");
        long total = (isTable ? tableElementsTotal : memoryPagesTotal) + min;
        if (min > limit || total > limit) {
            throw new LimitException(what + " declares a minimum of " + min + " " + unit
                    + (min > limit ? "" : " (" + total + " with the others before it)") + ", above " + option + " ("
                    + limit + " " + unit + ")");
        }
        if (isTable) {
            tableElementsTotal = total;
        } else {
            memoryPagesTotal = total;
        }
        s.u8(flags | 1);
        s.u64(min);
        s.u64(hasMax ? Math.min(max, limit) : limit);
    }

    // ---- code

    private void escape(int func) {
        if (func >= 0 && func < escaping.length) {
            escaping[func] = true;
        }
    }

    /** call_ref and return_call_ref (typed function references): indirect calls. */
    private static final int CALL_REF = 0x14;

    private static final int RETURN_CALL_REF = 0x15;

    /** Code bytes a run may go through between two ticks before a function's entry gets a tick of its own. */
    static final int MAX_UNTICKED_BYTES = 4096;

    /**
     * The defined functions whose entry needs a tick. A run that iterates no loop can only go on for long by calling:
     * along a cycle of the call graph (recursion), or down a call tree that fans out (f calls g twice, g calls h
     * twice, ...). So: every function on a cycle, where a call to an import (host code may call back) and an
     * indirect call (call_indirect, call_ref, ...) are edges to every escaping function (exported, in an element
     * segment, or named by ref.func); and, callees first, every function whose code plus that of the unticked
     * functions it calls (per call site) exceeds {@link #MAX_UNTICKED_BYTES}. Strongly connected components by
     * Tarjan's algorithm, iteratively (a module may have millions of functions); it completes callees first.
     */
    private boolean[] entryTicks(int n) {
        int host = n; // a node for every import
        int any = n + 1; // a node for "every escaping function"
        int nodes = n + 2;
        IntList from = new IntList();
        IntList to = new IntList();
        hasLoop = new boolean[n];
        for (int i = 0; i < n; i++) {
            int slot = i * Module.BODY_INTS;
            reader.setEnd(in.length);
            reader.setPos(m.bodyTable[slot + 1]);
            reader.setEnd(m.bodyTable[slot + 2]);
            while (reader.hasMore()) {
                ir.read();
                int op = ir.opcode;
                if (op == Opcodes.LOOP) {
                    hasLoop[i] = true;
                } else if (op == Opcodes.CALL || op == Opcodes.RETURN_CALL) {
                    if (ir.index >= importedFuncs || o.importsMayReenter) {
                        from.add(i);
                        to.add(ir.index < importedFuncs ? host : ir.index - importedFuncs);
                    }
                } else if (op == Opcodes.REF_FUNC) {
                    escape(ir.index);
                } else if (op == Opcodes.CALL_INDIRECT
                        || op == Opcodes.RETURN_CALL_INDIRECT
                        || op == CALL_REF
                        || op == RETURN_CALL_REF) {
                    from.add(i);
                    to.add(any);
                }
            }
        }
        if (o.importsMayReenter) {
            from.add(host);
            to.add(any);
        }
        for (int f = importedFuncs; f < escaping.length; f++) {
            if (escaping[f]) {
                from.add(any);
                to.add(f - importedFuncs);
            }
        }
        // adjacency in compressed rows
        int[] start = new int[nodes + 1];
        for (int e = 0; e < from.size; e++) {
            start[from.a[e] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            start[v + 1] += start[v];
        }
        int[] adj = new int[from.size];
        int[] fill = java.util.Arrays.copyOf(start, nodes);
        boolean[] selfLoop = new boolean[nodes];
        for (int e = 0; e < from.size; e++) {
            adj[fill[from.a[e]]++] = to.a[e];
            if (from.a[e] == to.a[e]) {
                selfLoop[from.a[e]] = true;
            }
        }
        int[] index = new int[nodes];
        java.util.Arrays.fill(index, -1);
        int[] low = new int[nodes];
        boolean[] onStack = new boolean[nodes];
        int[] stack = new int[nodes];
        int sp = 0;
        int[] callV = new int[nodes];
        int[] callEdge = new int[nodes];
        int next = 0;
        boolean[] recursive = new boolean[n];
        // code bytes from entering a node until the next tick, at most; capped
        int[] work = new int[nodes];
        for (int root = 0; root < nodes; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callV[0] = root;
            callEdge[0] = start[root];
            index[root] = low[root] = next++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callV[depth];
                if (callEdge[depth] < start[v + 1]) {
                    int w = adj[callEdge[depth]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callV[depth] = w;
                        callEdge[depth] = start[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int size = 0;
                    int top = sp;
                    do {
                        onStack[stack[--sp]] = false;
                        size++;
                    } while (stack[sp] != v);
                    if (size > 1 || selfLoop[v]) {
                        for (int k = sp; k < top; k++) {
                            if (stack[k] < n) {
                                recursive[stack[k]] = true;
                            }
                        }
                    } else if (v != host) {
                        long w = 0;
                        for (int e = start[v]; e < start[v + 1]; e++) {
                            int c = adj[e];
                            boolean ticked = c < n && recursive[c];
                            w = v == any ? Math.max(w, ticked ? 0 : work[c]) : w + (ticked ? 0 : work[c]);
                        }
                        if (v < n) {
                            int slot = v * Module.BODY_INTS;
                            w += m.bodyTable[slot + 2] - m.bodyTable[slot + 1];
                            if (w > MAX_UNTICKED_BYTES) {
                                recursive[v] = true;
                                w = 0;
                            }
                        }
                        work[v] = (int) Math.min(w, Integer.MAX_VALUE);
                    }
                }
                depth--;
                if (depth >= 0) {
                    int parent = callV[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return recursive;
    }

    /** A growable int array. */
    private static final class IntList {
        int[] a = new int[64];
        int size;

        void add(int v) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }
    }

    private ByteSink code(int start, int end) {
        int n = reader.u32();
        ByteSink s = new ByteSink(end - start + (end - start) / 8 + 16);
        s.u32(n);
        byte[] tick = tick();
        boolean[] recursive = entryTicks(n);
        ByteSink body = new ByteSink(256);
        for (int i = 0; i < n; i++) {
            int slot = i * Module.BODY_INTS;
            int localsStart = m.bodyTable[slot];
            int codeStart = m.bodyTable[slot + 1];
            int codeEnd = m.bodyTable[slot + 2];
            body.reset();
            byte[] loopTick = tick;
            FuncType type = m.funcType(importedFuncs + i);
            int local = type.paramCount() + m.bodyTable[slot + 3];
            if (!o.exactCount && hasLoop[i] && local < Decoder.MAX_LOCALS - 1) {
                // one more local (an i32 after the declared ones) holds this activation's count-down
                reader.setEnd(in.length);
                reader.setPos(localsStart);
                int groups = reader.u32();
                body.u32(groups + 1);
                body.bytes(in, reader.pos(), codeStart - reader.pos());
                body.u8(1);
                body.u8(0x7F);
                if (recursive[i]) {
                    body.bytes(tick, 0, tick.length);
                }
                body.u8(0x23); // global.get
                body.u32(budgetGlobal);
                body.u8(0x21); // local.set
                body.u32(local);
                loopTick = localTick(local);
            } else {
                body.bytes(in, localsStart, codeStart - localsStart);
                if (recursive[i]) {
                    body.bytes(tick, 0, tick.length);
                }
            }
            reader.setEnd(in.length);
            reader.setPos(codeStart);
            reader.setEnd(codeEnd);
            while (reader.hasMore()) {
                ir.read();
                switch (ir.opcode) {
                    case Opcodes.CALL:
                    case Opcodes.RETURN_CALL:
                    case Opcodes.REF_FUNC:
                        body.u8(ir.opcode);
                        body.u32(remap(ir.index));
                        break;
                    case Opcodes.LOOP:
                        body.bytes(in, ir.start, reader.pos() - ir.start);
                        body.bytes(loopTick, 0, loopTick.length);
                        break;
                    default:
                        body.bytes(in, ir.start, reader.pos() - ir.start);
                }
            }
            s.u32(body.size());
            s.bytes(body.array(), 0, body.size());
        }
        return s;
    }

    /**
     * The count-down at a function entry or loop header: {@code if (budget == 0) budget = yield(); budget--}. It
     * leaves the operand stack as it was, and its one block wraps no original instruction, so no label depth moves.
     */
    private byte[] tick() {
        ByteSink t = new ByteSink(24);
        t.u8(0x23); // global.get
        t.u32(budgetGlobal);
        t.u8(0x45); // i32.eqz
        t.u8(0x04); // if
        t.u8(0x40); // []
        t.u8(Opcodes.CALL);
        t.u32(yieldFunc);
        t.u8(0x24); // global.set
        t.u32(budgetGlobal);
        t.u8(Opcodes.END);
        t.u8(0x23);
        t.u32(budgetGlobal);
        t.u8(0x41); // i32.const 1
        t.u8(1);
        t.u8(0x6B); // i32.sub
        t.u8(0x24);
        t.u32(budgetGlobal);
        return t.toArray();
    }

    /** The count-down of a loop header on a local: {@code if (l == 0) l = yield(); l--}. */
    private byte[] localTick(int local) {
        ByteSink t = new ByteSink(24);
        t.u8(0x20); // local.get
        t.u32(local);
        t.u8(0x45); // i32.eqz
        t.u8(0x04); // if
        t.u8(0x40); // []
        t.u8(Opcodes.CALL);
        t.u32(yieldFunc);
        t.u8(0x21); // local.set
        t.u32(local);
        t.u8(Opcodes.END);
        t.u8(0x20);
        t.u32(local);
        t.u8(0x41); // i32.const 1
        t.u8(1);
        t.u8(0x6B); // i32.sub
        t.u8(0x21);
        t.u32(local);
        return t.toArray();
    }

    // ---- custom sections

    private ByteSink custom(int start, int end) {
        String name = reader.name();
        if ((name.startsWith(".debug_")
                || name.equals("sourceMappingURL")
                || name.equals("external_debug_info")
                || name.startsWith("metadata.code."))) {
            // offsets into the code section: wrong after the rewrite
            result.dropped = result.dropped.isEmpty() ? name : result.dropped + ", " + name;
            return null;
        }
        if (o.preempt && name.equals("name")) {
            try {
                return names(start, end);
            } catch (CompileException e) {
                result.dropped = result.dropped.isEmpty() ? "name" : result.dropped + ", name";
                return null;
            }
        }
        return copy(start, end);
    }

    /** The name section with function indices renumbered (subsections 1 functions, 2 locals, 3 labels). */
    private ByteSink names(int start, int end) {
        ByteSink s = new ByteSink(end - start + 16);
        int p = reader.pos();
        s.bytes(in, start, p - start); // the section's own name
        while (reader.hasMore()) {
            int id = reader.u8();
            int size = reader.u32();
            int subEnd = reader.pos() + size;
            if (size < 0 || subEnd > end) {
                throw new CompileException("malformed name subsection", reader.pos());
            }
            ByteSink sub = new ByteSink(size + 8);
            if (id >= 1 && id <= 3) {
                int count = reader.u32();
                sub.u32(count);
                for (int i = 0; i < count; i++) {
                    sub.u32(remap(reader.u32()));
                    int q = reader.pos();
                    if (id == 1) {
                        reader.name();
                    } else {
                        int inner = reader.u32();
                        for (int k = 0; k < inner; k++) {
                            reader.u32();
                            reader.name();
                        }
                    }
                    sub.bytes(in, q, reader.pos() - q);
                }
                if (reader.pos() != subEnd) {
                    throw new CompileException("malformed name subsection", reader.pos());
                }
            } else {
                sub.bytes(in, reader.pos(), size);
            }
            reader.setPos(subEnd);
            s.u8(id);
            s.u32(sub.size());
            s.bytes(sub.array(), 0, sub.size());
        }
        return s;
    }

    /** A growable byte buffer with the binary format's encodings. */
    static final class ByteSink {
        private byte[] a;
        private int n;

        ByteSink(int capacity) {
            a = new byte[Math.max(16, capacity)];
        }

        private void room(int k) {
            if (n + k > a.length) {
                byte[] b = new byte[Math.max(a.length * 2, n + k)];
                System.arraycopy(a, 0, b, 0, n);
                a = b;
            }
        }

        void reset() {
            n = 0;
        }

        int size() {
            return n;
        }

        byte[] array() {
            return a;
        }

        byte[] toArray() {
            byte[] b = new byte[n];
            System.arraycopy(a, 0, b, 0, n);
            return b;
        }

        void u8(int b) {
            room(1);
            a[n++] = (byte) b;
        }

        void bytes(byte[] src, int off, int len) {
            room(len);
            System.arraycopy(src, off, a, n, len);
            n += len;
        }

        void u32(int v) {
            u64(v & 0xFFFFFFFFL);
        }

        void u64(long v) {
            do {
                int b = (int) (v & 0x7F);
                v >>>= 7;
                u8(v != 0 ? b | 0x80 : b);
            } while (v != 0);
        }

        void s32(int v) {
            while (true) {
                int b = v & 0x7F;
                v >>= 7;
                if ((v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0)) {
                    u8(b);
                    return;
                }
                u8(b | 0x80);
            }
        }

        void name(String s) {
            // only the ASCII names of this rewrite
            u32(s.length());
            for (int i = 0; i < s.length(); i++) {
                u8(s.charAt(i));
            }
        }
    }
}
