package dev.teawasi.engine.internal.binary;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists the sections of a binary module without decoding their contents: checks the magic number and version,
 * each section's size field and that sections fit in the file. Used by tools that show a module's layout. The
 * full {@link Decoder} checks everything else.
 */
public final class SectionScanner {
    private SectionScanner() {}

    public static List<SectionInfo> scan(byte[] bytes) {
        if (bytes == null) {
            throw new CompileException("no module bytes", 0);
        }
        if (bytes.length < 4 || bytes[0] != 0 || bytes[1] != 'a' || bytes[2] != 's' || bytes[3] != 'm') {
            throw new CompileException("magic header not detected", 0);
        }
        if (bytes.length < 8) {
            throw new CompileException("unexpected end: missing version", bytes.length);
        }
        if (bytes[4] != 1 || bytes[5] != 0 || bytes[6] != 0 || bytes[7] != 0) {
            throw new CompileException("unknown binary version", 4);
        }
        List<SectionInfo> out = new ArrayList<>();
        WasmReader in = new WasmReader(bytes, 8, bytes.length);
        while (in.hasMore()) {
            int at = in.pos();
            int id = in.u8();
            if (id > 12) {
                throw new CompileException("malformed section id " + id, at);
            }
            int size = in.u32();
            int start = in.pos();
            if (size < 0 || size > in.remaining()) {
                throw new CompileException(
                        "unexpected end: section " + SectionInfo.nameOf(id) + " claims "
                                + Integer.toUnsignedString(size) + " bytes but " + in.remaining() + " remain",
                        at);
            }
            String customName = null;
            if (id == 0) {
                in.setEnd(start + size);
                customName = in.name();
                in.setEnd(bytes.length);
            }
            out.add(new SectionInfo(id, customName, start, size));
            in.setPos(start + size);
        }
        return out;
    }
}
