package dev.teawasi.engine.exec;

import dev.teawasi.engine.model.FuncType;
import dev.teawasi.engine.runtime.FunctionRef;

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
    /** Slot type of each local (params first), for zeroing the declared locals on entry. */
    byte[] localTypes;

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
            frameSize = t.frameSize;
            longConsts = t.longConsts;
            doubleConsts = t.doubleConsts;
            code = t.resultCode;
        }
    }

    /** Lazily built when a trap needs it: translates the body again, recording instruction offsets. */
    private Translator offsets;

    /** "func[3] $name" for stack traces. */
    public String describe() {
        String name = instance.module.names.functionName(index);
        return "func[" + index + "]" + (name == null ? "" : " $" + name);
    }

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
