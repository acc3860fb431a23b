package dev.teawasi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Maps URL paths to files on the classpath: the demo page (teawasi-demo/) first, then the built npm folder
 * (teawasi-npm/, shipped inside web's jar). Only plain names of known types are served, so no request can
 * reach anything else on the classpath (no "..", no hidden files, no directories, no class files).
 */
final class StaticFiles {
    static final List<String> ROOTS = List.of("teawasi-demo/", "teawasi-npm/");

    private final ClassLoader loader;

    StaticFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /** A file to send: its bytes and media type. */
    static final class Found {
        final byte[] body;
        final String contentType;

        Found(byte[] body, String contentType) {
            this.body = body;
            this.contentType = contentType;
        }
    }

    /** The file for a decoded URL path such as "/" or "/teawasi.js", or null when there is none. */
    Found find(String urlPath) throws IOException {
        String relative = relativePath(urlPath);
        if (relative == null) {
            return null;
        }
        String type = ContentTypes.of(relative);
        if (type == null) {
            return null;
        }
        for (String root : ROOTS) {
            try (InputStream in = loader.getResourceAsStream(root + relative)) {
                if (in != null) {
                    return new Found(in.readAllBytes(), type);
                }
            }
        }
        return null;
    }

    /**
     * Checks a decoded URL path and returns it relative to a root ("/" becomes "index.html"), or null when it is
     * not a plain path: every segment must be non-empty, must not start with a dot and may only hold letters,
     * digits, '-', '_' and '.'.
     */
    static String relativePath(String urlPath) {
        if (urlPath == null || !urlPath.startsWith("/")) {
            return null;
        }
        String path = urlPath.substring(1);
        if (path.isEmpty()) {
            return "index.html";
        }
        if (path.length() > 200) {
            return null;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.charAt(0) == '.') {
                return null;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '-'
                        || c == '_'
                        || c == '.';
                if (!ok) {
                    return null;
                }
            }
        }
        return path;
    }
}
