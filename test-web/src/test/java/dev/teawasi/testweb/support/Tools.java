package dev.teawasi.testweb.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * External programs the tests drive. A missing program fails the test with what to install. A developer may opt
 * out of the browser or node test classes with -Dteawasi.skipBrowser=true / -Dteawasi.skipNode=true (never set
 * in CI); those classes carry @DisabledIfSystemProperty, so they show up as skipped, not as passed.
 */
public final class Tools {
    public static final String SKIP_BROWSER = "teawasi.skipBrowser";
    public static final String SKIP_NODE = "teawasi.skipNode";

    private Tools() {}

    public static Path chromium() {
        return require("/usr/bin/chromium", "chromium", SKIP_BROWSER);
    }

    public static Path chromedriver() {
        return require(
                System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"),
                "chromium-driver",
                SKIP_BROWSER);
    }

    public static Path node() {
        return onPath("node", "nodejs", SKIP_NODE);
    }

    public static Path wat2wasm() {
        return onPath("wat2wasm", "wabt", null);
    }

    public static Path wasmObjdump() {
        return onPath("wasm-objdump", "wabt", null);
    }

    private static Path onPath(String name, String debianPackage, String skipProperty) {
        String pathVar = System.getenv("PATH");
        if (pathVar != null) {
            for (String dir : pathVar.split(java.io.File.pathSeparator)) {
                Path candidate = Paths.get(dir, name);
                if (Files.isExecutable(candidate)) {
                    return require(candidate.toString(), debianPackage, skipProperty);
                }
            }
        }
        return require("/usr/bin/" + name, debianPackage, skipProperty);
    }

    private static Path require(String path, String debianPackage, String skipProperty) {
        Path p = Paths.get(path);
        if (!Files.isExecutable(p)) {
            fail(path + " is missing: install the Debian package '" + debianPackage + "' (scripts/setup.sh does)"
                    + (skipProperty == null ? "" : ", or opt out with -D" + skipProperty + "=true"));
        }
        return p;
    }
}
