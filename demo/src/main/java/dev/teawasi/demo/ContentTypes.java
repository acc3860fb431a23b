package dev.teawasi.demo;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Media types of the files the demo server hands out; a file whose type is not listed here is not served. */
final class ContentTypes {
    private static final Map<String, String> BY_SUFFIX = new TreeMap<>();

    static {
        BY_SUFFIX.put(".html", "text/html; charset=utf-8");
        BY_SUFFIX.put(".js", "text/javascript; charset=utf-8");
        BY_SUFFIX.put(".mjs", "text/javascript; charset=utf-8");
        BY_SUFFIX.put(".css", "text/css; charset=utf-8");
        BY_SUFFIX.put(".json", "application/json");
        BY_SUFFIX.put(".ts", "text/plain; charset=utf-8");
        BY_SUFFIX.put(".txt", "text/plain; charset=utf-8");
        BY_SUFFIX.put(".wasm", "application/wasm");
        BY_SUFFIX.put(".svg", "image/svg+xml");
        BY_SUFFIX.put(".png", "image/png");
        BY_SUFFIX.put(".ico", "image/x-icon");
    }

    private ContentTypes() {}

    /** The media type for a file name, or null when files of that kind are not served. */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        return BY_SUFFIX.get(fileName.substring(dot).toLowerCase(Locale.ROOT));
    }
}
