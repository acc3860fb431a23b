package dev.teawasi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class StaticFilesTest {
    @Test
    void rootIsTheDemoPage() {
        assertEquals("index.html", StaticFiles.relativePath("/"));
    }

    @Test
    void plainPathsPass() {
        assertEquals("teawasi.js", StaticFiles.relativePath("/teawasi.js"));
        assertEquals("bin/teawasi.mjs", StaticFiles.relativePath("/bin/teawasi.mjs"));
    }

    @Test
    void traversalAndOddPathsAreRefused() {
        for (String path : new String[] {
            "/..",
            "/../pom.xml",
            "/a/../b.js",
            "/./index.html",
            "/.hidden.js",
            "//etc/passwd",
            "/a//b.js",
            "/a/",
            "/dir\\x.js",
            "/a%2F..",
            "/x y.js",
            "/ä.js",
            "/a\0.js",
            "relative.js",
            "",
            null,
            "/" + "a".repeat(300) + ".js"
        }) {
            assertNull(StaticFiles.relativePath(path), String.valueOf(path));
        }
    }

    @Test
    void onlyKnownFileTypesAreServed() throws IOException {
        StaticFiles files = new StaticFiles(getClass().getClassLoader());
        assertNotNull(files.find("/"));
        assertEquals("text/html; charset=utf-8", files.find("/index.html").contentType);
        assertEquals("text/javascript; charset=utf-8", files.find("/app.mjs").contentType);
        // Class files and directories on the same classpath stay private.
        assertNull(files.find("/dev/teawasi/demo/Main.class"));
        assertNull(files.find("/dev/teawasi/demo"));
        assertNull(files.find("/missing.js"));
    }

    @Test
    void contentTypes() {
        assertEquals("application/wasm", ContentTypes.of("hello.wasm"));
        assertEquals("text/javascript; charset=utf-8", ContentTypes.of("teawasi.js"));
        assertEquals("text/javascript; charset=utf-8", ContentTypes.of("x.MJS"));
        assertNull(ContentTypes.of("Main.class"));
        assertNull(ContentTypes.of("README"));
    }
}
