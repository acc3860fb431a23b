package dev.teawasi.engine.internal.binary;

import dev.teawasi.engine.internal.model.FunctionBody;

/** A function's local declarations, decoded again from the module bytes when the validator or translator needs them. */
public final class LocalDeclarations {
    private LocalDeclarations() {}

    /** The types of the declared locals, one per local (parameters not included), into out from index at. */
    public static void expand(byte[] moduleBytes, FunctionBody body, byte[] out, int at) {
        WasmReader in = new WasmReader(moduleBytes, body.localsStart, body.codeStart);
        int groups = in.u32();
        int p = at;
        for (int g = 0; g < groups; g++) {
            int c = in.u32();
            byte t = InstructionReader.valType(in);
            for (int i = 0; i < c; i++) {
                out[p++] = t;
            }
        }
    }

    /** The precise types (see ValType) of the declared locals, into out from index at. */
    public static void expandPrecise(byte[] moduleBytes, FunctionBody body, int[] out, int at) {
        WasmReader in = new WasmReader(moduleBytes, body.localsStart, body.codeStart);
        int groups = in.u32();
        int p = at;
        for (int g = 0; g < groups; g++) {
            int c = in.u32();
            int t = InstructionReader.preciseValType(in);
            for (int i = 0; i < c; i++) {
                out[p++] = t;
            }
        }
    }

    /** The types of the declared locals in a new array. */
    public static byte[] expand(byte[] moduleBytes, FunctionBody body) {
        byte[] out = new byte[body.localCount];
        expand(moduleBytes, body, out, 0);
        return out;
    }
}
