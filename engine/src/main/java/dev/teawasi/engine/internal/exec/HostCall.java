package dev.teawasi.engine.internal.exec;

import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;
import java.util.Arrays;

/**
 * The arguments and results of one host-function call. The engine reuses one object per run, so a host function
 * must not keep it after returning. Floats are raw bits (see {@link Value}).
 */
public final class HostCall {
    /** The embedding API's object for this one (created on first use, so one object per engine object). */
    public Object handle;
    // Arguments are read straight from the caller's value slots; results collect here until the host returns.
    private Machine machine;
    private int base;
    private FuncType type;
    private InstanceState caller;
    private boolean suspend;
    private int[] resultI = new int[4];
    private long[] resultL = new long[4];
    /** f64 results as doubles: in the TeaVM build a long is a BigInt, too costly for every f64 crossing. */
    private double[] resultD = new double[4];

    private Object[] resultR = new Object[4];

    /** Engine internal: called by the interpreter before each host call. */
    public void bind(Machine machine, int base, FuncType type, InstanceState caller) {
        this.machine = machine;
        this.base = base;
        this.type = type;
        this.caller = caller;
        this.suspend = false;
        int n = type.resultCount();
        if (n > resultI.length) {
            resultI = new int[n];
            resultL = new long[n];
            resultD = new double[n];
            resultR = new Object[n];
        }
        Arrays.fill(resultI, 0, n, 0);
        Arrays.fill(resultL, 0, n, 0L);
        Arrays.fill(resultD, 0, n, 0.0);
        Arrays.fill(resultR, 0, n, null);
    }

    /** Engine internal: whether the host asked to suspend (and clears the request). */
    public boolean takeSuspend() {
        boolean s = suspend;
        suspend = false;
        return s;
    }

    /** Engine internal: writes the collected results to the caller's slots starting at base. */
    public void copyResults(int at) {
        for (int i = 0, n = type.resultCount(); i < n; i++) {
            switch (type.result(i)) {
                case ValType.I32:
                case ValType.F32:
                    machine.setSlotI(at + i, resultI[i]);
                    break;
                case ValType.I64:
                    machine.setSlotL(at + i, resultL[i]);
                    break;
                case ValType.F64:
                    machine.setSlotD(at + i, resultD[i]);
                    break;
                case ValType.V128:
                    machine.setSlotV128(at + i, resultR[i] == null ? new int[4] : (int[]) resultR[i]);
                    break;
                default:
                    if (resultR[i] == null && !ValType.nullable(type.preciseResult(i))) {
                        throw new Trap(
                                TrapKind.HOST,
                                "host function returned null for its result " + i + " of type "
                                        + ValType.name(type.preciseResult(i)),
                                null);
                    }
                    machine.setSlotR(at + i, resultR[i]);
            }
        }
    }

    private int param(int p, byte t) {
        if (p < 0 || p >= type.paramCount()) {
            throw new IndexOutOfBoundsException("parameter " + p + " of " + type);
        }
        if (type.param(p) != t && !(ValType.isRef(t) && ValType.isRef(type.param(p)))) {
            throw new IllegalArgumentException("parameter " + p + " of " + type + " is not " + ValType.name(t));
        }
        return base + p;
    }

    private int result(int r, byte t) {
        if (r < 0 || r >= type.resultCount()) {
            throw new IndexOutOfBoundsException("result " + r + " of " + type);
        }
        if (type.result(r) != t && !(ValType.isRef(t) && ValType.isRef(type.result(r)))) {
            throw new IllegalArgumentException("result " + r + " of " + type + " is not " + ValType.name(t));
        }
        return r;
    }

    public FuncType type() {
        return type;
    }

    public int i32(int param) {
        return machine.slotI(param(param, ValType.I32));
    }

    public long i64(int param) {
        return machine.slotL(param(param, ValType.I64));
    }

    public int f32Bits(int param) {
        return machine.slotI(param(param, ValType.F32));
    }

    public long f64Bits(int param) {
        return Double.doubleToRawLongBits(machine.slotD(param(param, ValType.F64)));
    }

    /** An f64 parameter (the bits are kept: a double holds any NaN payload). */
    public double f64(int param) {
        return machine.slotD(param(param, ValType.F64));
    }

    public Object ref(int param) {
        return machine.slotR(param(param, ValType.FUNCREF));
    }

    /** A v128 parameter as its four little-endian 32-bit words (a copy). */
    public int[] v128(int param) {
        return machine.slotV128(param(param, ValType.V128));
    }

    /** Sets a v128 result from its four little-endian 32-bit words. */
    public void setV128(int result, int[] words) {
        resultR[result(result, ValType.V128)] = new int[] {words[0], words[1], words[2], words[3]};
    }

    public void setI32(int result, int v) {
        resultI[result(result, ValType.I32)] = v;
    }

    public void setI64(int result, long v) {
        resultL[result(result, ValType.I64)] = v;
    }

    public void setF32Bits(int result, int bits) {
        resultI[result(result, ValType.F32)] = bits;
    }

    public void setF64Bits(int result, long bits) {
        resultD[result(result, ValType.F64)] = Double.longBitsToDouble(bits);
    }

    public void setF64(int result, double v) {
        resultD[result(result, ValType.F64)] = v;
    }

    public void setRef(int result, Object ref) {
        resultR[result(result, ValType.FUNCREF)] = ref;
    }

    /** The embedder's object for the calling instance (see {@link InstanceState#owner}); null when called directly. */
    public Object callerOwner() {
        return caller == null ? null : caller.owner;
    }

    /** Memory 0 of the calling instance, or null when it has none. */
    public Memory memory() {
        return caller == null || !caller.hasMemory ? null : caller.memory;
    }

    /**
     * Pauses the run after this host function returns: {@link Execution#run} returns SUSPENDED, and the host later
     * calls {@link Execution#resume()} to call this host function again with the same arguments (e.g. fd_read once
     * stdin has data), or {@link Execution#resumeWith(Value...)} to supply its results directly.
     */
    public void suspend() {
        suspend = true;
    }

    static RuntimeException pending() {
        return new IllegalStateException("engine runtime pending");
    }
}
