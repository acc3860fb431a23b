package dev.teawasi.engine.internal.exec;

import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.store.FunctionRef;

/** A function defined by a module instance; translated to internal code on its first call. */
public final class WasmFunction extends FunctionRef {
    final InstanceState instance;
    final int index;
    final FuncType type;
    final int typeIndex;
    int[] code;
    long[] longConsts;
    double[] doubleConsts;
    int frameSize;
    int paramCount;
    /** Slot type of each local (params first). */
    byte[] localTypes;
    /**
     * Exception handlers, Translator.HANDLER ints each (start and end code index, kind, tag, payload slot, exnref
     * slot or -1, landing pc or delegate target, control depth), innermost first; empty without try blocks.
     */
    int[] handlers;
    /**
     * Which slot arrays hold declared (non-parameter) locals, so a call zeroes only those: bit 0 int (i32, f32),
     * bit 1 long, bit 2 double, bit 3 reference. 0 when the function declares no locals.
     */
    int zeroArrays;

    static final int ZERO_INT = 1;
    static final int ZERO_LONG = 2;
    static final int ZERO_DOUBLE = 4;
    static final int ZERO_REF = 8;
    static final int ZERO_V128 = 16;

    WasmFunction(InstanceState instance, int index) {
        this.instance = instance;
        this.index = index;
        this.typeIndex = instance.module.funcTypeIndex[index];
        this.type = instance.module.types[typeIndex];
        this.paramCount = type.paramCount();
    }

    @Override
    public FuncType type() {
        return type;
    }

    /** Translates the body unless already done. */
    void ensureTranslated() {
        if (code == null) {
            Translator t = new Translator(instance.module, index);
            t.translate();
            localTypes = t.localTypes();
            zeroArrays = zeroArrays(localTypes, paramCount);
            frameSize = t.frameSize;
            handlers = t.handlers;
            longConsts = t.longConsts;
            doubleConsts = t.doubleConsts;
            code = t.resultCode;
        }
    }

    private static int zeroArrays(byte[] types, int from) {
        int mask = 0;
        for (int i = from; i < types.length; i++) {
            switch (types[i]) {
                case ValType.I32:
                case ValType.F32:
                    mask |= ZERO_INT;
                    break;
                case ValType.I64:
                    mask |= ZERO_LONG;
                    break;
                case ValType.F64:
                    mask |= ZERO_DOUBLE;
                    break;
                case ValType.V128:
                    mask |= ZERO_V128;
                    break;
                default:
                    mask |= ZERO_REF;
            }
        }
        return mask;
    }

    /** Lazily built when a trap needs it: translates the body again, recording instruction offsets. */
    private Translator offsets;

    /** "func[3] $name" for stack traces. */
    public String describe() {
        String name = instance.module.names.functionName(index);
        if (name != null && name.length() > MAX_NAME) {
            // a trap's backtrace holds one of these per frame: a huge name must not make it huge
            name = name.substring(0, MAX_NAME) + "...(" + (name.length() - MAX_NAME) + " more)";
        }
        return "func[" + index + "]" + (name == null ? "" : " $" + name);
    }

    /** Characters of a function name kept in frame descriptions. */
    private static final int MAX_NAME = 120;

    /** "func[3] $name at +0x12": the offset of the wasm instruction at code index pc, from the body's start. */
    String describe(int pc) {
        if (offsets == null) {
            offsets = new Translator(instance.module, index, true);
            offsets.translate();
        }
        int off = offsets.offsetAt(pc);
        return off < 0 ? describe() : describe() + " at +0x" + Integer.toHexString(off);
    }

    public InstanceState instance() {
        return instance;
    }

    @Override
    public String toString() {
        return describe();
    }
}
