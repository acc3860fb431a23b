package dev.teawasi.engine.internal.exec;

import dev.teawasi.engine.internal.model.Module;
import java.util.Arrays;

/** Debug aid: the translated code of one function as text (opcode numbers and operands). */
public final class TranslatorDebug {
    private TranslatorDebug() {
    }

    public static String dump(Module module, int funcIndex) {
        Translator t = new Translator(module, funcIndex);
        t.translate();
        return "frame " + t.frameSize + " locals " + t.localTypes().length + "\n" + Arrays.toString(t.resultCode);
    }
}
