package dev.teawasi.engine.internal.binary;

import dev.teawasi.engine.internal.model.NameSection;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes the contents of the {@code name} custom section (module, function and local names). Custom sections
 * are not validated, so a malformed name section yields {@link NameSection#EMPTY} instead of an error.
 */
public final class NameSectionDecoder {
    private NameSectionDecoder() {}

    public static NameSection decode(byte[] bytes, int offset, int length) {
        try {
            return read(new WasmReader(bytes, offset, offset + length));
        } catch (CompileException e) {
            return NameSection.EMPTY;
        }
    }

    private static NameSection read(WasmReader in) {
        String moduleName = null;
        Map<Integer, String> functions = new HashMap<>();
        Map<Integer, Map<Integer, String>> locals = new HashMap<>();
        int end = in.end();
        while (in.hasMore()) {
            int id = in.u8();
            int size = in.u32();
            if (size < 0 || size > in.remaining()) {
                throw new CompileException("name subsection too long", in.pos());
            }
            int subEnd = in.pos() + size;
            in.setEnd(subEnd);
            switch (id) {
                case 0:
                    moduleName = in.name();
                    break;
                case 1:
                    nameMap(in, functions);
                    break;
                case 2: {
                    int n = in.u32();
                    for (int i = 0; i < n && in.hasMore(); i++) {
                        int func = in.u32();
                        Map<Integer, String> names = new HashMap<>();
                        nameMap(in, names);
                        locals.put(func, names);
                    }
                    break;
                }
                default:
                    break; // other subsections (labels, types, ...) are not needed
            }
            in.setPos(subEnd);
            in.setEnd(end);
        }
        return new NameSection(moduleName, functions, locals);
    }

    private static void nameMap(WasmReader in, Map<Integer, String> out) {
        int n = in.u32();
        for (int i = 0; i < n && in.hasMore(); i++) {
            int index = in.u32();
            out.put(index, in.name());
        }
    }
}
