package dev.teawasi.engine.internal.exec;

import static dev.teawasi.engine.internal.platform.CurrentPlatform.PLATFORM;

import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.platform.LongConstants;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.FunctionRef;
import dev.teawasi.engine.internal.store.Global;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.engine.internal.store.Tag;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;
import dev.teawasi.engine.internal.store.Value;
import dev.teawasi.engine.internal.store.WasmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The interpreter: one dispatch loop over the translated code with an explicit value stack and explicit call
 * frames, so wasm calls never recurse in Java. Values live in four parallel slot arrays indexed by the same frame
 * slot: int (i32, and f32 as raw bits), long (i64), double (f64) and Object (references). A frame is
 * [params, locals, operand slots]; a call's arguments are the top operand slots of the caller, which become the
 * callee's first slots, and its results come back in the same place, so calls copy nothing.
 * One Machine runs one call from the host (it may pause for fuel or a suspending host function and continue).
 */
public final class Machine {
    public static final int DONE = 0;
    public static final int OUT_OF_FUEL = 1;
    public static final int SUSPENDED = 2;
    /** loop's answer when the frame changed outside it (tail call, caught exception): run enters it again. */
    private static final int RESTART = 3;

    /**
     * Per thread: [0] interpreter loops currently on this thread's Java stack (host -> wasm re-entry), bounded so
     * Java's stack is safe; [1] wasm frames held by the machines below this one that are inside a host call, so a
     * re-entering call counts against the same call depth limit. Per thread: a plain static counter would lose
     * updates when JVM threads run instances in parallel.
     */
    private static final ThreadLocal<int[]> ACTIVE_LOOPS = new ThreadLocal<int[]>() {
        @Override
        protected int[] initialValue() {
            return new int[2];
        }
    };

    private static final int MAX_NESTED_LOOPS = 200;

    private static final int SLICE = 20000;
    /** rare's answers besides a next pc: it moved to another frame (fn, pc, fp), or a host call suspended. */
    private static final int RARE_SWITCHED = -1;

    private static final int RARE_SUSPENDED = -2;
    private static final Memory NO_MEMORY = new Memory(0, 0);

    int[] si;
    long[] sl;
    double[] sd;
    Object[] sr;
    /** v128 slots: slot s is sv[4s..4s+3]; allocated when a v128 is first used (see vslots). */
    int[] sv;
    /** Scratch for SIMD results (the destination may be an operand). */
    final int[] simdScratch;

    // allocated by the public constructor, taken over by reusing()
    private WasmFunction[] frFn;
    private int[] frPc;
    private int[] frFp;
    private int depth;
    /** config.maxCallDepth less the frames of the calls this run re-enters from (set by each run). */
    private int depthLimit;
    /** This thread's ACTIVE_LOOPS counters while running. */
    private int[] active;
    /** Fuel the loop had left when it returned DONE or SUSPENDED. */
    private int sliceFuelLeft;
    /** Fuel the last {@link #run} used (all of it when it returned OUT_OF_FUEL). */
    private int fuelUsed;

    /** Where the run continues (saved when it pauses or calls the host). */
    private WasmFunction fn;

    private int pc;
    private int fp;

    private final EngineConfig config;
    private final HostCall hostCall;
    private final FunctionRef entry;
    private boolean started;
    private boolean finished;
    private boolean broken;

    /** Set while suspended in a host call: where to go on when results are supplied. */
    private HostFunctionRef suspendedHost;

    private int suspendedBase;
    private int suspendedNextPc;

    public Machine(FunctionRef entry, Value[] args, EngineConfig config) {
        this.config = config;
        this.entry = entry;
        this.hostCall = new HostCall();
        FuncType type = entry.type();
        if (args.length != type.paramCount()) {
            throw new IllegalArgumentException("expected " + type.paramCount() + " arguments, got " + args.length);
        }
        // grows on demand; small because every invoke from the host starts a fresh Machine
        int cap = Math.max(256, type.paramCount() + type.resultCount() + 16);
        si = new int[cap];
        sl = new long[cap];
        sd = new double[cap];
        sr = new Object[cap];
        sv = new int[0];
        simdScratch = new int[4];
        frFn = new WasmFunction[16];
        frPc = new int[16];
        frFp = new int[16];
        for (int i = 0; i < args.length; i++) {
            Value v = args[i];
            if (v == null || v.type != type.param(i)) {
                throw new IllegalArgumentException("argument " + i + " must be " + ValType.name(type.param(i)));
            }
            String wrong = typedReferenceMismatch(entry, type.preciseParam(i), v.ref);
            if (wrong != null) {
                throw new IllegalArgumentException("argument " + i + " " + wrong);
            }
            storeValue(i, v);
        }
    }

    /** The function this machine calls. */
    public FunctionRef entry() {
        return entry;
    }

    /**
     * Why a reference does not fit a parameter of a typed reference type (a null for a non-nullable one, a function
     * of another type for a (ref $t)), or null when it fits. The entry's own module resolves type indices.
     */
    public static String typedReferenceMismatch(FunctionRef entry, int precise, Object ref) {
        if (!ValType.isRefType(precise)) {
            return null;
        }
        if (ref == null) {
            return ValType.nullable(precise) ? null : "must be " + ValType.name(precise) + ", not null";
        }
        int x = ValType.typeIndex(precise);
        if (x < 0 || !(entry instanceof WasmFunction)) {
            return null;
        }
        FuncType want = ((WasmFunction) entry).instance.module.types[x];
        if (!(ref instanceof FunctionRef) || !((FunctionRef) ref).type().isSubtypeOf(want)) {
            return "must be a function of type " + want;
        }
        return null;
    }

    /**
     * A call that takes over the slot and frame arrays of an earlier call that has ended (finished or thrown, never
     * one suspended or still running), so a host that calls small functions often allocates nothing per call. The
     * caller stores the arguments with {@link #setSlotI} etc. at slots 0 to n-1; results are at the same slots.
     * Returns a fresh machine instead when the earlier one's arrays are too small for the signature.
     */
    public static Machine reusing(Machine ended, FunctionRef entry, EngineConfig config) {
        FuncType type = entry.type();
        if (ended == null || ended.si.length < type.paramCount() + type.resultCount() + 16) {
            Value[] zeros = new Value[type.paramCount()];
            for (int i = 0; i < zeros.length; i++) {
                byte t = type.param(i);
                zeros[i] = t == ValType.I32
                        ? Value.i32(0)
                        : t == ValType.I64
                                ? Value.i64(0)
                                : t == ValType.F32
                                        ? Value.f32Bits(0)
                                        : t == ValType.F64 ? Value.f64Bits(0) : Value.ref(t, null);
            }
            return new Machine(entry, zeros, config);
        }
        return new Machine(entry, config, ended);
    }

    private Machine(FunctionRef entry, EngineConfig config, Machine ended) {
        this.config = config;
        this.entry = entry;
        this.hostCall = ended.hostCall;
        si = ended.si;
        sl = ended.sl;
        sd = ended.sd;
        sr = ended.sr;
        sv = ended.sv; // no allocation at all per call: in JS every typed array is costly (~15% of a tiny call)
        simdScratch = ended.simdScratch;
        frFn = ended.frFn;
        frPc = ended.frPc;
        frFp = ended.frFp;
    }

    private void storeValue(int slot, Value v) {
        switch (v.type) {
            case ValType.I32:
            case ValType.F32:
                si[slot] = (int) v.bits;
                break;
            case ValType.I64:
                sl[slot] = v.bits;
                break;
            case ValType.F64:
                sd[slot] = Double.longBitsToDouble(v.bits);
                break;
            case ValType.V128:
                System.arraycopy((int[]) v.ref, 0, vslots(), 4 * slot, 4);
                break;
            default:
                sr[slot] = v.ref;
        }
    }

    private Value loadValue(int slot, byte type) {
        switch (type) {
            case ValType.I32:
                return Value.i32(si[slot]);
            case ValType.F32:
                return Value.f32Bits(si[slot]);
            case ValType.I64:
                return Value.i64(sl[slot]);
            case ValType.F64:
                return Value.f64Bits(Double.doubleToRawLongBits(sd[slot]));
            case ValType.V128: {
                int[] v = vslots();
                return Value.v128(new int[] {v[4 * slot], v[4 * slot + 1], v[4 * slot + 2], v[4 * slot + 3]});
            }
            default:
                return Value.ref(type, sr[slot]);
        }
    }

    public boolean finished() {
        return finished;
    }

    public boolean suspended() {
        return suspendedHost != null;
    }

    /** The fuel (taken branches and calls) the last {@link #run} used. */
    public int fuelUsed() {
        return fuelUsed;
    }

    /** The type of the host function this call is suspended in, or null. */
    public FuncType suspendedType() {
        return suspendedHost == null ? null : suspendedHost.type;
    }

    /** A trap of this kind with the current wasm stack (e.g. when the embedder ends a paused call). */
    public Trap trapHere(TrapKind kind) {
        broken = true;
        return withStack(new Trap(kind, null, null), fn, pc);
    }

    /** The results, once finished. */
    public Value[] results() {
        if (!finished) {
            throw new IllegalStateException("the call has not finished");
        }
        FuncType t = entry.type();
        Value[] out = new Value[t.resultCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = loadValue(i, t.result(i));
        }
        return out;
    }

    /** After SUSPENDED: the next run calls the host function again. */
    public void resume() {
        if (suspendedHost == null) {
            throw new IllegalStateException("not suspended");
        }
        suspendedHost = null;
        // pc still points at the call instruction; a suspended entry host function is simply called again
    }

    /** After SUSPENDED: the host function's results, as if it had returned them. */
    public void resumeWith(Value[] results) {
        if (suspendedHost == null) {
            throw new IllegalStateException("not suspended");
        }
        FuncType t = suspendedHost.type;
        if (results.length != t.resultCount()) {
            throw new IllegalArgumentException("expected " + t.resultCount() + " results, got " + results.length);
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null || results[i].type != t.result(i)) {
                throw new IllegalArgumentException("result " + i + " must be " + ValType.name(t.result(i)));
            }
            storeValue(suspendedBase + i, results[i]);
        }
        suspendedHost = null;
        if (fn == null) {
            finished = true; // the entry itself was the host function
        } else {
            pc = suspendedNextPc;
        }
    }

    /** Runs until done, out of fuel (about fuel branches and calls), or suspended. Throws Trap or host exceptions. */
    public int run(int fuel) {
        if (finished) {
            return DONE;
        }
        if (broken) {
            throw new IllegalStateException("this call already ended with an exception");
        }
        if (suspendedHost != null) {
            throw new IllegalStateException("suspended: call resume() or resumeWith() first");
        }
        int[] active = ACTIVE_LOOPS.get();
        if (active[0] >= MAX_NESTED_LOOPS || active[1] >= config.maxCallDepth) {
            throw new Trap(TrapKind.CALL_STACK_EXHAUSTED, "too many nested host calls into wasm", null);
        }
        this.active = active;
        depthLimit = config.maxCallDepth - active[1];
        active[0]++;
        try {
            fuelUsed = 0;
            if (!started) {
                started = true;
                if (entry instanceof HostFunctionRef) {
                    return callEntryHost();
                }
                WasmFunction w = (WasmFunction) entry;
                w.ensureTranslated();
                ensureSlots(w.frameSize);
                zeroLocals(w, 0);
                fn = w;
                pc = 0;
                fp = 0;
            } else if (fn == null) {
                return callEntryHost();
            }
            // The loop returns every SLICE taken branches/calls even with fuel left: HotSpot then runs its normal
            // compiled version on re-entry. Without this, one long call stays in an on-stack-replacement compile
            // of the loop, measured 5-10x slower (crc32 3: 6.2 s cold vs 0.6 s warm in one process).
            int left = fuel;
            while (true) {
                int slice = left < SLICE ? left : SLICE;
                int r = loop(slice);
                if (r == RESTART) { // the loop reloads fn, pc and fp on entry; the switch costs one fuel
                    left -= slice - sliceFuelLeft + 1;
                    if (left <= 0) {
                        fuelUsed = fuel;
                        return OUT_OF_FUEL;
                    }
                    continue;
                }
                if (r == DONE) {
                    finished = true;
                }
                if (r != OUT_OF_FUEL) {
                    fuelUsed = fuel - left + Math.max(0, slice - sliceFuelLeft);
                    return r;
                }
                left -= slice;
                if (left <= 0) {
                    fuelUsed = fuel;
                    return OUT_OF_FUEL;
                }
            }
        } catch (Trap t) {
            broken = true;
            throw withStack(t, fn, t.position());
        } catch (RuntimeException | Error e) {
            broken = true;
            throw e;
        } finally {
            active[0]--;
        }
    }

    private int callEntryHost() {
        HostFunctionRef h = (HostFunctionRef) entry;
        hostCall.bind(this, 0, h.type, null);
        callHostFunction(h);
        if (hostCall.takeSuspend()) {
            suspendedHost = h;
            suspendedBase = 0;
            return SUSPENDED;
        }
        hostCall.copyResults(0);
        finished = true;
        return DONE;
    }

    /**
     * Zeroes the declared locals. Every slot of the range is cleared in each array that holds one of them: a local
     * lives in one array only, so clearing the same slot in another array touches nothing live, and a few plain
     * loops are cheaper than a type switch per local (that switch was ~19% of a call-heavy program, fib).
     */
    private void zeroLocals(WasmFunction w, int base) {
        int from = base + w.paramCount;
        int to = base + w.localTypes.length;
        int m = w.zeroArrays;
        if ((m & WasmFunction.ZERO_INT) != 0) {
            int[] a = si;
            for (int i = from; i < to; i++) {
                a[i] = 0;
            }
        }
        if ((m & ~WasmFunction.ZERO_INT) != 0) {
            zeroWideLocals(m, from, to);
        }
    }

    private void zeroWideLocals(int m, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((m & WasmFunction.ZERO_LONG) != 0) {
                sl[i] = 0;
            }
            if ((m & WasmFunction.ZERO_DOUBLE) != 0) {
                sd[i] = 0;
            }
            if ((m & WasmFunction.ZERO_REF) != 0) {
                sr[i] = null;
            }
            if ((m & WasmFunction.ZERO_V128) != 0) {
                int[] v = vslots();
                v[4 * i] = 0;
                v[4 * i + 1] = 0;
                v[4 * i + 2] = 0;
                v[4 * i + 3] = 0;
            }
        }
    }

    /** Makes the slot arrays at least need long, within the configured maximum. */
    private void ensureSlots(int need) {
        if (need <= si.length) {
            return;
        }
        if (need > config.maxStackSlots || need < 0) {
            throw new Trap(TrapKind.CALL_STACK_EXHAUSTED, null, null);
        }
        int cap = si.length * 2;
        if (cap < need) {
            cap = need;
        }
        if (cap > config.maxStackSlots) {
            cap = config.maxStackSlots;
        }
        si = Arrays.copyOf(si, cap);
        sl = Arrays.copyOf(sl, cap);
        sd = Arrays.copyOf(sd, cap);
        sr = Arrays.copyOf(sr, cap);
        if (sv.length > 0) {
            sv = Arrays.copyOf(sv, 4 * cap);
        }
    }

    /** The v128 slots, as many as the other slot arrays hold (allocated on first use). */
    int[] vslots() {
        if (sv.length < 4 * si.length) {
            sv = Arrays.copyOf(sv, 4 * si.length);
        }
        return sv;
    }

    private void pushFrame(WasmFunction caller, int returnPc, int callerFp) {
        if (depth >= depthLimit) {
            throw new Trap(TrapKind.CALL_STACK_EXHAUSTED, null, null);
        }
        if (depth == frFn.length) {
            int cap = depth * 2;
            frFn = Arrays.copyOf(frFn, cap);
            frPc = Arrays.copyOf(frPc, cap);
            frFp = Arrays.copyOf(frFp, cap);
        }
        frFn[depth] = caller;
        frPc[depth] = returnPc;
        frFp[depth] = callerFp;
        depth++;
    }

    /**
     * Calls a host function whose arguments are at slot base (this.fn and this.fp are the caller's); false when it
     * suspended the run, or threw a wasm exception that a handler of this run caught (fn, pc, fp are then the
     * handler's). A tail call's host callee has left the calling frame: its handlers do not apply.
     */
    private boolean callHost(HostFunctionRef h, int base, InstanceState caller, int callPc, int nextPc, boolean tail) {
        hostCall.bind(this, base, h.type, caller);
        try {
            callHostFunction(h);
        } catch (Trap t) {
            throw t.at(callPc); // the stack trace then points at the call
        } catch (WasmException e) { // thrown by the host, or by wasm code it called, through the host's frames
            if (tail ? unwindFromCaller(e) : unwind(e, fn, callPc, fp)) {
                return false;
            }
            throw e;
        }
        if (hostCall.takeSuspend()) {
            suspendedHost = h;
            suspendedBase = base;
            suspendedNextPc = nextPc;
            pc = callPc;
            return false;
        }
        hostCall.copyResults(base);
        return true;
    }

    /** Calls the host with this run's frames (and the entry's) counted against a re-entering call's depth. */
    private void callHostFunction(HostFunctionRef h) {
        int held = depth + 1;
        int[] a = active;
        a[1] += held;
        try {
            h.function.call(hostCall);
        } finally {
            a[1] -= held;
        }
    }

    /**
     * Looks for a handler of exception e from code index pc of f (frame fp) outwards through this run's frames;
     * when one matches, puts the payload (and the exnref) where its label expects them and sets fn, pc and fp to
     * its landing code. False when no frame of this run catches it (frames are popped either way).
     */
    private boolean unwind(WasmException e, WasmFunction f, int pc, int fp) {
        while (true) {
            int[] h = f.handlers;
            int limit = Integer.MAX_VALUE; // after a delegate: only the handlers at or outside its target depth
            for (int i = 0; i < h.length; i += Translator.HANDLER) {
                if (pc < h[i + Translator.H_START]
                        || pc >= h[i + Translator.H_END]
                        || h[i + Translator.H_DEPTH] > limit) {
                    continue;
                }
                int kind = h[i + Translator.H_KIND];
                if (kind == Translator.DELEGATE) {
                    limit = h[i + Translator.H_TARGET];
                    continue;
                }
                if (kind == Translator.CATCH_TAG) {
                    if (f.instance.tags[h[i + Translator.H_TAG]] != e.tag()) {
                        continue;
                    }
                    Value[] payload = e.payload();
                    int slot = fp + h[i + Translator.H_SLOT];
                    for (int j = 0; j < payload.length; j++) {
                        storeValue(slot + j, payload[j]);
                    }
                }
                if (h[i + Translator.H_EXN] >= 0) {
                    sr[fp + h[i + Translator.H_EXN]] = e;
                }
                this.fn = f;
                this.pc = h[i + Translator.H_TARGET];
                this.fp = fp;
                return true;
            }
            if (depth == 0) {
                return false;
            }
            int d = --depth;
            f = frFn[d];
            pc = frPc[d] - 1; // inside the call instruction
            fp = frFp[d];
        }
    }

    /** unwind, starting at the call that made the current frame (which is left without looking at its handlers). */
    private boolean unwindFromCaller(WasmException e) {
        if (depth == 0) {
            return false;
        }
        int d = --depth;
        return unwind(e, frFn[d], frPc[d] - 1, frFp[d]);
    }

    /** throw and throw_ref: to a handler of this run (RARE_SWITCHED), or out of run to the host. */
    private int throwException(WasmException e, int pc, int fp) {
        if (unwind(e, fn, pc, fp)) {
            return RARE_SWITCHED;
        }
        throw e;
    }

    private int pause(WasmFunction f, int atPc, int atFp) {
        fn = f;
        pc = atPc;
        fp = atFp;
        return OUT_OF_FUEL;
    }

    static Trap oob() {
        return new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS, null, null);
    }

    private Trap withStack(Trap t, WasmFunction f, int atPc) {
        if (t.wasmStackTrace() != null) {
            return t;
        }
        List<String> stack = new ArrayList<>();
        if (f != null) {
            stack.add(atPc < 0 ? f.describe() : f.describe(atPc));
        }
        for (int i = depth - 1; i >= 0; i--) {
            stack.add(frFn[i].describe(frPc[i] - 1)); // the call instruction before the return address
        }
        String msg = t.getMessage();
        String detail = msg.length() > t.kind().message.length() + 2
                ? msg.substring(t.kind().message.length() + 2)
                : null;
        return new Trap(t.kind(), detail, stack);
    }

    // ---- accessors for HostCall (engine internal) ----

    public int slotI(int s) {
        return si[s];
    }

    public long slotL(int s) {
        return sl[s];
    }

    public double slotD(int s) {
        return sd[s];
    }

    public Object slotR(int s) {
        return sr[s];
    }

    public void setSlotI(int s, int v) {
        si[s] = v;
    }

    public void setSlotL(int s, long v) {
        sl[s] = v;
    }

    public void setSlotD(int s, double v) {
        sd[s] = v;
    }

    public int[] slotV128(int s) {
        int[] v = vslots();
        return new int[] {v[4 * s], v[4 * s + 1], v[4 * s + 2], v[4 * s + 3]};
    }

    public void setSlotV128(int s, int[] words) {
        System.arraycopy(words, 0, vslots(), 4 * s, 4);
    }

    public void setSlotR(int s, Object v) {
        sr[s] = v;
    }

    // ---- the dispatch loop ----

    private int loop(int fuel) {
        WasmFunction fn = this.fn;
        int[] k = fn.code;
        int pc = this.pc;
        int fp = this.fp;
        int[] si = this.si;
        long[] sl = this.sl;
        double[] sd = this.sd;
        InstanceState inst = fn.instance;
        FunctionRef[] funcs = inst.functions;
        Global[] globals = inst.globals;
        Memory memory = inst.memory;
        byte[] mem = memory.buffer();
        for (; ; ) {
            switch (k[pc]) {
                case Dispatch.I32_ADD_C:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]] + k[pc + 3];
                    pc += 4;
                    continue;
                case Dispatch.I32_ADD:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]] + si[fp + k[pc + 3]];
                    pc += 4;
                    continue;
                case Dispatch.I32_LOAD: {
                    int ea = ea(mem, si[fp + k[pc + 2]] + k[pc + 4], k[pc + 3], 4, pc);
                    si[fp + k[pc + 1]] = le32(mem, ea);
                    pc += 5;
                    continue;
                }
                case Dispatch.I32_LOAD8_U: {
                    int ea = ea(mem, si[fp + k[pc + 2]] + k[pc + 4], k[pc + 3], 1, pc);
                    si[fp + k[pc + 1]] = mem[ea] & 0xFF;
                    pc += 5;
                    continue;
                }
                case Dispatch.MOV_I:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]];
                    pc += 3;
                    continue;
                case Dispatch.I32_STORE: {
                    int ea = ea(mem, si[fp + k[pc + 1]] + k[pc + 4], k[pc + 3], 4, pc);
                    store32(mem, ea, si[fp + k[pc + 2]]);
                    pc += 5;
                    continue;
                }
                case Dispatch.I32_MUL_C:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]] * k[pc + 3];
                    pc += 4;
                    continue;
                case Dispatch.I32_STORE8: {
                    int ea = ea(mem, si[fp + k[pc + 1]] + k[pc + 4], k[pc + 3], 1, pc);
                    mem[ea] = (byte) si[fp + k[pc + 2]];
                    pc += 5;
                    continue;
                }
                case Dispatch.CONST_L:
                    sl[fp + k[pc + 1]] = fn.longConsts[k[pc + 2]];
                    pc += 3;
                    continue;
                case Dispatch.I32_AND_C:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]] & k[pc + 3];
                    pc += 4;
                    continue;
                case Dispatch.I32_XOR:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]] ^ si[fp + k[pc + 3]];
                    pc += 4;
                    continue;
                case Dispatch.I32_SHL_C:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]] << k[pc + 3];
                    pc += 4;
                    continue;
                case Dispatch.BR_IF:
                    if (si[fp + k[pc + 1]] != 0) {
                        pc = k[pc + 2];
                        break;
                    }
                    pc += 3;
                    continue;
                case Dispatch.F64_MUL:
                    sd[fp + k[pc + 1]] = sd[fp + k[pc + 2]] * sd[fp + k[pc + 3]];
                    pc += 4;
                    continue;
                case Dispatch.I64_ADD:
                    sl[fp + k[pc + 1]] = sl[fp + k[pc + 2]] + sl[fp + k[pc + 3]];
                    pc += 4;
                    continue;
                case Dispatch.BR_LT_U_C:
                    if ((si[fp + k[pc + 1]] ^ 0x80000000) < (k[pc + 2] ^ 0x80000000)) {
                        pc = k[pc + 3];
                        break;
                    }
                    pc += 4;
                    continue;
                case Dispatch.RETURN: {
                    if (depth == 0) {
                        this.fn = fn;
                        this.pc = pc;
                        this.fp = fp;
                        this.sliceFuelLeft = fuel;
                        return DONE;
                    }
                    int d = --depth;
                    fn = frFn[d];
                    this.fn = fn;
                    pc = frPc[d];
                    fp = frFp[d];
                    k = fn.code;
                    if (fn.instance != inst) {
                        inst = fn.instance;
                        funcs = inst.functions;
                        globals = inst.globals;
                        memory = inst.memory;
                        // within one instance mem is current: grow (rare) and host calls refresh it where they run
                        mem = memory.buffer();
                    }
                    continue;
                }
                case Dispatch.CONST_I:
                    si[fp + k[pc + 1]] = k[pc + 2];
                    pc += 3;
                    continue;
                case Dispatch.F64_LOAD: {
                    int ea = ea(mem, si[fp + k[pc + 2]] + k[pc + 4], k[pc + 3], 8, pc);
                    sd[fp + k[pc + 1]] = loadF64(mem, ea);
                    pc += 5;
                    continue;
                }
                case Dispatch.I32_SHR_U_C:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]] >>> k[pc + 3];
                    pc += 4;
                    continue;
                case Dispatch.BR_EQZ:
                    if (si[fp + k[pc + 1]] == 0) {
                        pc = k[pc + 2];
                        break;
                    }
                    pc += 3;
                    continue;
                case Dispatch.CALL:
                case Dispatch.CALL_INDIRECT: {
                    FunctionRef callee;
                    int base;
                    int next;
                    if (k[pc] == Dispatch.CALL) {
                        callee = funcs[k[pc + 1]];
                        base = fp + k[pc + 2];
                        next = pc + 3;
                    } else {
                        callee = indirectTarget(inst, k[pc + 1], k[pc + 2], si[fp + k[pc + 4]], pc);
                        base = fp + k[pc + 3];
                        next = pc + 5;
                    }
                    if (callee instanceof WasmFunction) {
                        WasmFunction w = (WasmFunction) callee;
                        pushFrame(fn, next, fp);
                        if (w.code == null) {
                            w.ensureTranslated();
                        }
                        if (base + w.frameSize > si.length) {
                            ensureSlots(base + w.frameSize);
                            si = this.si;
                            sl = this.sl;
                            sd = this.sd;
                        }
                        if (w.zeroArrays != 0) {
                            zeroLocals(w, base);
                        }
                        fn = w;
                        this.fn = w;
                        k = w.code;
                        pc = 0;
                        fp = base;
                        if (w.instance != inst) {
                            inst = w.instance;
                            funcs = inst.functions;
                            globals = inst.globals;
                            memory = inst.memory;
                            mem = memory.buffer();
                        }
                        break;
                    }
                    this.fn = fn;
                    this.fp = fp;
                    if (!callHost((HostFunctionRef) callee, base, inst, pc, next, false)) {
                        this.sliceFuelLeft = fuel;
                        return suspendedHost != null ? SUSPENDED : RESTART; // or an exception was caught
                    }
                    mem = memory.buffer();
                    pc = next;
                    continue;
                }
                case Dispatch.BR_UNLESS:
                    if (si[fp + k[pc + 1]] == 0) {
                        pc = k[pc + 2];
                        break;
                    }
                    pc += 3;
                    continue;
                case Dispatch.BR_GT_U_C:
                    if ((si[fp + k[pc + 1]] ^ 0x80000000) > (k[pc + 2] ^ 0x80000000)) {
                        pc = k[pc + 3];
                        break;
                    }
                    pc += 4;
                    continue;
                case Dispatch.I64_XOR:
                    sl[fp + k[pc + 1]] = sl[fp + k[pc + 2]] ^ sl[fp + k[pc + 3]];
                    pc += 4;
                    continue;
                case Dispatch.BR_LT_S:
                    if (si[fp + k[pc + 1]] < si[fp + k[pc + 2]]) {
                        pc = k[pc + 3];
                        break;
                    }
                    pc += 4;
                    continue;
                case Dispatch.F32_MUL:
                    si[fp + k[pc + 1]] =
                            Float.floatToRawIntBits(Numerics.f(si[fp + k[pc + 2]]) * Numerics.f(si[fp + k[pc + 3]]));
                    pc += 4;
                    continue;
                case Dispatch.F32_ADD:
                    si[fp + k[pc + 1]] =
                            Float.floatToRawIntBits(Numerics.f(si[fp + k[pc + 2]]) + Numerics.f(si[fp + k[pc + 3]]));
                    pc += 4;
                    continue;
                case Dispatch.BR_NE_C:
                    if (si[fp + k[pc + 1]] != k[pc + 2]) {
                        pc = k[pc + 3];
                        break;
                    }
                    pc += 4;
                    continue;
                case Dispatch.F64_ADD:
                    sd[fp + k[pc + 1]] = sd[fp + k[pc + 2]] + sd[fp + k[pc + 3]];
                    pc += 4;
                    continue;
                case Dispatch.F64_STORE: {
                    int ea = ea(mem, si[fp + k[pc + 1]] + k[pc + 4], k[pc + 3], 8, pc);
                    storeF64(mem, ea, sd[fp + k[pc + 2]]);
                    pc += 5;
                    continue;
                }
                case Dispatch.BR_I64_LE_U:
                    if (!lessU(sl[fp + k[pc + 2]], sl[fp + k[pc + 1]])) {
                        pc = k[pc + 3];
                        break;
                    }
                    pc += 4;
                    continue;
                case Dispatch.F64_SUB:
                    sd[fp + k[pc + 1]] = sd[fp + k[pc + 2]] - sd[fp + k[pc + 3]];
                    pc += 4;
                    continue;
                case Dispatch.BR:
                    pc = k[pc + 1];
                    break;
                case Dispatch.I32_XOR_C:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]] ^ k[pc + 3];
                    pc += 4;
                    continue;
                case Dispatch.BR_I64_NE:
                    if (sl[fp + k[pc + 1]] != sl[fp + k[pc + 2]]) {
                        pc = k[pc + 3];
                        break;
                    }
                    pc += 4;
                    continue;
                case Dispatch.CONST_D:
                    sd[fp + k[pc + 1]] = fn.doubleConsts[k[pc + 2]];
                    pc += 3;
                    continue;
                case Dispatch.I32_AND:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]] & si[fp + k[pc + 3]];
                    pc += 4;
                    continue;
                case Dispatch.I32_SUB:
                    si[fp + k[pc + 1]] = si[fp + k[pc + 2]] - si[fp + k[pc + 3]];
                    pc += 4;
                    continue;
                default:
                    if (k[pc] >= Dispatch.HOT_END) {
                        int r = warm(k, pc, fp, mem, inst);
                        if (r >= 0) {
                            pc = r;
                            continue;
                        }
                        pc = ~r; // a taken branch
                        break;
                    }
                    this.fn = fn;
                    pc = rare(k, pc, fp, inst);
                    if (pc < 0) { // rare moved to another frame (tail call, exception) or suspended in a host call
                        this.sliceFuelLeft = fuel;
                        return pc == RARE_SUSPENDED ? SUSPENDED : RESTART;
                    }
                    mem = memory.buffer();
                    continue;
            }
            // only taken branches and calls get here: they pay the fuel
            if (--fuel < 0) {
                return pause(fn, pc, fp);
            }
        }
    }

    /**
     * The loop's less frequent instructions, out of the loop so that its switch stays small (see Dispatch). Returns
     * the next pc, or ~target for a taken branch (which pays fuel in the loop).
     */
    private int warm(int[] k, int pc, int fp, byte[] mem, InstanceState inst) {
        int[] si = this.si;
        long[] sl = this.sl;
        double[] sd = this.sd;
        Global[] globals = inst.globals;
        switch (k[pc]) {
            case Dispatch.UNREACHABLE:
                throw new Trap(TrapKind.UNREACHABLE, null, null).at(pc);
            case Dispatch.BR_TABLE: {
                int i = si[fp + k[pc + 1]];
                int n = k[pc + 2];
                pc = i >= 0 && i < n - 1 ? k[pc + 3 + i] : k[pc + 2 + n];
                return ~pc;
            }
            case Dispatch.MOV_L:
                sl[fp + k[pc + 1]] = sl[fp + k[pc + 2]];
                return pc + 3;
            case Dispatch.MOV_D:
                sd[fp + k[pc + 1]] = sd[fp + k[pc + 2]];
                return pc + 3;
            case Dispatch.SELECT_I:
                si[fp + k[pc + 1]] = si[fp + k[pc + 4]] != 0 ? si[fp + k[pc + 2]] : si[fp + k[pc + 3]];
                return pc + 5;
            case Dispatch.GLOBAL_GET_I:
                si[fp + k[pc + 1]] = globals[k[pc + 2]].rawInt();
                return pc + 3;
            case Dispatch.GLOBAL_SET_I:
                globals[k[pc + 1]].rawInt(si[fp + k[pc + 2]]);
                return pc + 3;
            case Dispatch.I64_LOAD: {
                int ea = ea(mem, si[fp + k[pc + 2]] + k[pc + 4], k[pc + 3], 8, pc);
                sl[fp + k[pc + 1]] = le64(mem, ea);
                return pc + 5;
            }
            case Dispatch.I32_LOAD8_S: {
                int ea = ea(mem, si[fp + k[pc + 2]] + k[pc + 4], k[pc + 3], 1, pc);
                si[fp + k[pc + 1]] = mem[ea];
                return pc + 5;
            }
            case Dispatch.I32_LOAD16_S: {
                int ea = ea(mem, si[fp + k[pc + 2]] + k[pc + 4], k[pc + 3], 2, pc);
                si[fp + k[pc + 1]] = (mem[ea] & 0xFF) | mem[ea + 1] << 8;
                return pc + 5;
            }
            case Dispatch.I32_LOAD16_U: {
                int ea = ea(mem, si[fp + k[pc + 2]] + k[pc + 4], k[pc + 3], 2, pc);
                si[fp + k[pc + 1]] = le16(mem, ea);
                return pc + 5;
            }
            case Dispatch.I32_STORE16: {
                int ea = ea(mem, si[fp + k[pc + 1]] + k[pc + 4], k[pc + 3], 2, pc);
                store16(mem, ea, si[fp + k[pc + 2]]);
                return pc + 5;
            }
            case Dispatch.I64_STORE: {
                int ea = ea(mem, si[fp + k[pc + 1]] + k[pc + 4], k[pc + 3], 8, pc);
                store64(mem, ea, sl[fp + k[pc + 2]]);
                return pc + 5;
            }
            case Dispatch.BR_I64_EQZ:
                if (sl[fp + k[pc + 1]] == 0) {
                    pc = k[pc + 2];
                    return ~pc;
                }
                return pc + 3;
            case Dispatch.BR_I64_NEZ:
                if (sl[fp + k[pc + 1]] != 0) {
                    pc = k[pc + 2];
                    return ~pc;
                }
                return pc + 3;
            case Dispatch.BR_I64_EQ:
                if (sl[fp + k[pc + 1]] == sl[fp + k[pc + 2]]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_I64_LT_S:
                if (sl[fp + k[pc + 1]] < sl[fp + k[pc + 2]]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_I64_LT_U:
                if (lessU(sl[fp + k[pc + 1]], sl[fp + k[pc + 2]])) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_I64_GT_S:
                if (sl[fp + k[pc + 1]] > sl[fp + k[pc + 2]]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_I64_GT_U:
                if (lessU(sl[fp + k[pc + 2]], sl[fp + k[pc + 1]])) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_I64_LE_S:
                if (sl[fp + k[pc + 1]] <= sl[fp + k[pc + 2]]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_I64_GE_S:
                if (sl[fp + k[pc + 1]] >= sl[fp + k[pc + 2]]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_I64_GE_U:
                if (!lessU(sl[fp + k[pc + 1]], sl[fp + k[pc + 2]])) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.I32_SUB_C:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] - k[pc + 3];
                return pc + 4;
            case Dispatch.I32_OR_C:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] | k[pc + 3];
                return pc + 4;
            case Dispatch.I32_SHR_S_C:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] >> k[pc + 3];
                return pc + 4;
            case Dispatch.I32_EQ_C:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] == k[pc + 3] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_NE_C:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] != k[pc + 3] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_LT_S_C:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] < k[pc + 3] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_LT_U_C:
                si[fp + k[pc + 1]] = (si[fp + k[pc + 2]] ^ 0x80000000) < (k[pc + 3] ^ 0x80000000) ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_GT_S_C:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] > k[pc + 3] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_GT_U_C:
                si[fp + k[pc + 1]] = (si[fp + k[pc + 2]] ^ 0x80000000) > (k[pc + 3] ^ 0x80000000) ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_LE_S_C:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] <= k[pc + 3] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_LE_U_C:
                si[fp + k[pc + 1]] = (si[fp + k[pc + 2]] ^ 0x80000000) <= (k[pc + 3] ^ 0x80000000) ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_GE_S_C:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] >= k[pc + 3] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_GE_U_C:
                si[fp + k[pc + 1]] = (si[fp + k[pc + 2]] ^ 0x80000000) >= (k[pc + 3] ^ 0x80000000) ? 1 : 0;
                return pc + 4;
            case Dispatch.BR_NEZ:
                if (si[fp + k[pc + 1]] != 0) {
                    pc = k[pc + 2];
                    return ~pc;
                }
                return pc + 3;
            case Dispatch.BR_EQ:
                if (si[fp + k[pc + 1]] == si[fp + k[pc + 2]]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_NE:
                if (si[fp + k[pc + 1]] != si[fp + k[pc + 2]]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_LT_U:
                if ((si[fp + k[pc + 1]] ^ 0x80000000) < (si[fp + k[pc + 2]] ^ 0x80000000)) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_GT_S:
                if (si[fp + k[pc + 1]] > si[fp + k[pc + 2]]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_GT_U:
                if ((si[fp + k[pc + 1]] ^ 0x80000000) > (si[fp + k[pc + 2]] ^ 0x80000000)) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_LE_S:
                if (si[fp + k[pc + 1]] <= si[fp + k[pc + 2]]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_LE_U:
                if ((si[fp + k[pc + 1]] ^ 0x80000000) <= (si[fp + k[pc + 2]] ^ 0x80000000)) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_GE_S:
                if (si[fp + k[pc + 1]] >= si[fp + k[pc + 2]]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_GE_U:
                if ((si[fp + k[pc + 1]] ^ 0x80000000) >= (si[fp + k[pc + 2]] ^ 0x80000000)) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_EQ_C:
                if (si[fp + k[pc + 1]] == k[pc + 2]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_LT_S_C:
                if (si[fp + k[pc + 1]] < k[pc + 2]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_GT_S_C:
                if (si[fp + k[pc + 1]] > k[pc + 2]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_LE_S_C:
                if (si[fp + k[pc + 1]] <= k[pc + 2]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_LE_U_C:
                if ((si[fp + k[pc + 1]] ^ 0x80000000) <= (k[pc + 2] ^ 0x80000000)) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_GE_S_C:
                if (si[fp + k[pc + 1]] >= k[pc + 2]) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.BR_GE_U_C:
                if ((si[fp + k[pc + 1]] ^ 0x80000000) >= (k[pc + 2] ^ 0x80000000)) {
                    pc = k[pc + 3];
                    return ~pc;
                }
                return pc + 4;
            case Dispatch.I32_EQZ:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] == 0 ? 1 : 0;
                return pc + 3;
            case Dispatch.I32_EQ:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] == si[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_NE:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] != si[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_LT_S:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] < si[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_GT_S:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] > si[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_LE_S:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] <= si[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_GE_S:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] >= si[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_LT_U:
                si[fp + k[pc + 1]] = (si[fp + k[pc + 2]] ^ 0x80000000) < (si[fp + k[pc + 3]] ^ 0x80000000) ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_GT_U:
                si[fp + k[pc + 1]] = (si[fp + k[pc + 2]] ^ 0x80000000) > (si[fp + k[pc + 3]] ^ 0x80000000) ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_LE_U:
                si[fp + k[pc + 1]] = (si[fp + k[pc + 2]] ^ 0x80000000) <= (si[fp + k[pc + 3]] ^ 0x80000000) ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_GE_U:
                si[fp + k[pc + 1]] = (si[fp + k[pc + 2]] ^ 0x80000000) >= (si[fp + k[pc + 3]] ^ 0x80000000) ? 1 : 0;
                return pc + 4;
            case Dispatch.I64_EQZ:
                si[fp + k[pc + 1]] = sl[fp + k[pc + 2]] == 0 ? 1 : 0;
                return pc + 3;
            case Dispatch.I64_EQ:
                si[fp + k[pc + 1]] = sl[fp + k[pc + 2]] == sl[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I64_NE:
                si[fp + k[pc + 1]] = sl[fp + k[pc + 2]] != sl[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I64_LT_S:
                si[fp + k[pc + 1]] = sl[fp + k[pc + 2]] < sl[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I64_GT_S:
                si[fp + k[pc + 1]] = sl[fp + k[pc + 2]] > sl[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I64_LE_S:
                si[fp + k[pc + 1]] = sl[fp + k[pc + 2]] <= sl[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I64_GE_S:
                si[fp + k[pc + 1]] = sl[fp + k[pc + 2]] >= sl[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.F64_EQ:
                si[fp + k[pc + 1]] = sd[fp + k[pc + 2]] == sd[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.F64_NE:
                si[fp + k[pc + 1]] = sd[fp + k[pc + 2]] != sd[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.F64_LT:
                si[fp + k[pc + 1]] = sd[fp + k[pc + 2]] < sd[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.F64_GT:
                si[fp + k[pc + 1]] = sd[fp + k[pc + 2]] > sd[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.F64_LE:
                si[fp + k[pc + 1]] = sd[fp + k[pc + 2]] <= sd[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.F64_GE:
                si[fp + k[pc + 1]] = sd[fp + k[pc + 2]] >= sd[fp + k[pc + 3]] ? 1 : 0;
                return pc + 4;
            case Dispatch.I32_MUL:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] * si[fp + k[pc + 3]];
                return pc + 4;
            case Dispatch.I32_OR:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] | si[fp + k[pc + 3]];
                return pc + 4;
            case Dispatch.I32_SHL:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] << si[fp + k[pc + 3]];
                return pc + 4;
            case Dispatch.I32_SHR_S:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] >> si[fp + k[pc + 3]];
                return pc + 4;
            case Dispatch.I32_SHR_U:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] >>> si[fp + k[pc + 3]];
                return pc + 4;
            case Dispatch.I64_SUB:
                sl[fp + k[pc + 1]] = sl[fp + k[pc + 2]] - sl[fp + k[pc + 3]];
                return pc + 4;
            case Dispatch.I64_MUL:
                sl[fp + k[pc + 1]] = sl[fp + k[pc + 2]] * sl[fp + k[pc + 3]];
                return pc + 4;
            case Dispatch.I64_AND:
                sl[fp + k[pc + 1]] = sl[fp + k[pc + 2]] & sl[fp + k[pc + 3]];
                return pc + 4;
            case Dispatch.I64_OR:
                sl[fp + k[pc + 1]] = sl[fp + k[pc + 2]] | sl[fp + k[pc + 3]];
                return pc + 4;
            case Dispatch.I64_SHL:
                sl[fp + k[pc + 1]] = sl[fp + k[pc + 2]] << ((int) sl[fp + k[pc + 3]] & 63);
                return pc + 4;
            case Dispatch.I64_SHR_S:
                sl[fp + k[pc + 1]] = sl[fp + k[pc + 2]] >> ((int) sl[fp + k[pc + 3]] & 63);
                return pc + 4;
            case Dispatch.I64_SHR_U:
                sl[fp + k[pc + 1]] = sl[fp + k[pc + 2]] >>> ((int) sl[fp + k[pc + 3]] & 63);
                return pc + 4;
            case Dispatch.F32_SUB:
                si[fp + k[pc + 1]] =
                        Float.floatToRawIntBits(Numerics.f(si[fp + k[pc + 2]]) - Numerics.f(si[fp + k[pc + 3]]));
                return pc + 4;
            case Dispatch.F32_DIV:
                si[fp + k[pc + 1]] =
                        Float.floatToRawIntBits(Numerics.f(si[fp + k[pc + 2]]) / Numerics.f(si[fp + k[pc + 3]]));
                return pc + 4;
            case Dispatch.F64_DIV:
                sd[fp + k[pc + 1]] = sd[fp + k[pc + 2]] / sd[fp + k[pc + 3]];
                return pc + 4;
            case Dispatch.F32_ABS:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] & 0x7FFFFFFF;
                return pc + 3;
            case Dispatch.F32_NEG:
                si[fp + k[pc + 1]] = si[fp + k[pc + 2]] ^ 0x80000000;
                return pc + 3;
            case Dispatch.F64_SQRT:
                sd[fp + k[pc + 1]] = Math.sqrt(sd[fp + k[pc + 2]]);
                return pc + 3;
            case Dispatch.I32_WRAP_I64:
                si[fp + k[pc + 1]] = wrap(sl[fp + k[pc + 2]]);
                return pc + 3;
            case Dispatch.I64_EXTEND_I32_S:
                sl[fp + k[pc + 1]] = (long) si[fp + k[pc + 2]];
                return pc + 3;
            case Dispatch.I64_EXTEND_I32_U:
                sl[fp + k[pc + 1]] = si[fp + k[pc + 2]] & LongConstants.MASK32;
                return pc + 3;
            case Dispatch.F64_CONVERT_I32_S:
                sd[fp + k[pc + 1]] = (double) si[fp + k[pc + 2]];
                return pc + 3;
            case Dispatch.F64_PROMOTE_F32:
                sd[fp + k[pc + 1]] = (double) Numerics.f(si[fp + k[pc + 2]]);
                return pc + 3;
            case Dispatch.TRAP_MEMORY:
                throw oob().at(pc);

            default:
                throw new IllegalStateException("bad internal opcode " + k[pc]);
        }
    }

    /** The effective address of a size-byte access at base (unsigned) + offset, or a trap at code index pc. */
    /**
     * A 64-bit memory's address (or a table64's index, a count) as the int the 32-bit forms take: itself below 2^31,
     * else -1, which is beyond every memory and table of this engine (their sizes stay below 2^31).
     */
    public static int narrowAddress(long a) {
        return a >= 0 && a <= Integer.MAX_VALUE ? (int) a : -1;
    }

    static int ea(byte[] mem, int base, int offset, int size, int pc) {
        int ea = base + offset;
        if ((base | ea) < 0 || ea > mem.length - size) {
            throw oob().at(pc);
        }
        return ea;
    }

    // These helpers stay under 35 bytes of bytecode each (with the platform's methods they call): HotSpot's C2
    // inlines a callee that small even when the huge dispatch loop has no profile for it; larger ones became real
    // calls on every access.
    static double loadF64(byte[] m, int ea) {
        return PLATFORM.loadF64(m, ea);
    }

    static void storeF64(byte[] m, int ea, double v) {
        PLATFORM.storeF64(m, ea, v);
    }

    static int le16(byte[] m, int ea) {
        return (m[ea] & 0xFF) | (m[ea + 1] & 0xFF) << 8;
    }

    static int le32(byte[] m, int ea) {
        return le16(m, ea) | le16(m, ea + 2) << 16;
    }

    static void store32(byte[] m, int ea, int v) {
        store16(m, ea, v);
        store16(m, ea + 2, v >> 16);
    }

    static void store16(byte[] m, int ea, int v) {
        m[ea] = (byte) v;
        m[ea + 1] = (byte) (v >> 8);
    }

    static long le64(byte[] m, int ea) {
        return PLATFORM.loadI64(m, ea);
    }

    static void store64(byte[] m, int ea, long v) {
        PLATFORM.storeI64(m, ea, v);
    }

    /** (int) v (in JS a BigInt-to-number conversion costs ~17 ns: the platform's halves are cheaper). */
    static int wrap(long v) {
        return PLATFORM.low(v);
    }

    private static boolean lessU(long a, long b) {
        return PLATFORM.lessU(a, b);
    }

    private static FunctionRef indirectTarget(InstanceState inst, int tableIndex, int typeIndex, int index, int pc) {
        Object[] elems = inst.tables[tableIndex].elements();
        if (index < 0 || index >= elems.length) {
            throw new Trap(TrapKind.UNDEFINED_ELEMENT, null, null).at(pc);
        }
        Object e = elems[index];
        if (e == null) {
            throw new Trap(TrapKind.UNINITIALIZED_ELEMENT, null, null).at(pc);
        }
        FunctionRef f = (FunctionRef) e;
        FuncType expected = inst.module.types[typeIndex];
        FuncType actual = f.type();
        if (actual != expected && !actual.isSubtypeOf(expected)) { // same canonical id, or a declared subtype
            throw new Trap(TrapKind.INDIRECT_CALL_TYPE_MISMATCH, null, null).at(pc);
        }
        return f;
    }

    /**
     * call_ref and return_call_ref (typed function references): the callee is the reference in slot k[pc + 2]
     * (null traps). A wasm callee gets its frame here and the loop enters it (RARE_SWITCHED), as after a tail call.
     */
    private int callRef(int[] k, int pc, int fp, InstanceState inst, boolean tail) {
        Object r = sr[fp + k[pc + 2]];
        if (r == null) {
            throw new Trap(TrapKind.NULL_FUNCTION_REFERENCE, null, null);
        }
        FunctionRef callee = (FunctionRef) r;
        int base = fp + k[pc + 1];
        int next = pc + 3;
        if (tail) {
            return tailCall(callee, fp, base, inst, pc, next);
        }
        this.fp = fp;
        if (!(callee instanceof WasmFunction)) {
            return callHost((HostFunctionRef) callee, base, inst, pc, next, false)
                    ? next
                    : suspendedHost != null ? RARE_SUSPENDED : RARE_SWITCHED;
        }
        WasmFunction w = (WasmFunction) callee;
        pushFrame(fn, next, fp);
        if (w.code == null) {
            w.ensureTranslated();
        }
        ensureSlots(base + w.frameSize);
        if (w.zeroArrays != 0) {
            zeroLocals(w, base);
        }
        this.fn = w;
        this.pc = 0;
        this.fp = base;
        return RARE_SWITCHED;
    }

    /**
     * return_call: a wasm callee replaces the frame at fp (its arguments move down to fp, no frame is pushed, so
     * tail recursion runs in constant space) and the loop reloads fn/pc/fp; a host callee is called like call, and
     * the code after the instruction returns its results.
     */
    private int tailCall(FunctionRef callee, int fp, int base, InstanceState inst, int pc, int next) {
        if (!(callee instanceof WasmFunction)) {
            this.fp = fp;
            return callHost((HostFunctionRef) callee, base, inst, pc, next, true)
                    ? next
                    : suspendedHost != null ? RARE_SUSPENDED : RARE_SWITCHED;
        }
        WasmFunction w = (WasmFunction) callee;
        if (w.code == null) {
            w.ensureTranslated();
        }
        ensureSlots(fp + w.frameSize);
        byte[] types = w.localTypes;
        for (int i = 0; i < w.paramCount; i++) {
            int from = base + i;
            int to = fp + i;
            switch (types[i]) {
                case ValType.I32:
                case ValType.F32:
                    si[to] = si[from];
                    break;
                case ValType.I64:
                    sl[to] = sl[from];
                    break;
                case ValType.F64:
                    sd[to] = sd[from];
                    break;
                case ValType.V128:
                    System.arraycopy(sv, 4 * from, sv, 4 * to, 4);
                    break;
                default:
                    sr[to] = sr[from];
            }
        }
        if (w.zeroArrays != 0) {
            zeroLocals(w, fp);
        }
        this.fn = w;
        this.pc = 0;
        this.fp = fp;
        return RARE_SWITCHED;
    }

    /**
     * Any load or store at pc on mem: the rare tier's own (i64 narrow forms) and, after WITH_MEMORY, those of
     * memories other than 0. Returns the next pc.
     */
    private int access(byte[] mem, int[] k, int pc, int fp) {
        int op = Dispatch.LOGICAL[k[pc]];
        if (op >= Op.SIMD) {
            return Simd.memory(this, mem, op - Op.SIMD, k, pc, fp);
        }
        int[] si = this.si;
        boolean load = op < Op.I32_STORE;
        int slot = fp + k[pc + 1];
        int base = si[fp + k[pc + (load ? 2 : 1)]] + k[pc + 4];
        int size;
        switch (op) {
            case Op.I32_LOAD8_S:
            case Op.I32_LOAD8_U:
            case Op.I64_LOAD8_S:
            case Op.I64_LOAD8_U:
            case Op.I32_STORE8:
            case Op.I64_STORE8:
                size = 1;
                break;
            case Op.I32_LOAD16_S:
            case Op.I32_LOAD16_U:
            case Op.I64_LOAD16_S:
            case Op.I64_LOAD16_U:
            case Op.I32_STORE16:
            case Op.I64_STORE16:
                size = 2;
                break;
            case Op.I64_LOAD:
            case Op.F64_LOAD:
            case Op.I64_STORE:
            case Op.F64_STORE:
                size = 8;
                break;
            default:
                size = 4;
        }
        int ea = ea(mem, base, k[pc + 3], size, pc);
        int v = load ? 0 : fp + k[pc + 2];
        switch (op) {
            case Op.I32_LOAD:
                si[slot] = le32(mem, ea);
                break;
            case Op.I64_LOAD:
                sl[slot] = le64(mem, ea);
                break;
            case Op.F64_LOAD:
                sd[slot] = loadF64(mem, ea);
                break;
            case Op.I32_LOAD8_S:
                si[slot] = mem[ea];
                break;
            case Op.I32_LOAD8_U:
                si[slot] = mem[ea] & 0xFF;
                break;
            case Op.I32_LOAD16_S:
                si[slot] = (short) le16(mem, ea);
                break;
            case Op.I32_LOAD16_U:
                si[slot] = le16(mem, ea);
                break;
            case Op.I64_LOAD8_S:
                sl[slot] = mem[ea];
                break;
            case Op.I64_LOAD8_U:
                sl[slot] = mem[ea] & 0xFF;
                break;
            case Op.I64_LOAD16_S:
                sl[slot] = (short) le16(mem, ea);
                break;
            case Op.I64_LOAD16_U:
                sl[slot] = le16(mem, ea);
                break;
            case Op.I64_LOAD32_S:
                sl[slot] = le32(mem, ea);
                break;
            case Op.I64_LOAD32_U:
                sl[slot] = le32(mem, ea) & LongConstants.MASK32;
                break;
            case Op.I32_STORE:
                store32(mem, ea, si[v]);
                break;
            case Op.I64_STORE:
                store64(mem, ea, sl[v]);
                break;
            case Op.F64_STORE:
                storeF64(mem, ea, sd[v]);
                break;
            case Op.I32_STORE8:
                mem[ea] = (byte) si[v];
                break;
            case Op.I32_STORE16:
                store16(mem, ea, si[v]);
                break;
            case Op.I64_STORE8:
                mem[ea] = (byte) wrap(sl[v]);
                break;
            case Op.I64_STORE16:
                store16(mem, ea, wrap(sl[v]));
                break;
            case Op.I64_STORE32:
                store32(mem, ea, wrap(sl[v]));
                break;
            default:
                throw new IllegalStateException("not a memory access: internal opcode " + op);
        }
        return pc + 5;
    }

    /** Runs one rare instruction; a trap from it gets its position (pc). */
    private int rare(int[] k, int pc, int fp, InstanceState inst) {
        try {
            return rareOp(k, pc, fp, inst);
        } catch (Trap t) {
            throw t.at(pc);
        }
    }

    /** Rare instructions, kept out of the hot loop so it stays small. Returns the next pc. */
    private int rareOp(int[] k, int pc, int fp, InstanceState inst) {
        int[] si = this.si;
        long[] sl = this.sl;
        double[] sd = this.sd;
        Object[] sr = this.sr;
        int op = k[pc];
        if (op >= Op.MOV_V && op < Op.COUNT) {
            return Simd.run(this, k, pc, fp, inst);
        }
        if (op >= Op.NUM) {
            int d = fp + k[pc + 1];
            int a = fp + k[pc + 2];
            int b = fp + k[pc + 3];
            switch (op) {
                case Op.I64_LT_U:
                    si[d] = lessU(sl[a], sl[b]) ? 1 : 0;
                    return pc + 4;
                case Op.I64_GT_U:
                    si[d] = lessU(sl[b], sl[a]) ? 1 : 0;
                    return pc + 4;
                case Op.I64_LE_U:
                    si[d] = !lessU(sl[b], sl[a]) ? 1 : 0;
                    return pc + 4;
                case Op.I64_GE_U:
                    si[d] = !lessU(sl[a], sl[b]) ? 1 : 0;
                    return pc + 4;
                case Op.F32_EQ:
                    si[d] = Numerics.f(si[a]) == Numerics.f(si[b]) ? 1 : 0;
                    return pc + 4;
                case Op.F32_NE:
                    si[d] = Numerics.f(si[a]) != Numerics.f(si[b]) ? 1 : 0;
                    return pc + 4;
                case Op.F32_LT:
                    si[d] = Numerics.f(si[a]) < Numerics.f(si[b]) ? 1 : 0;
                    return pc + 4;
                case Op.F32_GT:
                    si[d] = Numerics.f(si[a]) > Numerics.f(si[b]) ? 1 : 0;
                    return pc + 4;
                case Op.F32_LE:
                    si[d] = Numerics.f(si[a]) <= Numerics.f(si[b]) ? 1 : 0;
                    return pc + 4;
                case Op.F32_GE:
                    si[d] = Numerics.f(si[a]) >= Numerics.f(si[b]) ? 1 : 0;
                    return pc + 4;
                case Op.I64_DIV_S:
                    sl[d] = Numerics.i64DivS(sl[a], sl[b]);
                    return pc + 4;
                case Op.I64_DIV_U:
                    sl[d] = Numerics.i64DivU(sl[a], sl[b]);
                    return pc + 4;
                case Op.I64_REM_S:
                    sl[d] = Numerics.i64RemS(sl[a], sl[b]);
                    return pc + 4;
                case Op.I64_REM_U:
                    sl[d] = Numerics.i64RemU(sl[a], sl[b]);
                    return pc + 4;
                case Op.I32_DIV_S:
                    si[d] = Numerics.i32DivS(si[a], si[b]);
                    return pc + 4;
                case Op.I32_DIV_U:
                    si[d] = Numerics.i32DivU(si[a], si[b]);
                    return pc + 4;
                case Op.I32_REM_S:
                    si[d] = Numerics.i32RemS(si[a], si[b]);
                    return pc + 4;
                case Op.I32_REM_U:
                    si[d] = Numerics.i32RemU(si[a], si[b]);
                    return pc + 4;
                case Op.I32_CLZ:
                    si[d] = Numerics.i32Clz(si[a]);
                    return pc + 3;
                case Op.I32_CTZ:
                    si[d] = Numerics.i32Ctz(si[a]);
                    return pc + 3;
                case Op.I32_POPCNT:
                    si[d] = Numerics.i32Popcnt(si[a]);
                    return pc + 3;
                case Op.I32_ROTL:
                    si[d] = Numerics.i32Rotl(si[a], si[b]);
                    return pc + 4;
                case Op.I32_ROTR:
                    si[d] = Numerics.i32Rotr(si[a], si[b]);
                    return pc + 4;
                case Op.I64_CLZ:
                    sl[d] = Numerics.i64Clz(sl[a]);
                    return pc + 3;
                case Op.I64_CTZ:
                    sl[d] = Numerics.i64Ctz(sl[a]);
                    return pc + 3;
                case Op.I64_POPCNT:
                    sl[d] = Numerics.i64Popcnt(sl[a]);
                    return pc + 3;
                case Op.I64_ROTL:
                    sl[d] = Numerics.i64Rotl(sl[a], sl[b]);
                    return pc + 4;
                case Op.I64_ROTR:
                    sl[d] = Numerics.i64Rotr(sl[a], sl[b]);
                    return pc + 4;
                case Op.F32_CEIL:
                    si[d] = Numerics.f32Ceil(si[a]);
                    return pc + 3;
                case Op.F32_FLOOR:
                    si[d] = Numerics.f32Floor(si[a]);
                    return pc + 3;
                case Op.F32_TRUNC:
                    si[d] = Numerics.f32Trunc(si[a]);
                    return pc + 3;
                case Op.F32_NEAREST:
                    si[d] = Numerics.f32Nearest(si[a]);
                    return pc + 3;
                case Op.F32_SQRT:
                    si[d] = Numerics.f32Sqrt(si[a]);
                    return pc + 3;
                case Op.F32_MIN:
                    si[d] = Numerics.f32Min(si[a], si[b]);
                    return pc + 4;
                case Op.F32_MAX:
                    si[d] = Numerics.f32Max(si[a], si[b]);
                    return pc + 4;
                case Op.F32_COPYSIGN:
                    si[d] = Numerics.f32Copysign(si[a], si[b]);
                    return pc + 4;
                case Op.F64_ABS:
                    sd[d] = Numerics.f64Abs(sd[a]);
                    return pc + 3;
                case Op.F64_NEG:
                    sd[d] = Numerics.f64Neg(sd[a]);
                    return pc + 3;
                case Op.F64_CEIL:
                    sd[d] = Numerics.f64Ceil(sd[a]);
                    return pc + 3;
                case Op.F64_FLOOR:
                    sd[d] = Numerics.f64Floor(sd[a]);
                    return pc + 3;
                case Op.F64_TRUNC:
                    sd[d] = Numerics.f64Trunc(sd[a]);
                    return pc + 3;
                case Op.F64_NEAREST:
                    sd[d] = Numerics.f64Nearest(sd[a]);
                    return pc + 3;
                case Op.F64_MIN:
                    sd[d] = Numerics.f64Min(sd[a], sd[b]);
                    return pc + 4;
                case Op.F64_MAX:
                    sd[d] = Numerics.f64Max(sd[a], sd[b]);
                    return pc + 4;
                case Op.F64_COPYSIGN:
                    sd[d] = Numerics.f64Copysign(sd[a], sd[b]);
                    return pc + 4;
                case Op.I32_TRUNC_F32_S:
                    si[d] = Numerics.i32TruncF32S(si[a]);
                    return pc + 3;
                case Op.I32_TRUNC_F32_U:
                    si[d] = Numerics.i32TruncF32U(si[a]);
                    return pc + 3;
                case Op.I32_TRUNC_F64_S:
                    si[d] = Numerics.i32TruncF64S(sd[a]);
                    return pc + 3;
                case Op.I32_TRUNC_F64_U:
                    si[d] = Numerics.i32TruncF64U(sd[a]);
                    return pc + 3;
                case Op.I64_TRUNC_F32_S:
                    sl[d] = Numerics.i64TruncF32S(si[a]);
                    return pc + 3;
                case Op.I64_TRUNC_F32_U:
                    sl[d] = Numerics.i64TruncF32U(si[a]);
                    return pc + 3;
                case Op.I64_TRUNC_F64_S:
                    sl[d] = Numerics.i64TruncF64S(sd[a]);
                    return pc + 3;
                case Op.I64_TRUNC_F64_U:
                    sl[d] = Numerics.i64TruncF64U(sd[a]);
                    return pc + 3;
                case Op.F32_CONVERT_I32_S:
                    si[d] = Numerics.f32ConvertI32S(si[a]);
                    return pc + 3;
                case Op.F32_CONVERT_I32_U:
                    si[d] = Numerics.f32ConvertI32U(si[a]);
                    return pc + 3;
                case Op.F32_CONVERT_I64_S:
                    si[d] = Numerics.f32ConvertI64S(sl[a]);
                    return pc + 3;
                case Op.F32_CONVERT_I64_U:
                    si[d] = Numerics.f32ConvertI64U(sl[a]);
                    return pc + 3;
                case Op.F32_DEMOTE_F64:
                    si[d] = Numerics.f32DemoteF64(sd[a]);
                    return pc + 3;
                case Op.F64_CONVERT_I32_U:
                    sd[d] = Numerics.f64ConvertI32U(si[a]);
                    return pc + 3;
                case Op.F64_CONVERT_I64_S:
                    sd[d] = Numerics.f64ConvertI64S(sl[a]);
                    return pc + 3;
                case Op.F64_CONVERT_I64_U:
                    sd[d] = Numerics.f64ConvertI64U(sl[a]);
                    return pc + 3;
                case Op.I64_REINTERPRET_F64:
                    sl[d] = Double.doubleToRawLongBits(sd[a]);
                    return pc + 3;
                case Op.F64_REINTERPRET_I64:
                    sd[d] = Double.longBitsToDouble(sl[a]);
                    return pc + 3;
                case Op.I32_EXTEND8_S:
                    si[d] = Numerics.i32Extend8S(si[a]);
                    return pc + 3;
                case Op.I32_EXTEND16_S:
                    si[d] = Numerics.i32Extend16S(si[a]);
                    return pc + 3;
                case Op.I64_EXTEND8_S:
                    sl[d] = Numerics.i64Extend8S(sl[a]);
                    return pc + 3;
                case Op.I64_EXTEND16_S:
                    sl[d] = Numerics.i64Extend16S(sl[a]);
                    return pc + 3;
                case Op.I64_EXTEND32_S:
                    sl[d] = Numerics.i64Extend32S(sl[a]);
                    return pc + 3;
                case Op.I64_SHL_C:
                    sl[d] = PLATFORM.shl(sl[a], k[pc + 3]);
                    return pc + 4;
                case Op.I64_SHR_S_C:
                    sl[d] = PLATFORM.shrS(sl[a], k[pc + 3]);
                    return pc + 4;
                case Op.I64_SHR_U_C:
                    sl[d] = PLATFORM.shrU(sl[a], k[pc + 3]);
                    return pc + 4;
                case Op.I64_SHL_V:
                    sl[d] = PLATFORM.shl(sl[a], PLATFORM.low(sl[b]) & 63);
                    return pc + 4;
                case Op.I64_SHR_S_V:
                    sl[d] = PLATFORM.shrS(sl[a], PLATFORM.low(sl[b]) & 63);
                    return pc + 4;
                case Op.I64_SHR_U_V:
                    sl[d] = PLATFORM.shrU(sl[a], PLATFORM.low(sl[b]) & 63);
                    return pc + 4;
                case Op.I64_ROTL_C:
                    sl[d] = PLATFORM.rotl(sl[a], k[pc + 3]);
                    return pc + 4;
                case Op.I64_ROTR_C:
                    sl[d] = PLATFORM.rotr(sl[a], k[pc + 3]);
                    return pc + 4;
                case Op.I32_TRUNC_SAT_F32_S:
                    si[d] = Numerics.i32TruncSatF32S(si[a]);
                    return pc + 3;
                case Op.I32_TRUNC_SAT_F32_U:
                    si[d] = Numerics.i32TruncSatF32U(si[a]);
                    return pc + 3;
                case Op.I32_TRUNC_SAT_F64_S:
                    si[d] = Numerics.i32TruncSatF64S(sd[a]);
                    return pc + 3;
                case Op.I32_TRUNC_SAT_F64_U:
                    si[d] = Numerics.i32TruncSatF64U(sd[a]);
                    return pc + 3;
                case Op.I64_TRUNC_SAT_F32_S:
                    sl[d] = Numerics.i64TruncSatF32S(si[a]);
                    return pc + 3;
                case Op.I64_TRUNC_SAT_F32_U:
                    sl[d] = Numerics.i64TruncSatF32U(si[a]);
                    return pc + 3;
                case Op.I64_TRUNC_SAT_F64_S:
                    sl[d] = Numerics.i64TruncSatF64S(sd[a]);
                    return pc + 3;
                case Op.I64_TRUNC_SAT_F64_U:
                    sl[d] = Numerics.i64TruncSatF64U(sd[a]);
                    return pc + 3;
                default:
                    throw new IllegalStateException("bad internal opcode " + op);
            }
        }
        switch (op) {
            case Op.SELECT_L:
                sl[fp + k[pc + 1]] = si[fp + k[pc + 4]] != 0 ? sl[fp + k[pc + 2]] : sl[fp + k[pc + 3]];
                return pc + 5;
            case Op.SELECT_D:
                sd[fp + k[pc + 1]] = si[fp + k[pc + 4]] != 0 ? sd[fp + k[pc + 2]] : sd[fp + k[pc + 3]];
                return pc + 5;
            case Op.GLOBAL_GET_L:
                sl[fp + k[pc + 1]] = inst.globals[k[pc + 2]].rawLong();
                return pc + 3;
            case Op.GLOBAL_GET_D:
                sd[fp + k[pc + 1]] = inst.globals[k[pc + 2]].rawDouble();
                return pc + 3;
            case Op.GLOBAL_SET_L:
                inst.globals[k[pc + 1]].rawLong(sl[fp + k[pc + 2]]);
                return pc + 3;
            case Op.GLOBAL_SET_D:
                inst.globals[k[pc + 1]].rawDouble(sd[fp + k[pc + 2]]);
                return pc + 3;
            case Op.MOV_R:
                sr[fp + k[pc + 1]] = sr[fp + k[pc + 2]];
                return pc + 3;
            case Op.SELECT_R:
                sr[fp + k[pc + 1]] = si[fp + k[pc + 4]] != 0 ? sr[fp + k[pc + 2]] : sr[fp + k[pc + 3]];
                return pc + 5;
            case Op.GLOBAL_GET_R:
                sr[fp + k[pc + 1]] = inst.globals[k[pc + 2]].rawRef();
                return pc + 3;
            case Op.GLOBAL_SET_R:
                inst.globals[k[pc + 1]].rawRef(sr[fp + k[pc + 2]]);
                return pc + 3;
            case Op.I64_LOAD8_S:
            case Op.I64_LOAD8_U:
            case Op.I64_LOAD16_S:
            case Op.I64_LOAD16_U:
            case Op.I64_LOAD32_S:
            case Op.I64_LOAD32_U:
            case Op.I64_STORE8:
            case Op.I64_STORE16:
            case Op.I64_STORE32:
                return access(inst.memory.buffer(), k, pc, fp);
            case Op.WITH_MEMORY:
                return access(inst.memories[k[pc + 1]].buffer(), k, pc + 2, fp);
            case Op.NARROW_ADDRESS:
                si[fp + k[pc + 1]] = narrowAddress(sl[fp + k[pc + 2]]);
                return pc + 3;
            case Op.MEMORY_SIZE:
                si[fp + k[pc + 1]] = inst.memories[k[pc + 2]].pages();
                return pc + 3;
            case Op.MEMORY_GROW:
                si[fp + k[pc + 1]] = inst.memories[k[pc + 3]].grow(si[fp + k[pc + 2]]);
                return pc + 4;
            case Op.MEMORY_FILL: {
                Memory memory = inst.memories[k[pc + 4]];
                int d = si[fp + k[pc + 1]];
                int v = si[fp + k[pc + 2]];
                int n = si[fp + k[pc + 3]];
                memory.checkRange(d, n);
                PLATFORM.fill(memory.buffer(), d, n, (byte) v);
                return pc + 5;
            }
            case Op.MEMORY_COPY: {
                Memory to = inst.memories[k[pc + 4]];
                Memory from = inst.memories[k[pc + 5]];
                int d = si[fp + k[pc + 1]];
                int s = si[fp + k[pc + 2]];
                int n = si[fp + k[pc + 3]];
                from.checkRange(s, n);
                to.checkRange(d, n);
                System.arraycopy(from.buffer(), s, to.buffer(), d, n);
                return pc + 6;
            }
            case Op.MEMORY_INIT: {
                Memory memory = inst.memories[k[pc + 5]];
                int seg = k[pc + 1];
                int d = si[fp + k[pc + 2]];
                int s = si[fp + k[pc + 3]];
                int n = si[fp + k[pc + 4]];
                int segLen = inst.dataDropped[seg] ? 0 : inst.module.data[seg].dataLength;
                if ((s | n) < 0 || s > segLen - n) {
                    throw oob();
                }
                memory.checkRange(d, n);
                System.arraycopy(inst.module.bytes, inst.module.data[seg].dataOffset + s, memory.buffer(), d, n);
                return pc + 6;
            }
            case Op.DATA_DROP:
                inst.dataDropped[k[pc + 1]] = true;
                return pc + 2;
            case Op.REF_NULL:
                sr[fp + k[pc + 1]] = null;
                return pc + 2;
            case Op.REF_IS_NULL:
                si[fp + k[pc + 1]] = sr[fp + k[pc + 2]] == null ? 1 : 0;
                return pc + 3;
            case Op.REF_FUNC:
                sr[fp + k[pc + 1]] = inst.functions[k[pc + 2]];
                return pc + 3;
            case Op.TABLE_GET:
                sr[fp + k[pc + 1]] = inst.tables[k[pc + 2]].get(si[fp + k[pc + 3]]);
                return pc + 4;
            case Op.TABLE_SET:
                inst.tables[k[pc + 1]].set(si[fp + k[pc + 2]], sr[fp + k[pc + 3]]);
                return pc + 4;
            case Op.TABLE_SIZE:
                si[fp + k[pc + 1]] = inst.tables[k[pc + 2]].size();
                return pc + 3;
            case Op.TABLE_GROW:
                si[fp + k[pc + 1]] = inst.tables[k[pc + 2]].grow(si[fp + k[pc + 4]], sr[fp + k[pc + 3]]);
                return pc + 5;
            case Op.TABLE_FILL: {
                dev.teawasi.engine.internal.store.Table t = inst.tables[k[pc + 1]];
                int i = si[fp + k[pc + 2]];
                int n = si[fp + k[pc + 4]];
                t.checkRange(i, n);
                Arrays.fill(t.elements(), i, i + n, sr[fp + k[pc + 3]]);
                return pc + 5;
            }
            case Op.TABLE_COPY: {
                dev.teawasi.engine.internal.store.Table dt = inst.tables[k[pc + 1]];
                dev.teawasi.engine.internal.store.Table st = inst.tables[k[pc + 2]];
                int d = si[fp + k[pc + 3]];
                int s = si[fp + k[pc + 4]];
                int n = si[fp + k[pc + 5]];
                st.checkRange(s, n);
                dt.checkRange(d, n);
                System.arraycopy(st.elements(), s, dt.elements(), d, n);
                return pc + 6;
            }
            case Op.TABLE_INIT: {
                int seg = k[pc + 1];
                dev.teawasi.engine.internal.store.Table t = inst.tables[k[pc + 2]];
                int d = si[fp + k[pc + 3]];
                int s = si[fp + k[pc + 4]];
                int n = si[fp + k[pc + 5]];
                Object[] items = inst.elements[seg];
                int segLen = items == null ? 0 : items.length;
                if ((s | n) < 0 || s > segLen - n) {
                    throw new Trap(TrapKind.TABLE_OUT_OF_BOUNDS, null, null);
                }
                t.checkRange(d, n);
                if (n > 0) {
                    System.arraycopy(items, s, t.elements(), d, n);
                }
                return pc + 6;
            }
            case Op.ELEM_DROP:
                inst.elements[k[pc + 1]] = null;
                return pc + 2;
            case Op.THROW: {
                Tag tag = inst.tags[k[pc + 1]];
                FuncType t = tag.type();
                int base = fp + k[pc + 2];
                Value[] payload = new Value[t.paramCount()];
                for (int j = 0; j < payload.length; j++) {
                    payload[j] = loadValue(base + j, t.param(j));
                }
                return throwException(new WasmException(tag, payload), pc, fp);
            }
            case Op.THROW_REF: {
                Object e = sr[fp + k[pc + 1]];
                if (e == null) {
                    throw new Trap(TrapKind.NULL_EXCEPTION_REFERENCE, null, null);
                }
                return throwException((WasmException) e, pc, fp);
            }
            case Op.RETURN_CALL:
                return tailCall(inst.functions[k[pc + 1]], fp, fp + k[pc + 2], inst, pc, pc + 3);
            case Op.CALL_REF:
                return callRef(k, pc, fp, inst, false);
            case Op.RETURN_CALL_REF:
                return callRef(k, pc, fp, inst, true);
            case Op.REF_AS_NON_NULL:
                if (sr[fp + k[pc + 1]] == null) {
                    throw new Trap(TrapKind.NULL_REFERENCE, null, null);
                }
                return pc + 2;
            case Op.RETURN_CALL_INDIRECT:
                return tailCall(
                        indirectTarget(inst, k[pc + 1], k[pc + 2], si[fp + k[pc + 4]], pc),
                        fp,
                        fp + k[pc + 3],
                        inst,
                        pc,
                        pc + 5);
            default:
                throw new IllegalStateException("bad internal opcode " + op);
        }
    }
}
