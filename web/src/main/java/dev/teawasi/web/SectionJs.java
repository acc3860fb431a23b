package dev.teawasi.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** A plain JS object {id, name, offset, size} describing one section. */
public interface SectionJs extends JSObject {
    @JSBody(
            params = {"id", "name", "offset", "size"},
            script = "return {id: id, name: name, offset: offset, size: size};")
    static SectionJs create(int id, String name, int offset, int size) {
        throw new UnsupportedOperationException();
    }
}
